import type { Answer } from "../answer/answer.js";
import type { TopicComparison } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import { renderComparisonText } from "./comparison-text.js";
import { answerHeader, declineLines, sourceLine, suggestionLine, topicHeader } from "./source-labels.js";

export interface TerminalContext {
  articles: Article[];
  topics: Map<string, string[]>;
}

/** An answer as plain terminal text: verbatim quotes, each with its in-text citation and passage id. */
export function renderAnswerText(answer: Answer, context: TerminalContext): string {
  const lines = [`Q: ${answer.question}`, ""];
  if (!answer.answered) {
    const suggestion = answer.inEnglish ? suggestionLine(context.topics, "type compare") : "";
    return [...lines, ...declineLines(answer.unknownWords, context.articles, context.topics, answer.inEnglish, suggestion)].join(
      "\n",
    );
  }
  lines.push(...answerHeader(answer, context.articles, suggestionLine(context.topics, "type compare")), "");
  answer.passages.forEach((passage, i) => {
    lines.push(`${i + 1}. “${passage.text}”`, `   — ${passage.inText} [${passage.id}]`, "");
  });
  if (answer.comparison) lines.push("Side by side:", renderComparisonText(answer.comparison, context.articles), "");
  lines.push("Sources:");
  for (const article of context.articles.filter((a) => answer.addressedBy.includes(a.id))) lines.push(`• ${sourceLine(article)}`);
  return lines.join("\n");
}

export function renderSourcesText(articles: Article[], topics: Map<string, string[]>): string {
  return articles
    .map((article) => {
      const about = topics.get(article.id) ?? [];
      return [
        `${article.id}: ${sourceLine(article)}`,
        `   URL: ${article.url ?? "not given by the source"}`,
        ...(about.length > 0 ? [`   About: ${about.join(", ")}`] : []),
      ].join("\n");
    })
    .join("\n\n");
}

/** `compare`: the full comparison, or what the articles cover when none addresses the topic. */
export function renderTopicComparisonText(topic: TopicComparison, context: TerminalContext): string {
  const lines = [`Compare: ${topic.question}`, ""];
  if (topic.addressedBy.length === 0) return [...lines, ...declineLines([], context.articles, context.topics)].join("\n");
  lines.push(topicHeader(topic, context.articles), "", renderComparisonText(topic.comparison, context.articles));
  return lines.join("\n");
}
