import { inTextCitation } from "../cite/short-citation.js";
import { firstTopicOf } from "../corpus/first-topic.js";
import type { Engine } from "../engine.js";
import { asksForReasons, type Certainty, givesReason, summariseCertainty } from "../nlp/stance-cues.js";
import { checkQuestion } from "../retrieval/question-input.js";
import { type Confidence, type NearestPassage, type Retrieval, retrieve } from "../retrieval/retrieve.js";
import { addCounts } from "../search/passage-profile.js";
import type { ScoredPassage } from "../search/score.js";
import { sum, weightedLogOdds } from "./log-odds.js";

const REASON_BONUS = 1;
/** Weight of a sentence's passage score in its relevance as a quote (DESIGN.md, Comparison, "Says"). */
const PASSAGE_CONTEXT = 1;

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
  /** Its sentences that best state what it says on the question, best first. */
  quotes: ComparisonQuote[];
  /** Its sentence that recommends a course of action in the writer's own voice, if one of its passages on the
   * question has one (`src/nlp/recommendation.ts`); null otherwise: no recommendation is made up. */
  recommendation: ComparisonQuote | null;
  /** Details for those who want them (`--json`, the Details button): terms this source uses markedly more than
   * the others on this question (z of the weighted log-odds), and its hedges and boosters. */
  distinctiveTerms: { term: string; z: number }[];
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
  /**
   * z a distinctive term must clear. Only terms a source uses *more* are shown, so the test is one-sided:
   * 1.645 is 95 %. Two short articles give small counts, so most terms do not clear it, and none is shown.
   */
  minDistinctiveZ: number;
  /**
   * Weight of the corpus prior against the texts compared: α_0 = share × their word count. It damps one-off
   * words without drowning the texts (on the question sets, 1 or more hides almost every term).
   */
  priorShare: number;
  distinctiveTermsPerSource: number;
  sharedTerms: number;
}

export const DEFAULT_COMPARISON_OPTIONS: ComparisonOptions = {
  maxSources: 4,
  passagesPerSource: 5,
  passageScoreRatio: 0.5,
  quotesPerSource: 2,
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
    const profiles = passages.map((p) => engine.profiles.of(p.entry));
    return {
      sourceId,
      passages,
      terms: addCounts(profiles.map((p) => p.terms)),
      nouns: addCounts(profiles.map((p) => p.nouns)),
      certainty: summariseCertainty(profiles.map((p) => p.certainty)),
    };
  });

  const prior = engine.profiles.corpusCounts();
  const sources = sides.map((side): SourceStance => {
    const article = engine.articleById.get(side.sourceId);
    const sentences = rankSentences(side.passages, retrieval);
    const focus = side.terms;
    const rest = addCounts(sides.filter((other) => other !== side).map((other) => other.terms));
    const priorSize = opts.priorShare * (sum(focus) + sum(rest));
    // With one side there is nothing to set its wording against.
    const distinctiveTerms = (rest.size === 0 ? [] : weightedLogOdds(focus, rest, prior, priorSize, opts.minDistinctiveZ))
      .slice(0, opts.distinctiveTermsPerSource)
      .map((result) => ({ term: engine.profiles.labelOf(result.term), z: Math.round(result.z * 100) / 100 }));
    const quoteOf = ({ scored, text }: RankedSentence): ComparisonQuote => ({
      passageId: scored.entry.passage.id,
      paragraph: scored.entry.passage.paragraph,
      text,
      inText: article ? inTextCitation(article, scored.entry.passage) : scored.entry.passage.id,
    });
    const recommending = sentences.find((s) => engine.profiles.of(s.scored.entry).prescriptive[s.index]);
    return {
      sourceId: side.sourceId,
      author: article?.author ?? null,
      quotes: sentences
        .filter((s) => s.onTopic)
        .slice(0, opts.quotesPerSource)
        .map(quoteOf),
      recommendation: recommending ? quoteOf(recommending) : null,
      distinctiveTerms,
      certainty: side.certainty,
    };
  });
  return {
    sources,
    sharedTerms: sharedTerms(
      sides.map((side) => side.nouns),
      opts.sharedTerms,
    ).map((term) => engine.profiles.labelOf(term)),
  };
}

