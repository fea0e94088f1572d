import { englishShare, type Lexicon } from "../lexicon/lexicon.js";
import { isEntityOrMeaning, type WrittenTerm } from "../nlp/analyzer.js";
import { Column } from "./index-tables.js";
import { buildCellIndex, type CellGrouper, type CellIndex, GROUP_CELLS_HERE, rowsOf, rowsToCompare } from "./meaning-cells.js";
import type { IndexedPassage } from "./passage-index.js";
import { principalBasis } from "./principal-basis.js";
import { dotQuantized, type QuantizedRows, quantizeRows } from "./quantized-rows.js";
import { topIndices } from "./top-indices.js";
import { VectorBlocks } from "./vector-blocks.js";
import { dot, dotAt, normalised } from "./vector-math.js";

/** A corpus stem whose meaning is near a word's, by word vectors. */
export interface Neighbour {
  stem: string;
  cosine: number;
}

/**
 * Meaning beside wording: the corpus's stems and sentences as vectors. Sentences are SIF embeddings
 * (Arora et al. 2017): the frequency-weighted sum of their word vectors, with the direction all sentences
 * share removed, so what a sentence is about outweighs how sentences are usually built.
 */
export interface SemanticSpace {
  /** Corpus stems at least `minCosine` close to the word, closest first. */
  neighbours(word: string, minCosine: number, limit: number): Neighbour[];
  /** The SIF vector of some words (null when the lexicon knows none of them). */
  embed(words: string[]): Float32Array | null;
  /**
   * Closeness of a passage to an embedded question: the best of the passage as a whole and each of its
   * sentences (cosine; a long passage may answer in one sentence), from 0.
   */
  closenessOf(question: Float32Array, entry: IndexedPassage): number;
  /** The `limit` passages closest to the question (positions), closest first, with their closeness. */
  nearest(question: Float32Array, limit: number): { position: number; closeness: number }[];
  /** Closeness of each sentence of one passage (0 for a sentence with no known word). */
  sentenceCloseness(question: Float32Array, entry: IndexedPassage): number[];
}

/** SIF's smoothing constant a: a word as common as 1 in 1000 weighs half as much as a rare one. */
const SIF_A = 1e-3;
const INT8_SCALE = 127;
const MAX_CACHED_WORDS = 20_000;
/** Passages whose sentences are also compared with the question, the closest as wholes first. */
const SENTENCE_CHECKED_PASSAGES = 256;
/** Passages of the nearest cells compared in full after the first pass in summary (`COARSE_DIMENSIONS`). */
const SHORTLISTED_PASSAGES = 4 * SENTENCE_CHECKED_PASSAGES;
/**
 * Stems of the nearest cells compared in full with a word after the first pass in summary. At 20,000 synthetic
 * articles (25,075 stems) against the full comparison, for 600 common words: 64 kept 82 % of the neighbours,
 * 256 kept 95 % (the closest one for 97 % of the words) at ~0.7–1 ms a word, 1,024 kept 98 % (all the cells'
 * scan can find) at ~1.2 ms; the full comparison took ~7 ms.
 */
const SHORTLISTED_STEMS = 256;
/** Above this many passages (or stems), they are grouped into cells of nearby meaning and only the nearest are scanned. */
const CELLS_ABOVE = 20_000;

export const NO_SEMANTICS: SemanticSpace = {
  neighbours: () => [],
  embed: () => null,
  closenessOf: () => 0,
  nearest: () => [],
  sentenceCloseness: () => [],
};

/**
 * The corpus's meaning as numbers, in the order of the index's passages: what `npm run build-index` stores.
 * A passage or sentence with no word the lexicon knows is a row of zeros (close to nothing).
 */
