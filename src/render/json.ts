import type { Answer } from "../answer/answer.js";
import type { Comparison, ComparisonQuote, TopicComparison } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import type { FormAsked } from "../retrieval/form-check.js";

/** The machine-readable answer: evaluation, benchmarks and other programs rely on exactly this shape. */
export function answerToJson(answer: Answer) {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    addressedBy: answer.addressedBy,
    others: answer.others,
    missing: answer.missing,
    usedNowhere: answer.usedNowhere,
    // Three fields, as programs reading this shape have known them.
    countNotGiven: notGivenOf(answer, "count"),
    amountNotGiven: notGivenOf(answer, "amount"),
    timeNotGiven: answer.formNotGiven?.asked === "time",
    corrections: answer.corrections,
    namedSources: answer.namedSources,
    aboutNamedSources: answer.aboutNamedSources,
    openingAndEnding: answer.openingAndEnding,
    paragraphAsked: answer.paragraphAsked,
    // Best first by score, with the rank (the text answer interleaves the sources instead).
    passages: [...answer.passages]
      .sort((a, b) => b.score - a.score)
      .map(({ id, sourceId, paragraph, text, score, citation }, i) => ({
        rank: i + 1,
        id,
        sourceId,
        paragraph,
        text,
        score,
        citation,
      })),
    comparison: answer.comparison && comparisonToJson(answer.comparison),
  };
}

/** What was counted or measured, for a count or an amount not given; null when that form was not asked or was given. */
const notGivenOf = ({ formNotGiven }: Answer, asked: FormAsked): string | null =>
  formNotGiven?.asked === asked ? formNotGiven.of : null;

const jsonQuote = ({ passageId, paragraph, text }: ComparisonQuote) => ({ passageId, paragraph, text });

/** The comparison's documented shape (quotes without the display-only in-text citation). */
export function comparisonToJson(comparison: Comparison) {
  return {
    sources: comparison.sources.map(({ sourceId, author, quotes, recommendation, distinctiveTerms, certainty }) => ({
      sourceId,
      author,
      quotes: quotes.map(jsonQuote),
      recommendation: recommendation && jsonQuote(recommendation),
      distinctiveTerms,
      certainty,
    })),
    sharedTerms: comparison.sharedTerms,
  };
}

export function topicComparisonToJson(topic: TopicComparison) {
  const { question, confidence, addressedBy, others, namedSources } = topic;
  return { question, confidence, addressedBy, others, namedSources, ...comparisonToJson(topic.comparison) };
}

export function sourcesToJson(articles: Article[]) {
  return articles.map(({ id, title, author, publisher, date, dateInferred, url }) => ({
    id,
    title,
    author,
    publisher,
    date,
    dateInferred,
    url,
  }));
}
