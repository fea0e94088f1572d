import { inTextCitation, referenceCitation } from "../cite/short-citation.js";
import { type Comparison, compareSources } from "../compare/compare.js";
import type { Engine } from "../engine.js";
import {
  DEFAULT_SCORING,
  rankPassages,
  type ScoredPassage,
  type ScoringOptions,
  type WeightedConcept,
  weighConcepts,
} from "../search/score.js";
import { checkQuestion } from "./question-input.js";
import { findSourceMentions } from "./source-mentions.js";

/** Thresholds of the coverage decisions; DESIGN.md explains how they were chosen. */
export interface AnswerOptions {
  /** Passages to return at most. */
  limit: number;
  /** Below this coverage by its best passage, the question is declined. */
  minCoverage: number;
  /** A source addresses the question when its best passage reaches this coverage… */
  sourceMinCoverage: number;
  /** …and scores at least this share of the best passage's score. */
  sourceScoreRatio: number;
  /** Further passages must score at least this share of the best one to be quoted. */
  passageScoreRatio: number;
  scoring: ScoringOptions;
}

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = {
  limit: 5,
  minCoverage: 0.45,
  sourceMinCoverage: 0.4,
  sourceScoreRatio: 0.7,
  passageScoreRatio: 0.3,
  scoring: DEFAULT_SCORING,
};

export interface AnswerPassage {
  id: string;
  sourceId: string;
  paragraph: number | null;
  heading: string | null;
  /** Verbatim from the article. */
  text: string;
  score: number;
  /** Full reference: author, title, publisher, date, paragraph. */
  citation: string;
  /** Short form shown beside a quote: "Hilton 2017, ¶ 9". */
  inText: string;
  /** Words of the question the passage shows. */
  matched: string[];
  /** Words of the passage, as written, that match the question (for bold in Discord). */
  highlights: string[];
}

export interface Answer {
  question: string;
  answered: boolean;
  /** Ids of the sources that address the question, most relevant first. */
  addressedBy: string[];
  passages: AnswerPassage[];
  /** The authors side by side, when two or more sources address the question. */
  comparison: Comparison | null;
  /** Words of the question that no article uses: why a question was declined. */
  unknownWords: string[];
}

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
}

export function retrieve(engine: Engine, question: string, options: Partial<AnswerOptions> = {}): Retrieval {
  const opts = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const named = findSourceMentions(engine.articles, question);
  const concepts = weighConcepts(engine.index, engine.analyzer.questionConcepts(named.rest));
  // A question that names an article is answered from that article only.
  const ranked = rankPassages(engine.index, concepts, opts.scoring).filter(
    (s) => named.sourceIds.length === 0 || named.sourceIds.includes(s.entry.passage.sourceId),
  );
  const unknownWords = concepts.filter((c) => c.df === 0).map((c) => c.concept.label);
  const declined = { question, concepts, ranked, answered: false, addressing: [], supporting: [], unknownWords };
  // Nothing asked but the name itself ("Who is Isabel Hilton?"): the line about the author answers it.
  if (concepts.length === 0 && named.sourceIds.length > 0) {
    const notes = named.sourceIds.flatMap((id) => engine.index.byId.get(`${id}#author`) ?? []);
    const addressing = notes.map((entry) => ({ entry, score: 1, coverage: 1, sentenceCoverage: 1, bm25: 0, matched: [] }));
    return { ...declined, answered: addressing.length > 0, addressing };
  }

  const best = ranked[0];
  if (!best || best.coverage < opts.minCoverage) return declined;
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

/** Question → grounded answer: the best passages, which sources address it, or a plain "not covered". */
export function answerQuestion(engine: Engine, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const limit = options.limit ?? DEFAULT_ANSWER_OPTIONS.limit;
  const retrieval = retrieve(engine, question, options);
  // Each addressing source's best passage first, so one author never crowds the other out.
  const chosen = [...retrieval.addressing, ...retrieval.supporting].slice(0, limit);
  return {
    question,
    answered: retrieval.answered,
    addressedBy: retrieval.addressing.map((s) => s.entry.passage.sourceId),
    passages: chosen.map((scored) => toAnswerPassage(engine, scored, retrieval.concepts)),
    comparison: retrieval.addressing.length >= 2 ? compareSources(engine, retrieval) : null,
    unknownWords: retrieval.unknownWords,
  };
}

function toAnswerPassage(engine: Engine, scored: ScoredPassage, concepts: WeightedConcept[]): AnswerPassage {
  const { passage } = scored.entry;
  const article = engine.articleById.get(passage.sourceId);
  if (!article) throw new Error(`answer: passage ${passage.id} names unknown source ${passage.sourceId}`);
  return {
    id: passage.id,
    sourceId: passage.sourceId,
    paragraph: passage.paragraph,
    heading: passage.heading,
    text: passage.text,
    score: Math.round(scored.score * 1000) / 1000,
    citation: referenceCitation(article, passage),
    inText: inTextCitation(article, passage),
    matched: scored.matched,
    highlights: highlightsOf(scored, concepts),
  };
}

/** The words of a passage, as written, that show the question's concepts. */
function highlightsOf(scored: ScoredPassage, concepts: WeightedConcept[]): string[] {
  const words = new Set<string>();
  for (const { concept } of concepts) {
    for (const { term } of concept.alternatives) for (const word of scored.entry.writtenAs.get(term) ?? []) words.add(word);
  }
  return [...words];
}

export type AskResult = { ok: true; answer: Answer } | { ok: false; message: string };

/** Raw user text → answer, or the specific reason the text cannot be asked. Every front end goes through here. */
export function ask(engine: Engine, raw: string, options: Partial<AnswerOptions> = {}): AskResult {
  const checked = checkQuestion(raw);
  return checked.ok ? { ok: true, answer: answerQuestion(engine, checked.question, options) } : checked;
}
