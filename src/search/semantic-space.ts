import type { Lexicon } from "../lexicon/lexicon.js";
import type { Word } from "../nlp/analyzer.js";
import type { IndexedPassage } from "./passage-index.js";

/** A corpus stem whose meaning is near a word's, by word vectors. */
export interface Neighbour {
  stem: string;
  cosine: number;
}

/** How close a passage's meaning is to the question's, by sentence vectors (cosine, −1..1). */
export interface Closeness {
  passage: number;
  /** One per sentence of the passage (0 for a sentence with no known word). */
  sentences: number[];
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
  /** Closeness of a passage to an embedded question. */
  closeness(question: Float32Array, entry: IndexedPassage): Closeness;
}

/** SIF's smoothing constant a: a word as common as 1 in 1000 weighs half as much as a rare one. */
const SIF_A = 1e-3;
/** Zipf's law: a word's probability is about 1 / (rank × H), H the harmonic number of the vocabulary (~341k words). */
const ZIPF_H = Math.log(341_479) + 0.5772;
const INT8_SCALE = 127;

export const NO_SEMANTICS: SemanticSpace = {
  neighbours: () => [],
  embed: () => null,
  closeness: () => ({ passage: 0, sentences: [] }),
};

export function buildSemanticSpace(
  lexicon: Lexicon,
  entries: IndexedPassage[],
  wordsOf: (text: string) => Word[],
): SemanticSpace {
  const dimensions = lexicon.dimensions;
  if (dimensions === 0) return NO_SEMANTICS;

  const sifWeight = (rank: number) => SIF_A / (SIF_A + 1 / ((rank + 1) * ZIPF_H));
  /** Weighted sum of word vectors, before the common direction is removed. */
  const rawEmbedding = (words: string[]): Float32Array | null => {
    const sum = new Float32Array(dimensions);
    let known = 0;
    for (const word of words) {
      const vector = lexicon.vectorOf(word);
      const rank = lexicon.rankOf(word);
      if (!vector || rank === undefined) continue;
      const weight = sifWeight(rank) / INT8_SCALE;
      for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) + weight * (vector[d] as number);
      known += 1;
    }
    return known > 0 ? sum : null;
  };

  // Stem vectors: the average of the corpus's own forms of each stem ("bombing", "bombs" → bomb).
  const stemSums = new Map<string, Float32Array>();
  const sentenceWords = entries.map((entry) =>
    entry.sentences.map((sentence) => {
      const words = wordsOf(sentence).filter((w) => !w.stop);
      for (const word of words) {
        const vector = lexicon.vectorOf(word.lower);
        if (!vector) continue;
        const sum = stemSums.get(word.stem) ?? new Float32Array(dimensions);
        for (let d = 0; d < dimensions; d++) sum[d] = (sum[d] as number) + (vector[d] as number);
        stemSums.set(word.stem, sum);
      }
      return words.map((w) => w.lower);
    }),
  );
  const stems = [...stemSums.keys()];
  const stemMatrix = new Float32Array(stems.length * dimensions);
  stems.forEach((stem, i) => {
    stemMatrix.set(normalised(stemSums.get(stem) as Float32Array), i * dimensions);
  });

  const rawSentences = sentenceWords.map((sentences) => sentences.map(rawEmbedding));
  const common = firstPrincipalComponent(
    rawSentences.flat().filter((v): v is Float32Array => v !== null),
    dimensions,
  );
  const finish = (raw: Float32Array | null): Float32Array | null => {
    if (!raw) return null;
    if (common) {
      const projection = dot(raw, common);
      for (let d = 0; d < dimensions; d++) raw[d] = (raw[d] as number) - projection * (common[d] as number);
    }
    return normalised(raw);
  };
  const sentenceVectors = rawSentences.map((sentences) => sentences.map((raw) => (raw ? finish(Float32Array.from(raw)) : null)));
  const passageVectors = sentenceWords.map((sentences) => finish(rawEmbedding(sentences.flat())));
  const position = new Map(entries.map((entry, i) => [entry, i]));

  return {
    neighbours(word, minCosine, limit) {
      const vector = lexicon.vectorOf(word);
      if (!vector) return [];
      const found: Neighbour[] = [];
      for (let i = 0; i < stems.length; i++) {
        let cosine = 0;
        for (let d = 0; d < dimensions; d++) cosine += (vector[d] as number) * (stemMatrix[i * dimensions + d] as number);
        cosine /= INT8_SCALE;
        if (cosine >= minCosine) found.push({ stem: stems[i] as string, cosine });
      }
      return found.sort((a, b) => b.cosine - a.cosine).slice(0, limit);
    },
    embed: (words) => finish(rawEmbedding(words)),
    closeness(question, entry) {
      const i = position.get(entry);
      if (i === undefined) return { passage: 0, sentences: [] };
      const passage = passageVectors[i];
      const sentences = (sentenceVectors[i] ?? []).map((sentence) => (sentence ? dot(question, sentence) : 0));
      return { passage: passage ? dot(question, passage) : 0, sentences };
    },
  };
}

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < a.length; d++) sum += (a[d] as number) * (b[d] as number);
  return sum;
}

function normalised<T extends Float32Array>(vector: T): T {
  const norm = Math.sqrt(dot(vector, vector)) || 1;
  for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] as number) / norm;
  return vector;
}

/** The direction most sentences share (power iteration on XᵀX), or null with too few sentences to tell. */
function firstPrincipalComponent(rows: Float32Array[], dimensions: number): Float32Array | null {
  if (rows.length < 2) return null;
  let u = new Float32Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let iteration = 0; iteration < 50; iteration++) {
    const next = new Float32Array(dimensions);
    for (const row of rows) {
      const projection = dot(row, u);
      for (let d = 0; d < dimensions; d++) next[d] = (next[d] as number) + projection * (row[d] as number);
    }
    u = normalised(next);
  }
  return u;
}