export interface SemanticArrays {
  /**
   * Passage i's vector is row i (`dimensions` wide); with cells, row j is passage `passageCells.cells.members[j]`'s.
   * As bytes, like the sentences: a scan reads ~1,000 rows spread over the matrix, a quarter of the memory so.
   */
  passages: QuantizedRows;
  /** Passage i's sentences are rows sentenceStart[i] .. sentenceStart[i + 1] of `sentences`. */
  sentenceStart: Uint32Array;
  /** As bytes: they are most of the index (`quantized-rows.ts`). */
  sentences: QuantizedRows;
  /** The direction SIF takes out of every vector (empty when too few sentences to tell). */
  shared: Float32Array;
  /** Corpus stems, each with the average vector of the corpus's own forms of it ("bombing", "bombs" → bomb). */
  stems: string[];
  stemVectors: Float32Array;
  /** Above CELLS_ABOVE passages, the passages grouped by meaning (else null: every passage is scanned). */
  passageCells: CellIndex | null;
  /** Above CELLS_ABOVE stems, the stems grouped by meaning, so a word's neighbours are looked for near it. */
  stemCells: CellIndex | null;
}

/** Builds the semantic arrays passage by passage, as the index build reads them: no passage's words are kept. */
export interface SemanticBuilder {
  /** The next passage's sentences, each as the terms it is indexed under (entities and terms of meaning are no words). */
  add(sentences: WrittenTerm[][]): void;
  /** Every word added, lowercase, in order of first use. */
  words(): string[];
  done(): SemanticArrays | null;
}

/** A way a word is written in the corpus ("Bombs"), with what its every use adds; looked up once per form. */
interface WrittenForm {
  lower: string;
  stem: string;
  uses: number;
  /** Where its vector starts in the known forms' vectors (−1: the lexicon does not know the word). */
  at: number;
  /** Its SIF weight, scaled for its vector's bytes. */
  weight: number;
}

/**
 * The vectors of the corpus's known written forms, back to back in order of first use: the sums read them
 * ~15 million times at 20,000 articles, about twice as fast from one array as through a view per word.
 */
class FormVectors {
  #values = new Int8Array(1 << 16);
  #length = 0;

  get values(): Int8Array {
    return this.#values;
  }

