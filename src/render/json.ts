import type { Answer } from "../answer/answer.js";
import type { Comparison, TopicComparison } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";

/** The machine-readable answer: evaluation, benchmarks and other programs rely on exactly this shape. */
export function answerToJson(answer: Answer) {
  return {
    question: answer.question,
    answered: answer.answered,
    confidence: answer.confidence,
    addressedBy: answer.addressedBy,
    others: answer.others,
    missing: answer.missing,
    corrections: answer.corrections,
    passages: answer.passages.map(({ id, sourceId, paragraph, text, score, citation }) => ({
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

/** The comparison's documented shape (quotes without the display-only in-text citation). */
export function comparisonToJson(comparison: Comparison) {
  return {
    sources: comparison.sources.map(({ sourceId, author, quotes, distinctiveTerms, positions, certainty }) => ({
      sourceId,
      author,
      quotes: quotes.map(({ passageId, paragraph, text }) => ({ passageId, paragraph, text })),
      distinctiveTerms,
      positions,
      certainty,
    })),
    sharedTerms: comparison.sharedTerms,
  };
}

export function topicComparisonToJson(topic: TopicComparison) {
  const { question, confidence, addressedBy, others } = topic;
  return { question, confidence, addressedBy, others, ...comparisonToJson(topic.comparison) };
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
