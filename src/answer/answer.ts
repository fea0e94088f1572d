import { inTextCitation, referenceCitation } from "../cite/short-citation.js";
import { type Comparison, compareSources } from "../compare/compare.js";
import type { Engine } from "../engine.js";
import type { Correction } from "../nlp/spelling.js";
import type { FormNotGiven } from "../retrieval/form-check.js";
import { checkQuestion } from "../retrieval/question-input.js";
import {
  type AnswerOptions,
  type Confidence,
  DEFAULT_ANSWER_OPTIONS,
  type NearestPassage,
  retrieve,
} from "../retrieval/retrieve.js";
import { type ScoredPassage, SHOWN_WEIGHT, type WeightedConcept } from "../search/score.js";
import { type ArticleLength, articleLength } from "./article-length.js";

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
  /** True when passages are shown (`direct` or `closest`). */
  answered: boolean;
  confidence: Confidence;
  /** Ids of the sources that address the question (for `closest`: that come closest), most relevant first. */
  addressedBy: string[];
  /** The other sources searched (all, in a corpus of up to 50), each with what of it comes closest, so nothing is said to be silent that is not. */
  others: NearestPassage[];
  passages: AnswerPassage[];
  /** The authors side by side, when two or more sources address the question (or, for `closest`, come close). */
  comparison: Comparison | null;
  /** Words of the question that no article uses: why a question was declined. */
  unknownWords: string[];
  /** Names, nouns and adjectives of the question that no passage shown (nor any related one) shows: why an answer
   * is only `closest`. */
  missing: string[];
  /** Of `missing`, those no passage of the corpus uses, nor a word close to them. */
  usedNowhere: string[];
  /** "How many troops…?", "How much money…?", "When did…?" with no number, amount or time in the passages on it. */
  formNotGiven: FormNotGiven | null;
  /** Likely typos read as other words. */
  corrections: Correction[];
  /** False when the question reads as another language (only English is understood). */
  inEnglish: boolean;
  /** Sources the question names: it is answered from them only, and only they are spoken of. Empty: all searched. */
  namedSources: string[];
  /** The question names sources and asks nothing else about them: their details (title, author or its absence,
   * publisher, date) answer it, with or without an author note to quote. */
  aboutNamedSources: boolean;
  /** For a question about the articles themselves: how long each is (those named; all of a small corpus). */
  articleLengths: Record<string, ArticleLength>;
  /** The question asks for the gist of the articles it is about: the passages are how each opens and ends. */
  openingAndEnding: boolean;
  /** The paragraph asked for by its place ("paragraph 4", "the last paragraph"): the passages are that paragraph. */
  paragraphAsked: number | "last" | null;
}

/** Question → grounded answer: the best passages, which sources address it, or a plain "not covered". */
export function answerQuestion(engine: Engine, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const limit = options.limit ?? DEFAULT_ANSWER_OPTIONS.limit;
  const retrieval = retrieve(engine, question, options);
  const chosen = takeInTurns([...retrieval.addressing, ...retrieval.supporting], limit);
  const bold = boldTerms(engine, retrieval.concepts);
  return {
    question,
    answered: retrieval.confidence !== "none",
    confidence: retrieval.confidence,
    addressedBy: retrieval.addressing.map((s) => s.entry.passage.sourceId),
    others: retrieval.others,
    passages: chosen.map((scored) => toAnswerPassage(engine, scored, bold)),
    // Passages shown for their place (openings and endings, a paragraph asked for) are no views on one question.
    comparison:
      retrieval.addressing.length >= 2 && !retrieval.openingAndEnding && retrieval.paragraphAsked === null
        ? compareSources(engine, retrieval)
        : null,
    unknownWords: retrieval.unknownWords,
    missing: retrieval.missing,
    usedNowhere: retrieval.usedNowhere,
    formNotGiven: retrieval.formNotGiven,
    corrections: retrieval.corrections,
    inEnglish: retrieval.inEnglish,
    namedSources: retrieval.namedSources,
    aboutNamedSources: retrieval.aboutNamedSources,
    articleLengths: retrieval.aboutNamedSources ? lengthsOf(engine, retrieval.namedSources) : {},
    openingAndEnding: retrieval.openingAndEnding,
    paragraphAsked: retrieval.paragraphAsked,
  };
}

/**
 * Passages in rounds, one per source per round (each source's best first, sources in order of their best):
 * so one author never crowds the other out, and each author's second passage comes before a third of another.
 */
function takeInTurns(passages: ScoredPassage[], limit: number): ScoredPassage[] {
  const bySource = new Map<string, ScoredPassage[]>();
  for (const scored of passages) {
    const list = bySource.get(scored.entry.passage.sourceId) ?? [];
    list.push(scored);
    bySource.set(scored.entry.passage.sourceId, list);
  }
  const out: ScoredPassage[] = [];
  for (let round = 0; out.length < Math.min(limit, passages.length); round++) {
    for (const list of bySource.values()) {
      const next = list[round];
      if (next && out.length < limit) out.push(next);
    }
  }
  return out;
}

/** Up to this many articles, a question about the articles as such is told how long each is. */
const LENGTHS_UP_TO = 50;

function lengthsOf(engine: Engine, namedSources: string[]): Record<string, ArticleLength> {
  const ids =
    namedSources.length > 0 ? namedSources : engine.articles.length <= LENGTHS_UP_TO ? engine.articles.map((a) => a.id) : [];
  return Object.fromEntries(ids.map((id) => [id, articleLength(engine, id)]));
}

function toAnswerPassage(engine: Engine, scored: ScoredPassage, bold: string[]): AnswerPassage {
  const { passage } = scored.entry;
  const article = engine.articleOf(passage);
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
    highlights: highlightsOf(engine, scored, bold),
  };
}

/** Above this share of passages a term is what the articles are about, not what makes one passage match. */
const COMMON_TERM_SHARE = 0.4;

/**
 * The terms whose words are bold in the passages shown: faint relations are not shown, nor terms in most
 * passages (bolding "North Korea" in every quote of articles about North Korea tells the reader nothing).
 */
function boldTerms(engine: Engine, concepts: WeightedConcept[]): string[] {
  const common = COMMON_TERM_SHARE * engine.index.entries.length;
  return concepts.flatMap(({ concept }) =>
    concept.alternatives
      .filter(({ term, weight }) => weight >= SHOWN_WEIGHT && engine.index.documentFrequency([term]) <= common)
      .map(({ term }) => term),
  );
}

/** The words of a passage, as written, that make it match the question: the bold terms it holds. */
function highlightsOf(engine: Engine, scored: ScoredPassage, bold: string[]): string[] {
  const words = new Set<string>();
  for (const term of bold) {
    if (!scored.entry.occurrence(term)) continue;
    for (const word of engine.index.writtenIn(scored.entry, term)) words.add(word);
  }
  return [...words];
}

export type AskResult = { ok: true; answer: Answer } | { ok: false; message: string };

/** Raw user text → answer, or the specific reason the text cannot be asked. Every front end goes through here. */
export function ask(engine: Engine, raw: string, options: Partial<AnswerOptions> = {}): AskResult {
  const checked = checkQuestion(raw);
  return checked.ok ? { ok: true, answer: answerQuestion(engine, checked.question, options) } : checked;
}
