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
  /** How much the coverage of the best single sentence adds. */
  sentenceShare: number;
}

export const DEFAULT_SCORING: ScoringOptions = { k1: 1.2, b: 0.75, bm25Share: 0.5, sentenceShare: 1 };

export interface ScoredPassage {
  entry: IndexedPassage;
  /** Final relevance: coverage plus a share of normalised BM25. */
  score: number;
  /** Share of the question's weighted concepts the passage shows, 0..1. */
  coverage: number;
  /** The same share for the passage's best single sentence. */
  sentenceCoverage: number;
  bm25: number;
  /** Labels of the concepts the passage shows. */
  matched: string[];
}

export interface WeightedConcept {
  concept: Concept;
  /** Inverse document frequency of the concept as a whole (any of its close alternatives). */
  idf: number;
  /** Its share in coverage: at least its importance, so common topic words ("Russia") still count. */
  weight: number;
}

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** A word the corpus only has inside longer words ("food" in "foodstuffs") matches those, for less. */
export const PREFIX_WEIGHT = 0.7;
const MIN_PREFIX_LENGTH = 4;

/** Weights each concept by how rare it is in the corpus; a concept the corpus never shows weighs most. */
export function weighConcepts(index: PassageIndex, concepts: Concept[]): WeightedConcept[] {
  const n = index.entries.length;
  return concepts.map((original) => {
    let concept = original;
    const close = () => concept.alternatives.filter((a) => a.weight >= SYNONYM_WEIGHT).map((a) => a.term);
    const primary = concept.alternatives[0]?.term ?? "";
    if (concept.kind === "word" && primary.length >= MIN_PREFIX_LENGTH && index.documentFrequency(close()) === 0) {
      const longer = index.termsStartingWith(primary).map((term) => ({ term, weight: PREFIX_WEIGHT }));
      concept = { ...concept, alternatives: [...concept.alternatives, ...longer] };
    }
    const conceptIdf = idf(n, index.documentFrequency(close()));
    return { concept, idf: conceptIdf, weight: (conceptIdf + 1) * concept.importance };
  });
}

export function scorePassage(
  entry: IndexedPassage,
  concepts: WeightedConcept[],
  averageLength: number,
  options: ScoringOptions,
): ScoredPassage {
  const { k1, b, bm25Share, sentenceShare } = options;
  const lengthNorm = 1 - b + (b * entry.length) / Math.max(1, averageLength);
  const totals = totalWeights(concepts);
  let bm25 = 0;
  const shown = { all: 0, entities: 0 };
  const matched: string[] = [];
  const found: FoundConcept[] = [];
  for (const { concept, idf, weight } of concepts) {
    let best = 0;
    let tf = 0;
    const hits: Hit[] = [];
    for (const alternative of concept.alternatives) {
      const occurrence = entry.terms.get(alternative.term);
      if (!occurrence) continue;
      hits.push({ weight: alternative.weight, sentences: occurrence.sentences });
      if (alternative.weight > best) {
        best = alternative.weight;
        tf = occurrence.count;
      } else if (alternative.weight === best) tf += occurrence.count;
    }
    if (best === 0) continue;
    matched.push(concept.label);
    found.push({ weight, entity: concept.kind === "entity", hits });
    shown.all += weight * best;
    if (concept.kind === "entity") shown.entities += weight * best;
    bm25 += (idf * concept.importance * best * tf * (k1 + 1)) / (tf + k1 * lengthNorm);
  }
  const coverage = coverageOf(shown, totals);
  const bm25Normalised = totals.all > 0 ? bm25 / (totals.all * (k1 + 1)) : 0;
  const sentenceCoverage = Math.max(0, ...coverageBySentence(found, totals, entry.sentences.length));
  const score = coverage + bm25Share * bm25Normalised + sentenceShare * sentenceCoverage;
  return { entry, score, coverage, sentenceCoverage, bm25, matched };
}

interface Hit {
  weight: number;
  /** Bit mask of the sentences the alternative is in. */
  sentences: number;
}

/** A concept a passage shows, with each alternative found. */
interface FoundConcept {
  weight: number;
  entity: boolean;
  hits: Hit[];
}

interface Weights {
  all: number;
  entities: number;
}

const totalWeights = (concepts: WeightedConcept[]): Weights => ({
  all: concepts.reduce((sum, c) => sum + c.weight, 0),
  entities: concepts.reduce((sum, c) => sum + (c.concept.kind === "entity" ? c.weight : 0), 0),
});

/**
 * Share of the question shown, 0..1. A question naming people or places is answered by text about them:
 * "the population of Seoul" is not answered by a passage on North Korea's population.
 */
function coverageOf(shown: Weights, totals: Weights): number {
  if (totals.all === 0) return 0;
  const entityShare = totals.entities > 0 ? shown.entities / totals.entities : 1;
  return (shown.all / totals.all) * (0.5 + 0.5 * entityShare);
}

/** Coverage of each sentence on its own (index i: sentence i). */
function coverageBySentence(found: FoundConcept[], totals: Weights, sentenceCount: number): number[] {
  const coverages: number[] = [];
  for (let i = 0; i < Math.min(sentenceCount, 31); i++) {
    const bit = 1 << i;
    const shown = { all: 0, entities: 0 };
    for (const concept of found) {
      let strongest = 0;
      for (const hit of concept.hits) if (hit.sentences & bit && hit.weight > strongest) strongest = hit.weight;
      shown.all += concept.weight * strongest;
      if (concept.entity) shown.entities += concept.weight * strongest;
    }
    coverages.push(coverageOf(shown, totals));
  }
  return coverages;
}

/** Coverage of each sentence of a passage, 0..1: for quoting single sentences. */
export function sentenceCoverages(entry: IndexedPassage, concepts: WeightedConcept[]): number[] {
  const found = concepts.map(({ concept, weight }) => ({
    weight,
    entity: concept.kind === "entity",
    hits: concept.alternatives.flatMap((alternative) => {
      const occurrence = entry.terms.get(alternative.term);
      return occurrence ? [{ weight: alternative.weight, sentences: occurrence.sentences }] : [];
    }),
  }));
  return coverageBySentence(found, totalWeights(concepts), entry.sentences.length);
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