interface RankedSentence {
  scored: ScoredPassage;
  /** Its position among the passage's sentences. */
  index: number;
  text: string;
  /** Whether it shows any idea of the question itself (a recommendation next to one may not). */
  onTopic: boolean;
  /** How well it answers: its coverage and closeness of meaning, plus its passage's score. */
  relevance: number;
}

/** The sentences of a source's relevant passages, most relevant first. */
function rankSentences(passages: ScoredPassage[], retrieval: Retrieval): RankedSentence[] {
  // A "why" question is answered by a sentence that gives a reason, not merely one that shares its words.
  const reasonBonus = asksForReasons(retrieval.question) ? REASON_BONUS : 0;
  const { meaning, scoring } = retrieval;
  return passages
    .flatMap((scored) => {
      const closeness = meaning.sentenceClosenessOf(scored.entry);
      const texts = scored.entry.sentences;
      return scored.sentenceCoverages.map((coverage, i) => {
        const text = texts[i] ?? "";
        const bonus = reasonBonus > 0 && coverage > 0 && givesReason(text) ? reasonBonus : 0;
        // Meaning counts as in passage scores. The passage's own score is added: its context matched the
        // question too, and a sentence of a weaker passage must show more of it to be quoted first.
        const relevance = coverage + scoring.semanticShare * (closeness[i] ?? 0) + bonus + PASSAGE_CONTEXT * scored.score;
        return { scored, index: i, text, onTopic: coverage > 0, relevance };
      });
    })
    .sort((a, b) => b.relevance - a.relevance);
}

/** Terms every side uses, ranked by the smallest count among the sides (shared in earnest, not in passing). */
function sharedTerms(sides: Map<string, number>[], limit: number): string[] {
  const [first, ...rest] = sides;
  if (!first || rest.length === 0) return [];
  return [...first]
    .map(([term, count]) => ({ term, least: Math.min(count, ...rest.map((side) => side.get(term) ?? 0)) }))
    .filter((t) => t.least > 0)
    .sort((a, b) => b.least - a.least || a.term.localeCompare(b.term))
    .slice(0, limit)
    .map((t) => t.term);
}

export interface TopicComparison {
  question: string;
  confidence: Confidence;
  addressedBy: string[];
  /** The other sources searched, with their closest passage, if any. */
  others: NearestPassage[];
  /** Sources the topic names ("Hilton on Syria"): only they were searched. Empty: all were. */
  namedSources: string[];
  /** Every addressing source takes part, even a single one, so `/compare` always shows what there is. */
  comparison: Comparison;
}

export type CompareResult = { ok: true; result: TopicComparison } | { ok: false; message: string };

/** `/compare` and `compare`: a question or a bare topic ("sanctions") → the sources side by side. */
export function compareTopic(engine: Engine, raw: string, options: Partial<ComparisonOptions> = {}): CompareResult {
  const checked = checkQuestion(raw);
  if (!checked.ok) return checked;
  const retrieval = retrieve(engine, checked.question);
  // "compare the two articles" names no topic to set them side by side on: the gist is for /ask.
  if (retrieval.openingAndEnding || retrieval.aboutNamedSources) {
    const example = firstTopicOf(engine.topics);
    return { ok: false, message: `Name a topic to compare the articles on${example ? `, such as “${example}”` : ""}.` };
  }
  return {
    ok: true,
    result: {
      question: checked.question,
      confidence: retrieval.confidence,
      addressedBy: retrieval.addressing.map((s) => s.entry.passage.sourceId),
      others: retrieval.others,
      namedSources: retrieval.namedSources,
      comparison: compareSources(engine, retrieval, options),
    },
  };
}
