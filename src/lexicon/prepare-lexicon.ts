import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { porterStem } from "../nlp/porter-stem.js";
import { readEmbeddings } from "./embeddings.js";
import { LEXICON_FILES, LEXICON_VERSION, MEASURED_AS_AMOUNT, NAMES_ONE_THING, VERB_OF_GIVING } from "./lexicon-files.js";
import { compoundSynonyms, measuredAsAmount, namesOneThing, relatedWords, verbOfGiving } from "./related-words.js";
import { retrofit } from "./retrofit.js";
import { loadWordnet, type Wordnet } from "./wordnet.js";

/** Related words weaker than this, or beyond this many per word, would only add noise to a question. */
const MIN_RELATED_WEIGHT = 0.15;
const MAX_RELATED = 40;
/** WordNet relations of at least this weight pull vectors together when retrofitting. */
const RETROFIT_MIN_WEIGHT = 0.6;
/** Words of a compound this common in English ("of", "the") are no part of its meaning. */
const COMMONEST_WORDS = 100;
/** A word of a compound this far from the word in the vectors is part of an idiom, not of its meaning: bread and life
 * (staff_of_life) are 0.25 close, endgame and end (end_game) 0.22; nukes and nuclear 0.48, ICBMs and missiles 0.54. */
const MIN_COMPOUND_PART_COSINE = 0.3;

export interface PrepareOptions {
  /** Pull vectors of WordNet synonyms together (Faruqui et al. 2015); off only for the ablation. */
  retrofitVectors: boolean;
  log: (line: string) => void;
}

/**
 * Builds the compact lexicon from WordNet and the word vectors: a vocabulary with frequency ranks, int8 unit
 * vectors, and per word (one line each, by vocabulary row) the stems WordNet relates to it with weights.
 */
export function prepareLexicon(dir: string, options: PrepareOptions): void {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const wordnet = loadWordnet();
  options.log(`lexicon: WordNet read (${elapsed()})`);
  const embeddings = readEmbeddings();
  const { words, dimensions } = embeddings;
  options.log(`lexicon: ${words.length} word vectors read (${elapsed()})`);

  const rowOf = new Map(words.map((word, i) => [word, i]));
  const related = words.map((word) => relatedWords(wordnet, word));
  const rawVectors = embeddings.vectors;
  const vectors = options.retrofitVectors
    ? retrofit(
        rawVectors,
        dimensions,
        related.map((neighbours) =>
          [...neighbours].flatMap(([other, weight]) => {
            const row = rowOf.get(other);
            return weight >= RETROFIT_MIN_WEIGHT && row !== undefined ? [{ row, weight }] : [];
          }),
        ),
      )
    : rawVectors;
  options.log(`lexicon: WordNet relations found${options.retrofitVectors ? ", vectors retrofitted" : ""} (${elapsed()})`);

  // Relations are weighed by the raw vectors' closeness: the retrofitted ones were pulled together by them.
  const raw: WordVectors = { words, rowOf, vectors: rawVectors, dimensions };
  const lines = relatedLines(wordnet, raw, related);
  const compounds = compoundLines(wordnet, raw, embeddings.ranks);
  writeLexicon(dir, {
    idioms: idiomLines(wordnet, raw),
    words,
    ranks: embeddings.ranks,
    vectors,
    dimensions,
    lines,
    compounds,
    wordFlags: Uint8Array.from(
      words,
      (word) =>
        (namesOneThing(wordnet, word) ? NAMES_ONE_THING : 0) |
        (measuredAsAmount(wordnet, word) ? MEASURED_AS_AMOUNT : 0) |
        (verbOfGiving(wordnet, word) ? VERB_OF_GIVING : 0),
    ),
    retrofitted: options.retrofitVectors,
  });
  options.log(`lexicon: written to ${dir} (${elapsed()})`);
}

/**
 * One line per word: the stems WordNet relates to it, strongest first (`stemPairs`). A word of several parts of
 * speech gets one section per part ("n bomb:0.64|v …"), so a question's verb is read as a verb.
 */
function relatedLines(wordnet: Wordnet, vectors: WordVectors, related: Map<string, number>[]): string[] {
  const pairs = stemPairs(vectors);
  return vectors.words.map((word, row) => {
    const parts = [...new Set(wordnet.senses(word).map((sense) => sense.pos))];
    if (parts.length <= 1) return pairs(word, [row], related[row] ?? new Map());
    return parts.map((pos) => `${pos} ${pairs(word, [row], relatedWords(wordnet, word, pos))}`.trimEnd()).join("|");
  });
}

/**
 * A word's related words as its line's pairs of stem and weight, strongest first. Senses: a related word that the
 * vectors also find close is more likely the sense the asker means, so it keeps more of its weight. `rows`: the
 * vectors the word is read by (its own; for its compounds, its base forms' too).
 */
function stemPairs({ rowOf, vectors, dimensions }: WordVectors, agreementOf = (cosine: number) => 0.5 + 0.5 * cosine) {
  const cosine = (a: number, b: number) => {
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += (vectors[a * dimensions + d] ?? 0) * (vectors[b * dimensions + d] ?? 0);
    return dot;
  };
  return (word: string, rows: number[], relations: Map<string, number>): string => {
    const byStem = new Map<string, number>();
    const ownStem = porterStem(word);
    for (const [other, weight] of relations) {
      const otherRow = rowOf.get(other);
      const agreement = agreementOf(otherRow === undefined ? 0 : Math.max(0, ...rows.map((row) => cosine(row, otherRow))));
      const stem = porterStem(other);
      const w = weight * agreement;
      if (stem !== ownStem && w >= MIN_RELATED_WEIGHT && w > (byStem.get(stem) ?? 0)) byStem.set(stem, w);
    }
    const best = [...byStem].sort((a, b) => b[1] - a[1]).slice(0, MAX_RELATED);
    return best.map(([stem, w]) => `${stem}:${w.toFixed(2)}`).join(" ");
  };
}