  /** Appends a vector; returns where it starts. */
  add(vector: Int8Array): number {
    if (this.#length + vector.length > this.#values.length) {
      const grown = new Int8Array(2 * (this.#length + vector.length));
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values.set(vector, this.#length);
    this.#length += vector.length;
    return this.#length - vector.length;
  }
}

export interface SemanticBuildOptions {
  /**
   * How many passages will be added. Once the last is in, the vectors are finished and the passages' cells started
   * (`cells`), so a grouper on another thread works while the build goes on with the rest of its tail.
   */
  passageCount?: number;
  cells?: CellGrouper;
}

export function semanticBuilder(lexicon: Lexicon, options: SemanticBuildOptions = {}): SemanticBuilder {
  const { passageCount = -1, cells = GROUP_CELLS_HERE } = options;
  const dimensions = lexicon.dimensions;
  const sif = sifEmbedder(lexicon);
  // Per passage: the sum of its sentences' sums, and its sentences' sums (SIF is linear until the shared
  // direction is taken out and the length set to 1, so a passage's sum is the sum of its sentences').
  const passageSums = new VectorBlocks(dimensions);
  const sentenceSums = new VectorBlocks(dimensions);
  const passageScratch = new Float32Array(dimensions);
  const sentenceScratch = new Float32Array(dimensions);
  const sentenceStart = new Column();
  /** Sentences with a known word: the shared direction is learnt from them only. */
  const knownSentences = new Column();
  // Each written form is looked up in the lexicon once: at 20,000 articles, ~15 million uses of ~60,000 forms.
  const forms = new Map<string, WrittenForm>();
  const formVectors = new FormVectors();
  const formOf = (written: string, stem: string): WrittenForm => {
    let form = forms.get(written);
    if (!form) {
      const lower = written.toLowerCase();
      const vector = lexicon.vectorOf(lower);
      form = { lower, stem, uses: 0, at: vector ? formVectors.add(vector) : -1, weight: sif.weightOf(lower) };
      forms.set(written, form);
    }
    return form;
  };
  /**
   * Every vector finished, once every sentence is in: the direction they share (learnt from an even sample of them)
   * taken out, and the passages' cells started. A passage or sentence with no known word stays a row of zeros
   * (close to nothing). `passagesFirst` when the cells are grouped on another thread: they are grouped while this
   * one finishes the sentences. Otherwise the sentences go first, their blocks (~0.14 GB at 20,000 articles) let
   * go before the passages' matrix is made.
   */
  const finishVectors = (passagesFirst: boolean) => {
    sentenceStart.push(sentenceSums.count);
    const shared = firstPrincipalComponent(sentenceSums, knownSentences.done(), dimensions);
    if (shared) sif.setSharedDirection(shared);
    const finishPassages = () => {
      const count = passageSums.count;
      const matrix = passageSums.done(sif.finishInPlace, cells.allocate);
      return { matrix, cellsOf: count > CELLS_ABOVE ? cells.start(matrix, dimensions) : null };
    };
    const passages = passagesFirst ? finishPassages() : null;
    const sentences = sentenceSums.doneQuantized(sif.finishInPlace);
    return { shared, sentences, ...(passages ?? finishPassages()) };
  };
  let finishedEarly: ReturnType<typeof finishVectors> | null = null;
  return {
    add(sentences) {
      sentenceStart.push(sentenceSums.count);
      const total = passageScratch.fill(0);
      for (const terms of sentences) {
        const sum = sentenceScratch.fill(0);
        let known = false;
        for (const { term, written } of terms) {
          if (isEntityOrMeaning(term)) continue;
          const form = formOf(written, term);
          form.uses += 1;
          const { at, weight } = form;
          if (at < 0) continue;
          known = true;
          const values = formVectors.values;
          for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) + weight * (values[at + d] as number);
        }
        if (known) {
          knownSentences.push(sentenceSums.count);
          for (let d = 0; d < dimensions; d++) total[d] = (total[d] ?? 0) + (sum[d] ?? 0);
        }
        sentenceSums.push(sum);
      }
      passageSums.push(total);
      if (passageSums.count === passageCount && dimensions > 0) finishedEarly = finishVectors(true);
    },
    words: () => [...new Set(Array.from(forms.values(), (form) => form.lower))],
    done() {
      if (dimensions === 0) return null;
      const { shared, sentences, matrix, cellsOf } = finishedEarly ?? finishVectors(false);
      finishedEarly = null; // the matrix (~80 MB at 20,000 articles) goes once its bytes are made, not with the builder
      const stems = stemVectors(lexicon, usesByStem(forms.values()));
      const stemCells = stems.stems.length > CELLS_ABOVE ? buildCellIndex(stems.stemVectors, dimensions) : null;
      // Asked for last: a grouper on another thread has had the time all of the above took.
      const passageCells = cellsOf?.() ?? null;
      return {
        passages: quantizeRows(matrix, dimensions, passageCells?.cells.members),
        sentenceStart: sentenceStart.done(),
        sentences,
        shared: shared ?? new Float32Array(0),
        ...stems,
        passageCells,
        stemCells,
      };
    },
  };
}

/** The space over its arrays, whether just built or read from disk. */
export function openSemanticSpace(lexicon: Lexicon, arrays: SemanticArrays | null): SemanticSpace {
  const dimensions = lexicon.dimensions;
  if (!arrays || dimensions === 0) return NO_SEMANTICS;
  const { passages: matrix, sentenceStart, sentences, passageCells } = arrays;
  const count = sentenceStart.length - 1;
  const sif = sifEmbedder(lexicon);
  if (arrays.shared.length === dimensions) sif.setSharedDirection(arrays.shared);
  const embed = (words: string[]) => {
    const vector = new Float32Array(dimensions);
    if (!sif.addWeightedSum(words, vector)) return null;
    sif.finishInPlace(vector);
    return vector;
  };
  // Negative cosines count as 0: unrelated, not "opposite".
  const atRow = (question: Float32Array, row: number) => Math.max(0, dotQuantized(question, matrix, row));
  const rowOf = passageCells ? rowsOf(passageCells.cells.members) : null;
  const wholeCloseness = (question: Float32Array, i: number) => atRow(question, rowOf ? (rowOf[i] ?? 0) : i);
  const withSentences = (question: Float32Array, i: number, whole: number) => {
    let closest = whole;
    for (let s = sentenceStart[i] ?? 0; s < (sentenceStart[i + 1] ?? 0); s++)
      closest = Math.max(closest, dotQuantized(question, sentences, s));
    return closest;
  };

  return {
    neighbours: stemNeighbours(lexicon, arrays.stems, arrays.stemVectors, arrays.stemCells),
    embed,
    closenessOf: (question, entry) =>
      entry.position < count ? withSentences(question, entry.position, wholeCloseness(question, entry.position)) : 0,
    nearest(question, limit) {
      // Every passage as a whole (in a large corpus, those of the cells nearest the question), then the sentences
      // of the closest wholes: a passage's sentences can only raise its closeness above its whole's.
      const positions: number[] = [];
      const wholes: number[] = [];
      if (passageCells) {
        for (const row of rowsToCompare(passageCells, question, SHORTLISTED_PASSAGES)) {
          positions.push(passageCells.cells.members[row] ?? 0);
          wholes.push(atRow(question, row));
        }
      } else {
        for (let i = 0; i < count; i++) {
          positions.push(i);
          wholes.push(atRow(question, i));
        }
      }
      return topIndices(wholes, SENTENCE_CHECKED_PASSAGES)
        .map((j) => {
          const position = positions[j] ?? 0;
          return { position, closeness: withSentences(question, position, wholes[j] ?? 0) };
        })
        .sort((a, b) => b.closeness - a.closeness || a.position - b.position)
        .slice(0, limit);
    },
    sentenceCloseness(question, entry) {
      const i = entry.position;
      const out: number[] = [];
      if (i >= count) return out;
      for (let s = sentenceStart[i] ?? 0; s < (sentenceStart[i + 1] ?? 0); s++) out.push(dotQuantized(question, sentences, s));
      return out;
    },
  };
}

/** SIF: words weighted a/(a + p(w)) and summed; the direction the corpus's sentences share is then removed. */
function sifEmbedder(lexicon: Lexicon) {
  const dimensions = lexicon.dimensions;
  /** A word's SIF weight, scaled for its vector's bytes (0 for a word the lexicon does not know). */
  const weightOf = (word: string): number => {
    const rank = lexicon.rankOf(word);
    return rank === undefined ? 0 : SIF_A / (SIF_A + englishShare(rank)) / INT8_SCALE;
  };
  /** Adds the words' weighted vectors into `sum`; false when the lexicon knows none of them. */
  const addWeightedSum = (words: string[], sum: Float32Array): boolean => {
    let known = 0;
    for (const word of words) {
      const vector = lexicon.vectorOf(word);
      const weight = weightOf(word);
      if (!vector || weight === 0) continue;
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] ?? 0) + weight * (vector[d] ?? 0);
      known += 1;
    }
    return known > 0;
  };
  let common: Float32Array | null = null;
  /** A weighted sum → its vector, in place: the shared direction taken out, length 1. */
  const finishInPlace = (vector: Float32Array): void => {
    if (common) {
      const projection = dot(vector, common);
      for (let d = 0; d < dimensions; d++) vector[d] = (vector[d] ?? 0) - projection * (common[d] ?? 0);
    }
    normalised(vector);
  };
  return {
    weightOf,
    addWeightedSum,
    /** The direction the corpus's sentences share, taken out of every vector from now on. */
    setSharedDirection(direction: Float32Array): void {
      common = direction;
    },
    finishInPlace,
  };
}

/** How often each form of each stem occurs ("bombing", "bombs" → bomb), stems in order of first use. */
function usesByStem(forms: Iterable<WrittenForm>): Map<string, Map<string, number>> {
  const byStem = new Map<string, Map<string, number>>();
  for (const { stem, lower, uses } of forms) {
    const counts = byStem.get(stem) ?? new Map<string, number>();
    counts.set(lower, (counts.get(lower) ?? 0) + uses);
    byStem.set(stem, counts);
  }
  return byStem;
}

/** Each corpus stem's vector: the average of the corpus's own forms of it, by how often each occurs. */
function stemVectors(lexicon: Lexicon, forms: Map<string, Map<string, number>>): Pick<SemanticArrays, "stems" | "stemVectors"> {
  const dimensions = lexicon.dimensions;
  const stems: string[] = [];
  const sums: Float32Array[] = [];
  for (const [stem, counts] of forms) {
    const sum = new Float64Array(dimensions);
    let known = false;
    for (const [word, count] of counts) {
      const vector = lexicon.vectorOf(word);
      if (!vector) continue;
      known = true;
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] ?? 0) + count * (vector[d] ?? 0);
    }
    if (!known) continue;
    stems.push(stem);
    sums.push(normalised(Float32Array.from(sum)));
  }
  const vectors = new Float32Array(stems.length * dimensions);
  sums.forEach((sum, i) => {
    vectors.set(sum, i * dimensions);
  });
  return { stems, stemVectors: vectors };
}

