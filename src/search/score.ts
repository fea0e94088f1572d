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
  let bm25 = 0;
  let covered = 0;
  let total = 0;
  let entitiesCovered = 0;
  let entitiesTotal = 0;
  const matched: string[] = [];
  // Per matched concept: the weight each alternative found counts for, and the sentences it is in.
  const found: { weight: number; hits: { weight: number; sentences: number }[] }[] = [];
  for (const { concept, idf, weight } of concepts) {
    total += weight;
    if (concept.kind === "entity") entitiesTotal += weight;
    let best = 0;
    let tf = 0;
    const hits: { weight: number; sentences: number }[] = [];
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
    found.push({ weight, hits });
    covered += weight * best;
    if (concept.kind === "entity") entitiesCovered += weight * best;
    bm25 += (idf * concept.importance * best * tf * (k1 + 1)) / (tf + k1 * lengthNorm);
  }
  // A question naming people or places is answered by passages about them: "the population of Seoul"
  // is not answered by a passage on North Korea's population.
  const entityShare = entitiesTotal > 0 ? entitiesCovered / entitiesTotal : 1;
  const coverage = total > 0 ? (covered / total) * (0.5 + 0.5 * entityShare) : 0;
  const bm25Normalised = total > 0 ? bm25 / (total * (k1 + 1)) : 0;
  const sentenceCoverage = total > 0 ? bestSentenceShown(found, entry.allSentences) / total : 0;
  const score = coverage + bm25Share * bm25Normalised + sentenceShare * sentenceCoverage;
  return { entry, score, coverage, sentenceCoverage, bm25, matched };
}

/** The weighted amount of the question that the passage's best single sentence shows. */
function bestSentenceShown(
  found: { weight: number; hits: { weight: number; sentences: number }[] }[],
  allSentences: number,
): number {
  let best = 0;
  for (let bit = 1; bit !== 0 && bit <= allSentences; bit <<= 1) {
    if ((allSentences & bit) === 0) continue;
    let shown = 0;
    for (const concept of found) {
      let strongest = 0;
      for (const hit of concept.hits) if (hit.sentences & bit && hit.weight > strongest) strongest = hit.weight;
      shown += concept.weight * strongest;
    }
    if (shown > best) best = shown;
  }
  return best;
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
