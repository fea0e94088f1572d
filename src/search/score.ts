import { type Concept, SYNONYM_WEIGHT } from "../nlp/analyzer.js";
import type { IndexedPassage, PassageIndex } from "./passage-index.js";

/** Tuning of the scoring stage; see DESIGN.md for what each does. */
export interface ScoringOptions {
  /** BM25 term-frequency saturation. */
  k1: number;
  /** BM25 length normalisation. */
  b: number;
  /** How much the BM25 part adds to coverage in the final score. */
  bm25Share: number;
}

export const DEFAULT_SCORING: ScoringOptions = { k1: 1.2, b: 0.75, bm25Share: 0.5 };

export interface ScoredPassage {
  entry: IndexedPassage;
  /** Final relevance: coverage plus a share of normalised BM25. */
  score: number;
  /** Share of the question's weighted concepts the passage shows, 0..1. */
  coverage: number;
  bm25: number;
  /** Labels of the concepts the passage shows. */
  matched: string[];
}

export interface WeightedConcept {
  concept: Concept;
  /** Inverse document frequency of the concept as a whole (any of its close alternatives). */
  idf: number;
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** Weights each concept by how rare it is in the corpus; a concept the corpus never shows weighs most. */
export function weighConcepts(index: PassageIndex, concepts: Concept[]): WeightedConcept[] {
  const n = index.entries.length;
  return concepts.map((concept) => {
    const close = concept.alternatives.filter((a) => a.weight >= SYNONYM_WEIGHT).map((a) => a.term);
    return { concept, idf: idf(n, index.documentFrequency(close)) };
  });
}

export function scorePassage(
  entry: IndexedPassage,
  concepts: WeightedConcept[],
  averageLength: number,
  options: ScoringOptions,
): ScoredPassage {
  const { k1, b, bm25Share } = options;
  const lengthNorm = 1 - b + (b * entry.length) / Math.max(1, averageLength);
  let bm25 = 0;
  let covered = 0;
  let total = 0;
  const matched: string[] = [];
  for (const { concept, idf } of concepts) {
    // Coverage weighs every idea at least 1, so common topic words ("Russia") still count.
    const weight = (idf + 1) * concept.importance;
    total += weight;
    let best = 0;
    let tf = 0;
    for (const alternative of concept.alternatives) {
      const count = entry.termCounts.get(alternative.term) ?? 0;
      if (count === 0) continue;
      if (alternative.weight > best) {
        best = alternative.weight;
        tf = count;
      } else if (alternative.weight === best) tf += count;
    }
    if (best === 0) continue;
    matched.push(concept.label);
    covered += weight * best;
    bm25 += (idf * concept.importance * best * tf * (k1 + 1)) / (tf + k1 * lengthNorm);
  }
  const coverage = total > 0 ? covered / total : 0;
  const bm25Normalised = total > 0 ? bm25 / (total * (k1 + 1)) : 0;
  return { entry, score: coverage + bm25Share * bm25Normalised, coverage, bm25, matched };
}

/** Scores FlexSearch's candidates for the concepts, best first. */
export function rankPassages(
  index: PassageIndex,
  concepts: WeightedConcept[],
  options: ScoringOptions = DEFAULT_SCORING,
  candidateLimit = 200,
): ScoredPassage[] {
  const terms = [...new Set(concepts.flatMap((c) => c.concept.alternatives.map((a) => a.term)))];
  return index
    .candidates(terms, candidateLimit)
    .map((entry) => scorePassage(entry, concepts, index.averageLength, options))
    .sort((x, y) => y.score - x.score || x.entry.passage.id.localeCompare(y.entry.passage.id));
}