/** Corpus stems close to a word (among many, those near it: see below); questions reuse words, so results are kept (bounded). */
function stemNeighbours(
  lexicon: Lexicon,
  stems: string[],
  matrix: Float32Array,
  cells: CellIndex | null,
): SemanticSpace["neighbours"] {
  const dimensions = lexicon.dimensions;
  const cache = new Map<string, Neighbour[]>();
  return (word, minCosine, limit) => {
    const key = `${word} ${minCosine} ${limit}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const vector = lexicon.vectorOf(word);
    const found: Neighbour[] = [];
    if (vector) {
      const query = Float32Array.from(vector, (v) => v / INT8_SCALE);
      // Among many stems, the closest in summary of the cells nearest the word: a close neighbour lies in or
      // beside its cell.
      const rows = cells
        ? rowsToCompare(cells, query, SHORTLISTED_STEMS).map((row) => cells.cells.members[row] ?? 0)
        : stems.keys();
      for (const i of rows) {
        const cosine = dotAt(query, matrix, i * dimensions);
        if (cosine >= minCosine) found.push({ stem: stems[i] ?? "", cosine });
      }
    }
    const nearest = found.sort((a, b) => b.cosine - a.cosine).slice(0, limit);
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(key, nearest);
    return nearest;
  };
}

/** Sentences enough to find the direction they share; a larger corpus is sampled evenly (same every build). */
const COMPONENT_SAMPLE = 5000;

/**
 * The direction most sentences share (the first principal direction of their uncentred second moment), or null
 * with too few sentences to tell. `known`: the sentences with a known word; a large corpus is sampled evenly.
 */
function firstPrincipalComponent(sums: VectorBlocks, known: Uint32Array, dimensions: number): Float32Array | null {
  if (known.length < 2) return null;
  const step = Math.max(1, known.length / COMPONENT_SAMPLE);
  const count = Math.floor(known.length / step);
  const sample = new Float32Array(count * dimensions);
  for (let i = 0; i < count; i++) sample.set(sums.row(known[Math.floor(i * step)] ?? 0), i * dimensions);
  return principalBasis(sample, dimensions, 1, COMPONENT_SAMPLE);
}
