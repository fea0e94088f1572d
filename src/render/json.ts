import type { Answer } from "../answer/answer.js";
import type { Article } from "../corpus/types.js";

/** The machine-readable answer: evaluation, benchmarks and other programs rely on exactly this shape. */
export function answerToJson(answer: Answer) {
  return {
    question: answer.question,
    answered: answer.answered,
    addressedBy: answer.addressedBy,
    passages: answer.passages.map(({ id, sourceId, paragraph, text, score, citation }) => ({
      id,
      sourceId,
      paragraph,
      text,
      score,
      citation,
    })),
    comparison: null,
  };
}

export function sourcesToJson(articles: Article[]) {
  return articles.map(({ id, title, author, publisher, date, url }) => ({ id, title, author, publisher, date, url }));
}