/**
 * One line per word: the words of its synonyms of several words (nuke: nuclear_warhead → nuclear, warhead),
 * weighed as related words are. The words of an idiom are not its meaning (bread: staff_of_life), and the vectors
 * tell them apart, so a word must be at least somewhat close to the word it stands for (`MIN_COMPOUND_PART_COSINE`).
 * The commonest English words ("of" in weapon_of_mass_destruction) are left out.
 */
function compoundLines(wordnet: Wordnet, vectors: WordVectors, ranks: Uint32Array): string[] {
  const { words, rowOf } = vectors;
  const pairs = stemPairs(vectors, (cosine) => (cosine >= MIN_COMPOUND_PART_COSINE ? 0.5 + 0.5 * cosine : 0));
  return words.map((word, row) => {
    const parts = new Map<string, number>();
    for (const [compound, weight] of compoundSynonyms(wordnet, word))
      for (const part of compound.split(/[_-]/))
        if (
          part !== word &&
          (ranks[rowOf.get(part) ?? -1] ?? Number.POSITIVE_INFINITY) >= COMMONEST_WORDS &&
          weight > (parts.get(part) ?? 0)
        )
          parts.set(part, weight);
    // A plural's vector may be weaker than its singular's ("wmds", "wmd"): the closer of the two is taken.
    const baseRows = wordnet.senses(word).flatMap((sense) => rowOf.get(sense.lemma) ?? []);
    return pairs(word, [row, ...new Set(baseRows)], parts);
  });
}

/**
 * One line per adverb of several words that WordNet lists ("in the first place", "each year", "so far"): the phrase,
 * a tab, and the stems WordNet relates to it (originally, earlier; annually, yearly). No vector stands for a phrase,
 * so its relations keep their own weights.
 */
function idiomLines(wordnet: Wordnet, vectors: WordVectors): string[] {
  const pairs = stemPairs(vectors, () => 1);
  return wordnet
    .lemmas("r")
    .filter((lemma) => lemma.includes("_"))
    .map((lemma) => `${lemma.replaceAll("_", " ")}\t${pairs(lemma, [], relatedWords(wordnet, lemma))}`);
}

/** The vectors' words, each's row, and the vectors (`dimensions` numbers a row). */
interface WordVectors {
  words: string[];
  rowOf: Map<string, number>;
  vectors: Float32Array;
  dimensions: number;
}

interface LexiconContent {
  words: string[];
  ranks: Uint32Array;
  vectors: Float32Array;
  dimensions: number;
  lines: string[];
  compounds: string[];
  idioms: string[];
  /** Per word, its flags (`NAMES_ONE_THING`, `MEASURED_AS_AMOUNT`, `VERB_OF_GIVING`), or-ed into one byte. */
  wordFlags: Uint8Array;
  retrofitted: boolean;
}

/** Writes the files to a temporary folder and renames it into place, so an interrupted run leaves no half lexicon. */
function writeLexicon(
  dir: string,
  { words, ranks, vectors, dimensions, lines, compounds, idioms, wordFlags, retrofitted }: LexiconContent,
): void {
  const quantised = new Int8Array(vectors.length);
  for (let i = 0; i < vectors.length; i++) quantised[i] = Math.round((vectors[i] ?? 0) * 127);
  const temporary = `${dir}.partial`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  writeFileSync(join(temporary, LEXICON_FILES.vocabulary), `${words.join("\n")}\n`);
  writeFileSync(join(temporary, LEXICON_FILES.vocabularyOffsets), lineOffsets(words));
  writeFileSync(join(temporary, LEXICON_FILES.ranks), Buffer.from(ranks.buffer));
  writeFileSync(join(temporary, LEXICON_FILES.vectors), Buffer.from(quantised.buffer));
  writeFileSync(join(temporary, LEXICON_FILES.related), `${lines.join("\n")}\n`);
  writeFileSync(join(temporary, LEXICON_FILES.relatedOffsets), lineOffsets(lines));
  writeFileSync(join(temporary, LEXICON_FILES.compounds), `${compounds.join("\n")}\n`);
  writeFileSync(join(temporary, LEXICON_FILES.compoundOffsets), lineOffsets(compounds));
  writeFileSync(join(temporary, LEXICON_FILES.wordFlags), wordFlags);
  writeFileSync(join(temporary, LEXICON_FILES.idioms), `${idioms.join("\n")}\n`);
  writeFileSync(
    join(temporary, LEXICON_FILES.meta),
    JSON.stringify({ version: LEXICON_VERSION, words: words.length, dimensions, retrofitted }),
  );
  rmSync(dir, { recursive: true, force: true });
  renameSync(temporary, dir);
}

/** Byte offsets of each line's start (and one past the last line), so a reader can take one line without splitting the file. */
function lineOffsets(lines: string[]): Buffer {
  const offsets = new Uint32Array(lines.length + 1);
  lines.forEach((line, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + Buffer.byteLength(line) + 1;
  });
  return Buffer.from(offsets.buffer);
}
