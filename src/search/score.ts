import type { Alternative, Concept } from "../nlp/analyzer.js";
import type { IndexedPassage, PassageIndex, TermLookup } from "./passage-index.js";

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
  /** How much closeness of meaning (sentence vectors, 0..1) adds. */
  semanticShare: number;
}

export const DEFAULT_SCORING: ScoringOptions = { k1: 1.2, b: 0.75, bm25Share: 0.5, sentenceShare: 1, semanticShare: 1 };

export interface ScoredPassage {
  entry: IndexedPassage;
  /** Final relevance: coverage plus a share of normalised BM25. */
  score: number;
  /** Share of the question's weighted concepts the passage shows, 0..1. */
  coverage: number;
  /** The same share for the passage's best single sentence… */
  sentenceCoverage: number;
  /** …and for each of its sentences (for quoting single sentences). */
  sentenceCoverages: number[];
  bm25: number;
  /** Closeness of meaning to the question, 0..1 (sentence vectors; 0 without them). */
  closeness: number;
  /** Whether it shares with the question a name or a term key to the corpus, not only everyday words. */
  anchored: boolean;
  /** Coverage counting only the question's own words (and alternatives as close as they): no relations. */
  closeCoverage: number;
  /** Labels of the concepts the passage shows (by the word itself or a close alternative). */
  matched: string[];
  /** Labels of the names (entities) it shows by themselves, not only by a broader name (Putin by Russia). */
  namesShown: string[];
}

export interface WeightedConcept {
  concept: Concept;
  /** Passages showing the concept (any of its close alternatives); 0: the corpus never mentions it. */
  df: number;
  /** Inverse document frequency of the concept as a whole. */
  idf: number;
  /** Its share in coverage: at least its importance, so common topic words ("Russia") still count. */
  weight: number;
}

/** A concept counts as shown by a passage (not merely touched on) through an alternative at least this close. */
export const SHOWN_WEIGHT = 0.5;

/** Alternatives this close to the question's word count as the word itself when counting passages that show it. */
const CLOSE_ALTERNATIVE = 0.9;

const idf = (n: number, df: number) => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/** A word the corpus only has inside longer words ("food" in "foodstuffs") matches those, for less. */
export const PREFIX_WEIGHT = 0.7;
const MIN_PREFIX_LENGTH = 4;

/** Weights each concept by how rare it is in the corpus; a concept the corpus never shows weighs most. */
export function weighConcepts(index: PassageIndex, concepts: Concept[]): WeightedConcept[] {
  const n = index.entries.length;
  return concepts.map((original) => {
    let concept = original;
    const df = index.documentFrequency(concept.alternatives.filter((a) => a.weight >= CLOSE_ALTERNATIVE).map((a) => a.term));
    const primary = concept.alternatives[0]?.term ?? "";
    // Prefix matches are weak evidence: they let a passage match, but the concept keeps the weight of a word
    // the corpus does not use.
    if (df === 0 && concept.kind === "word" && primary.length >= MIN_PREFIX_LENGTH) {
      const longer = index.termsStartingWith(primary).map((term) => ({ term, weight: PREFIX_WEIGHT }));
      concept = { ...concept, alternatives: [...concept.alternatives, ...longer] };
    }
    const conceptIdf = idf(n, df);
    return { concept, df, idf: conceptIdf, weight: (conceptIdf + 1) * concept.importance };
  });
}

/** Per-question totals every passage is measured against. */
interface Totals {
  all: number;
  entities: number;
}

const totalsOf = (concepts: WeightedConcept[]): Totals => ({
  all: concepts.reduce((sum, c) => sum + c.weight, 0),
  entities: concepts.reduce((sum, c) => sum + (c.concept.kind === "entity" ? c.weight : 0), 0),
});

/**
 * Share of the question shown, 0..1. A question naming people or places is answered by text about them:
 * "the population of Seoul" is not answered by a passage on North Korea's population.
 */
function coverageOf(shownAll: number, shownEntities: number, totals: Totals): number {
  if (totals.all === 0) return 0;
  const entityShare = totals.entities > 0 ? shownEntities / totals.entities : 1;
  return (shownAll / totals.all) * (0.5 + 0.5 * entityShare);
}

// Sentences past the 31st share the last bit of the masks (a paragraph that long is split into passages).
const MAX_SENTENCES = 31;

