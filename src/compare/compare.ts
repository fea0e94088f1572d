import { type Retrieval, retrieve } from "../answer/answer.js";
import { checkQuestion } from "../answer/question-input.js";
import { inTextCitation } from "../cite/short-citation.js";
import type { Engine } from "../engine.js";
import { countTerms, type TermCount } from "../nlp/analyzer.js";
import type { ScoredPassage } from "../search/score.js";
import { sentenceCoverages } from "../search/score.js";
import { weightedLogOdds } from "./log-odds.js";
import { asksForReasons, type Certainty, givesReason, isPrescriptive, measureCertainty } from "./stance-cues.js";

const REASON_BONUS = 1;

export interface ComparisonQuote {
  passageId: string;
  paragraph: number | null;
  /** A verbatim sentence of the passage. */
  text: string;
  /** "Hilton 2017, ¶ 9". */
  inText: string;
}

/** Where one source stands on the question, in its own words and by measures of its wording. */
export interface SourceStance {
  sourceId: string;
  /** null when the article names no author. */
  author: string | null;
  quotes: ComparisonQuote[];
  /** Terms this source uses markedly more than the others on this question (z of the weighted log-odds). */
  distinctiveTerms: { term: string; z: number }[];
  /** Its sentences on the question that recommend rather than describe, verbatim. */
  positions: string[];
  certainty: Certainty;
}

export interface Comparison {
  /** Most relevant source first. */
  sources: SourceStance[];
  /** People, places and ideas every source brings up in what it says about the question. */
  sharedTerms: string[];
}

/** Bounds of a comparison; documented in DESIGN.md. */
export interface ComparisonOptions {
  /** Sources compared at most (the most relevant), so the message fits. */
  maxSources: number;
  /** Passages per source read as "what it says about the question". */
  passagesPerSource: number;
  /** A further passage must score this share of the source's best to count. */
  passageScoreRatio: number;
  quotesPerSource: number;
  positionsPerSource: number;
  /**
   * z a distinctive term must clear. Only terms a source uses *more* are shown, so the test is one-sided:
   * 1.645 is 95 %. Two short articles give small counts, so most terms do not clear it, and none is shown.
   */
  minDistinctiveZ: number;
  /** Weight of the corpus prior against the texts compared (α_0 = share × their word count): it damps
   * one-off words without drowning the texts (tuned on the question sets: 1 or more hides almost every term). */
  priorShare: number;
  distinctiveTermsPerSource: number;
  sharedTerms: number;
}

export const DEFAULT_COMPARISON_OPTIONS: ComparisonOptions = {
  maxSources: 4,
  passagesPerSource: 5,
  passageScoreRatio: 0.5,
  quotesPerSource: 2,
  positionsPerSource: 2,
  minDistinctiveZ: 1.645,
  priorShare: 0.5,
  distinctiveTermsPerSource: 5,
  sharedTerms: 8,
};

/** The sources that address a question, side by side. Describes; never claims the authors agree or differ. */
export function compareSources(engine: Engine, retrieval: Retrieval, options: Partial<ComparisonOptions> = {}): Comparison {
  const opts = { ...DEFAULT_COMPARISON_OPTIONS, ...options };
  const sides = retrieval.addressing.slice(0, opts.maxSources).map((best) => {
    const sourceId = best.entry.passage.sourceId;
    const further = retrieval.supporting.filter(
      (s) => s.entry.passage.sourceId === sourceId && s.score >= opts.passageScoreRatio * best.score,
    );
    const passages = [best, ...further].slice(0, opts.passagesPerSource);
    const text = passages.map((p) => p.entry.passage.text).join("\n\n");
    const terms = countTerms(engine.analyzer.labelledTerms(text));
    // Common ground is told in people, places and things: shared verbs ("maintaining") say little.
    const nouns = countTerms(engine.analyzer.labelledTerms(text, true));
    return { sourceId, passages, text, terms, nouns };
  });

  const prior = corpusTermCounts(engine);
  const sources = sides.map((side): SourceStance => {
    const article = engine.articleById.get(side.sourceId);
    const sentences = rankSentences(side.passages, retrieval);
    const others = sides.filter((other) => other !== side).flatMap((other) => other.terms);
    const labels = new Map(side.terms.map((t) => [t.term, t.label]));
    const focus = asCounts(side.terms);
    const rest = asCounts(others);
    const priorSize = opts.priorShare * (side.terms.length + others.length);
    // With one side there is nothing to set its wording against.
    const distinctiveTerms = (others.length === 0 ? [] : weightedLogOdds(focus, rest, prior, priorSize))
      .filter((result) => result.z >= opts.minDistinctiveZ && labels.has(result.term))
      .slice(0, opts.distinctiveTermsPerSource)
      .map((result) => ({ term: labels.get(result.term) as string, z: Math.round(result.z * 100) / 100 }));
    return {
      sourceId: side.sourceId,
      author: article?.author ?? null,
      quotes: sentences
        .filter((s) => s.onTopic)
        .slice(0, opts.quotesPerSource)
        .map(({ scored, text }) => ({
        passageId: scored.entry.passage.id,
        paragraph: scored.entry.passage.paragraph,
        text,
        inText: article ? inTextCitation(article, scored.entry.passage) : scored.entry.passage.id,
      })),
      distinctiveTerms,
      positions: sentences
        .filter((s) => isPrescriptive(s.text))
        .slice(0, opts.positionsPerSource)
        .map((s) => s.text),
      certainty: measureCertainty(side.text),
    };
  });
  return {
    sources,
    sharedTerms: sharedTerms(
      sides.map((side) => side.nouns),
      opts.sharedTerms,
    ),
  };
}

