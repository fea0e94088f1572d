import type { Engine } from "../engine.js";
import type { Correction } from "../nlp/spelling.js";
import { DEFAULT_EXPANSION, type ExpansionOptions, expandConcepts } from "../search/expand-concepts.js";
import { meaningSignal } from "../search/meaning-signal.js";
import {
  DEFAULT_SCORING,
  type MeaningSignal,
  rankPassages,
  type ScoredPassage,
  type ScoringOptions,
  type WeightedConcept,
  weighConcepts,
} from "../search/score.js";
import { findSourceMentions } from "./source-mentions.js";

/**
 * How well the passages answer: `direct`, they answer it; `closest`, they relate to it without answering it
 * (or not clearly), and are shown as what comes closest; `none`, nothing in the articles relates to it.
 */
export type Confidence = "direct" | "closest" | "none";

/** Thresholds of the coverage decisions; DESIGN.md explains how they were chosen. */
export interface AnswerOptions {
  /** Passages to return at most. */
  limit: number;
  /** An answer is direct only when some passage covers at least this much of the question… */
  minCoverage: number;
  /** …and no specific thing the question names (a name, a word rarer than this rank in English) is absent. */
  specificRank: number;
  /** A source addresses the question when its best passage reaches this coverage… */
  sourceMinCoverage: number;
  /** …and scores at least this share of the best passage's score. */
  sourceScoreRatio: number;
  /** Further passages must score at least this share of the best one to be quoted. */
  passageScoreRatio: number;
  scoring: ScoringOptions;
  expansion: ExpansionOptions;
}

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = {
  limit: 5,
  minCoverage: 0.45,
  specificRank: 1000,
  sourceMinCoverage: 0.4,
  sourceScoreRatio: 0.7,
  passageScoreRatio: 0.3,
  scoring: DEFAULT_SCORING,
  expansion: DEFAULT_EXPANSION,
};

/** What retrieval decided for a question; answers and comparisons are both built from it. */
export interface Retrieval {
  question: string;
  concepts: WeightedConcept[];
  /** Closeness of meaning between the question and each passage and sentence. */
  meaning: MeaningSignal;
  scoring: ScoringOptions;
  /** Every candidate passage, best first. */
  ranked: ScoredPassage[];
  confidence: Confidence;
  /** Each addressing source's best passage (for `closest`: each source's closest), best first. */
  addressing: ScoredPassage[];
  /** Further passages of addressing sources good enough to quote, best first. */
  supporting: ScoredPassage[];
  /** For a source not addressing the question: its passage that relates most, if any relates at all. */
  nearest: ScoredPassage[];
  /** Specific things the question names that no passage shows: why an answer is only `closest`. */
  missing: string[];
  /** The sources searched: all, or those the question names ("What does Hilton say…"). */
  searched: string[];
  unknownWords: string[];
  /** Words of the question read as likely typos of others. */
  corrections: Correction[];
}

export function retrieve(engine: Engine, question: string, options: Partial<AnswerOptions> = {}): Retrieval {
  const opts = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const named = findSourceMentions(engine.articles, question);
  const { text, corrections } = engine.correctSpelling(named.rest);
  const ownConcepts = engine.analyzer.questionConcepts(text);
  const expanded = expandConcepts(ownConcepts, engine.lexicon, engine.semantics, engine.index.hasTerm, opts.expansion);
  const concepts = weighConcepts(engine.index, expanded);
  const meaning = meaningSignal(
    engine.semantics,
    engine.index.entries,
    ownConcepts.flatMap((c) => c.words),
  );
  // A question that names an article is answered from that article only.
  const ranked = rankPassages(engine.index, concepts, opts.scoring, { meaning, keyTerms: engine.keyTerms }).filter(
    (s) => named.sourceIds.length === 0 || named.sourceIds.includes(s.entry.passage.sourceId),
  );
  const unknownWords = concepts.filter((c) => c.df === 0).map((c) => c.concept.label);
  const nothing: Retrieval = {
    question,
    concepts,
    meaning,
    scoring: opts.scoring,
    ranked,
    confidence: "none",
    addressing: [],
    supporting: [],
    nearest: [],
    missing: [],
    searched: named.sourceIds.length > 0 ? named.sourceIds : engine.articles.map((a) => a.id),
    unknownWords,
    corrections,
  };
  // Nothing asked but the name itself ("Who is Isabel Hilton?"): the line about the author answers it.
  if (concepts.length === 0 && named.sourceIds.length > 0) {
    const notes = named.sourceIds.flatMap((id) => engine.index.byId.get(`${id}#author`) ?? []);
    const addressing = notes.map((entry) => ({
      entry,
      score: 1,
      coverage: 1,
      sentenceCoverage: 1,
      bm25: 0,
      closeness: 1,
      anchored: true,
      matched: [],
    }));
    return { ...nothing, confidence: addressing.length > 0 ? "direct" : "none", addressing };
  }

  // Passages that share only everyday words with the question do not relate to it.
  const related = ranked.filter((s) => s.anchored);
  const best = related[0];
  if (!best) return nothing;
  const bestBySource = new Map<string, ScoredPassage>();
  for (const scored of related) {
    if (!bestBySource.has(scored.entry.passage.sourceId)) bestBySource.set(scored.entry.passage.sourceId, scored);
  }
  const shown = new Set(related.flatMap((s) => s.matched));
  const missing = concepts
    .filter((c) => isSpecific(engine, c, opts.specificRank) && !shown.has(c.concept.label))
    .map((c) => c.concept.label);
  const direct = missing.length === 0 && related.some((s) => s.coverage >= opts.minCoverage);

  const closeEnough = (s: ScoredPassage) => s.score >= opts.sourceScoreRatio * best.score;
  const addressing = [...bestBySource.values()].filter(
    (s) => closeEnough(s) && (!direct || s.coverage >= opts.sourceMinCoverage),
  );
  const addressedBy = new Set(addressing.map((s) => s.entry.passage.sourceId));
  const supporting = related.filter(
    (s) => !addressing.includes(s) && addressedBy.has(s.entry.passage.sourceId) && s.score >= opts.passageScoreRatio * best.score,
  );
  const nearest = [...bestBySource.values()].filter((s) => !addressedBy.has(s.entry.passage.sourceId));
  return { ...nothing, confidence: direct ? "direct" : "closest", addressing, supporting, nearest, missing };
}

/**
 * A specific thing the question names: a name, or a noun or adjective rarer than everyday English. When no
 * passage shows it ("kilotons", "THAAD"), the articles cannot answer the question directly.
 */
function isSpecific(engine: Engine, { concept }: WeightedConcept, specificRank: number): boolean {
  if (concept.kind === "entity") return true;
  if (concept.importance < 0.8) return false;
  return concept.words.every((word) => (engine.lexicon.rankOf(word) ?? Number.POSITIVE_INFINITY) >= specificRank);
}