interface Measured {
  anchored: boolean;
  shownClose: number;
  shownCloseEntities: number;
  shownAll: number;
  shownEntities: number;
  bm25: number;
  matched: string[];
  namesShown: string[];
  /** Per sentence: the weight of the question it shows, and of that the part that is entities. */
  shownBySentence: Float64Array;
  entitiesBySentence: Float64Array;
}

/**
 * The question's terms looked up once for all its candidates: each alternative's slot in the lookup, and room for
 * a passage's counts and sentence masks by slot (each passage overwrites them).
 */
interface QuestionTerms {
  lookup: TermLookup;
  slots: Int32Array[];
  counts: Uint32Array;
  sentences: Uint32Array;
}

function questionTerms(index: PassageIndex, concepts: WeightedConcept[]): QuestionTerms {
  const lookup = index.lookup(concepts.flatMap((c) => c.concept.alternatives.map((a) => a.term)));
  return {
    lookup,
    slots: concepts.map(({ concept }) => {
      // Filled by a loop: `Int32Array.from` with a mapping function goes through the iterator, several times slower.
      const slots = new Int32Array(concept.alternatives.length);
      concept.alternatives.forEach((a, i) => {
        slots[i] = lookup.slotOf(a.term);
      });
      return slots;
    }),
    counts: new Uint32Array(lookup.size),
    sentences: new Uint32Array(lookup.size),
  };
}

/** Measures one passage against the concepts: what it shows, as a whole and sentence by sentence. */
function measure(
  entry: IndexedPassage,
  concepts: WeightedConcept[],
  terms: QuestionTerms,
  lengthNorm: number,
  k1: number,
  keyTerms: ReadonlySet<string>,
): Measured {
  const sentenceCount = Math.min(entry.sentenceCount, MAX_SENTENCES);
  const shownBySentence = new Float64Array(sentenceCount);
  const entitiesBySentence = new Float64Array(sentenceCount);
  const conceptInSentence = new Float64Array(sentenceCount);
  const result: Measured = {
    anchored: false,
    shownClose: 0,
    shownCloseEntities: 0,
    shownAll: 0,
    shownEntities: 0,
    bm25: 0,
    matched: [],
    namesShown: [],
    shownBySentence,
    entitiesBySentence,
  };
  const { counts, sentences } = terms;
  terms.lookup.read(entry, counts, sentences);
  for (let c = 0; c < concepts.length; c++) {
    const { concept, idf, weight } = concepts[c] as WeightedConcept;
    const slots = terms.slots[c] ?? new Int32Array();
    let best = 0;
    let bestTerm = "";
    let tf = 0;
    let touched = 0; // sentences where the concept shows, as a bit mask
    for (let a = 0; a < concept.alternatives.length; a++) {
      const slot = slots[a] ?? -1;
      const count = slot < 0 ? 0 : (counts[slot] ?? 0);
      if (count === 0) continue;
      const alternative = concept.alternatives[a] as Alternative;
      const mask = sentences[slot] ?? 0;
      if (alternative.weight > best) {
        best = alternative.weight;
        bestTerm = alternative.term;
        tf = count;
      } else if (alternative.weight === best) tf += count;
      for (let bits = mask; bits !== 0; bits &= bits - 1) {
        const i = 31 - Math.clz32(bits & -bits);
        const before = (touched >> i) & 1 ? (conceptInSentence[i] ?? 0) : 0;
        conceptInSentence[i] = Math.max(before, alternative.weight);
      }
      touched |= mask;
    }
    if (best === 0) continue;
    const entity = concept.kind === "entity";
    if (best >= SHOWN_WEIGHT) result.matched.push(concept.label);
    if (entity && best >= CLOSE_ALTERNATIVE) result.namesShown.push(concept.label);
    if (best >= CLOSE_ALTERNATIVE && keyTerms.has(bestTerm)) result.anchored = true;
    result.shownAll += weight * best;
    if (entity) result.shownEntities += weight * best;
    if (best >= CLOSE_ALTERNATIVE) {
      result.shownClose += weight * best;
      if (entity) result.shownCloseEntities += weight * best;
    }
    result.bm25 += (idf * concept.importance * best * tf * (k1 + 1)) / (tf + k1 * lengthNorm);
    for (let bits = touched; bits !== 0; bits &= bits - 1) {
      const i = 31 - Math.clz32(bits & -bits);
      const shown = weight * (conceptInSentence[i] ?? 0);
      shownBySentence[i] = (shownBySentence[i] ?? 0) + shown;
      if (entity) entitiesBySentence[i] = (entitiesBySentence[i] ?? 0) + shown;
    }
  }
  return result;
}

