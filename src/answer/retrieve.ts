import type { Engine } from "../engine.js";
import {
  DEFAULT_SCORING,
  rankPassages,
  type ScoredPassage,
  type ScoringOptions,
  type WeightedConcept,
  weighConcepts,
} from "../search/score.js";
import type { Correction } from "../nlp/spelling.js";
import { DEFAULT_EXPANSION, type ExpansionOptions, expandConcepts } from "../search/expand-concepts.js";
import { meaningSignal } from "../search/meaning-signal.js";
import { findSourceMentions } from "./source-mentions.js";

/** Thresholds of the coverage decisions; DESIGN.md explains how they were chosen. */
export interface AnswerOptions {
  /** Passages to return at most. */
  limit: number;
  /** When no passage covers at least this much of the question, it is declined. */
  minCoverage: number;
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
  /** Every candidate passage, best first. */
  ranked: ScoredPassage[];
  answered: boolean;
  /** Each addressing source's best passage, best first. */
  addressing: ScoredPassage[];
  /** Further passages of addressing sources good enough to quote, best first. */
  supporting: ScoredPassage[];
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
  const ranked = rankPassages(engine.index, concepts, opts.scoring, meaning).filter(
    (s) => named.sourceIds.length === 0 || named.sourceIds.includes(s.entry.passage.sourceId),
  );
  const unknownWords = concepts.filter((c) => c.df === 0).map((c) => c.concept.label);
  const declined = { question, concepts, ranked, answered: false, addressing: [], supporting: [], unknownWords, corrections };
  // Nothing asked but the name itself ("Who is Isabel Hilton?"): the line about the author answers it.
  if (concepts.length === 0 && named.sourceIds.length > 0) {
    const notes = named.sourceIds.flatMap((id) => engine.index.byId.get(`${id}#author`) ?? []);
    const addressing = notes.map((entry) => ({ entry, score: 1, coverage: 1, sentenceCoverage: 1, bm25: 0, closeness: 1, matched: [] }));
    return { ...declined, answered: addressing.length > 0, addressing };
  }

  const best = ranked[0];
  // Declined unless some passage covers enough of the question (the best-scored one need not be it).
  if (!best || !ranked.some((s) => s.coverage >= opts.minCoverage)) return declined;
  const bestBySource = new Map<string, ScoredPassage>();
  for (const scored of ranked) {
    if (!bestBySource.has(scored.entry.passage.sourceId)) bestBySource.set(scored.entry.passage.sourceId, scored);
  }
  const addressing = [...bestBySource.values()].filter(
    (s) => s.coverage >= opts.sourceMinCoverage && s.score >= opts.sourceScoreRatio * best.score,
  );
  const addressedBy = new Set(addressing.map((s) => s.entry.passage.sourceId));
  const supporting = ranked.filter(
    (s) => !addressing.includes(s) && addressedBy.has(s.entry.passage.sourceId) && s.score >= opts.passageScoreRatio * best.score,
  );
  return { ...declined, answered: true, addressing, supporting };
}