interface RankedSentence {
  scored: ScoredPassage;
  text: string;
  /** Whether it shows any idea of the question itself (a recommendation next to one may not). */
  onTopic: boolean;
  coverage: number;
}

/** The sentences of a source's relevant passages, most relevant first. */
function rankSentences(passages: ScoredPassage[], retrieval: Retrieval): RankedSentence[] {
  // A "why" question is answered by a sentence that gives a reason, not merely one that shares its words.
  const reasonBonus = asksForReasons(retrieval.question) ? REASON_BONUS : 0;
  return passages
    .flatMap((scored) =>
      sentenceCoverages(scored.entry, retrieval.concepts).map((coverage, i) => {
        const text = scored.entry.sentences[i] as string;
        const bonus = coverage > 0 && givesReason(text) ? reasonBonus : 0;
        // Ties go to the better passage: its sentences sit in the context that matched.
        return { scored, text, onTopic: coverage > 0, coverage: coverage + bonus + 0.01 * scored.score };
      }),
    )
    .sort((a, b) => b.coverage - a.coverage);
}

const asCounts = (terms: TermCount[]) => {
  const counts = new Map<string, number>();
  for (const { term, count } of terms) counts.set(term, (counts.get(term) ?? 0) + count);
  return counts;
};

/** Terms every side uses, ranked by the smallest count among the sides (shared in earnest, not in passing). */
function sharedTerms(sides: TermCount[][], limit: number): string[] {
  const [first, ...rest] = sides;
  if (!first || rest.length === 0) return [];
  const others = rest.map(asCounts);
  return first
    .map((t) => ({ label: t.label, least: Math.min(t.count, ...others.map((o) => o.get(t.term) ?? 0)) }))
    .filter((t) => t.least > 0)
    .sort((a, b) => b.least - a.least || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map((t) => t.label);
}

// The prior of the log-odds: the whole corpus, counted once per engine.
const priors = new WeakMap<Engine, Map<string, number>>();
function corpusTermCounts(engine: Engine): Map<string, number> {
  let counts = priors.get(engine);
  if (!counts) {
    counts = asCounts(countTerms(engine.passages.flatMap((p) => engine.analyzer.labelledTerms(p.text))));
    priors.set(engine, counts);
  }
  return counts;
}

export interface TopicComparison {
  question: string;
  addressedBy: string[];
  /** Every addressing source takes part, even a single one, so `/compare` always shows what there is. */
  comparison: Comparison;
}

export type CompareResult = { ok: true; result: TopicComparison } | { ok: false; message: string };

/** `/compare` and `compare`: a question or a bare topic ("sanctions") → the sources side by side. */
export function compareTopic(engine: Engine, raw: string, options: Partial<ComparisonOptions> = {}): CompareResult {
  const checked = checkQuestion(raw);
  if (!checked.ok) return checked;
  const retrieval = retrieve(engine, checked.question);
  return {
    ok: true,
    result: {
      question: checked.question,
      addressedBy: retrieval.addressing.map((s) => s.entry.passage.sourceId),
      comparison: compareSources(engine, retrieval, options),
    },
  };
}