function scorePassage(
  entry: IndexedPassage,
  concepts: WeightedConcept[],
  terms: QuestionTerms,
  totals: Totals,
  averageLength: number,
  options: ScoringOptions,
  signals: RankingSignals,
): ScoredPassage {
  const { k1, b, bm25Share, sentenceShare, semanticShare } = options;
  const lengthNorm = 1 - b + (b * entry.length) / Math.max(1, averageLength);
  const measured = measure(entry, concepts, terms, lengthNorm, k1, signals.keyTerms);
  const closeness = signals.meaning.closenessOf(entry);
  const sentenceCoverages = coveragesBySentence(measured, totals);
  const sentenceCoverage = Math.max(0, ...sentenceCoverages);
  const coverage = coverageOf(measured.shownAll, measured.shownEntities, totals);
  const bm25Normalised = totals.all > 0 ? measured.bm25 / (totals.all * (k1 + 1)) : 0;
  const score = coverage + bm25Share * bm25Normalised + sentenceShare * sentenceCoverage + semanticShare * closeness;
  const { bm25, matched, namesShown, anchored } = measured;
  const closeCoverage = coverageOf(measured.shownClose, measured.shownCloseEntities, totals);
  return {
    entry,
    score,
    coverage,
    sentenceCoverage,
    sentenceCoverages,
    bm25,
    closeness,
    anchored,
    closeCoverage,
    matched,
    namesShown,
  };
}

function coveragesBySentence(measured: Measured, totals: Totals): number[] {
  const coverages: number[] = [];
  measured.shownBySentence.forEach((shown, i) => {
    coverages.push(coverageOf(shown, measured.entitiesBySentence[i] ?? 0, totals));
  });
  return coverages;
}

/** idf of a concept found in half the passages: ideas this common do not select candidates on their own. */
const COMMON_IDF = Math.LN2;

/** Closeness of meaning between the question and each passage, and the passages closest in meaning. */
export interface MeaningSignal {
  closenessOf(entry: IndexedPassage): number;
  /** Closeness of each sentence of the passage, 0..1. */
  sentenceClosenessOf(entry: IndexedPassage): number[];
  /** Passages to score even when they share no word with the question. */
  closest: IndexedPassage[];
}

/** What ranking knows beside the question's words. */
export interface RankingSignals {
  meaning: MeaningSignal;
  /** Terms that say what the corpus is about (names, key terms): sharing one relates a passage to the question. */
  keyTerms: ReadonlySet<string>;
}

const NO_SIGNALS: RankingSignals = {
  meaning: { closenessOf: () => 0, sentenceClosenessOf: () => [], closest: [] },
  keyTerms: new Set(),
};

/** Scores FlexSearch's candidates (and the passages closest in meaning) for the concepts, best first. */
export function rankPassages(
  index: PassageIndex,
  concepts: WeightedConcept[],
  options: ScoringOptions = DEFAULT_SCORING,
  signals: RankingSignals = NO_SIGNALS,
  candidateLimit = 200,
): ScoredPassage[] {
  // Candidates come from the ideas that tell passages apart: a passage sharing only "North Korea" with the
  // question (in most passages) cannot rank. When every idea is that common, all of them are used.
  const totals = totalsOf(concepts);
  const nominating = (list: WeightedConcept[]) => [
    // Weak alternatives (distant relations) count in scores but do not nominate candidates.
    ...new Set(
      list.flatMap((c) =>
        c.concept.alternatives.filter((a) => a.weight >= SHOWN_WEIGHT && index.hasTerm(a.term)).map((a) => a.term),
      ),
    ),
  ];
  const telling = nominating(concepts.filter((c) => c.idf >= COMMON_IDF));
  const terms = telling.length > 0 ? telling : nominating(concepts);
  const candidates = new Set([...index.candidates(terms, candidateLimit), ...signals.meaning.closest]);
  const looked = questionTerms(index, concepts);
  return [...candidates]
    .map((entry) => scorePassage(entry, concepts, looked, totals, index.averageLength, options, signals))
    .sort((x, y) => y.score - x.score || x.entry.passage.id.localeCompare(y.entry.passage.id));
}
