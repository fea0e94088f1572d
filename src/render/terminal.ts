import type { Answer } from "../answer/answer.js";
import type { TopicComparison } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import { renderComparisonText } from "./comparison-text.js";
import { leadPassages } from "./lead-passages.js";
import { answerHeader, declineLines, moreArticles, sourceLine, suggestionLine, topicHeader } from "./source-labels.js";

export interface TerminalContext {
  articles: Article[];
  topics: Map<string, string[]>;
}

/** How much of an answer the terminal shows: short (about a screen) unless the reader asked for everything. */
export interface TextView {
  full: boolean;
  /** How the reader gets the rest ("add --full"); said under a short answer that leaves something out. */
  moreHint: string;
}

/**
 * An answer as plain terminal text: verbatim quotes, each with its in-text citation and passage id. Short by
 * default: the best passage of each addressing author and the comparison in brief; `full`: every passage and
 * the whole comparison with its measures.
 */
export function renderAnswerText(
  answer: Answer,
  context: TerminalContext,
  view: TextView = { full: false, moreHint: "add --full" },
): string {
  const lines = [`Q: ${answer.question}`, ""];
  if (!answer.answered) {
    const suggestion = answer.inEnglish ? suggestionLine(context.topics, "type compare") : "";
    return [...lines, ...declineLines(context.articles, context.topics, { ...answer, suggestion })].join("\n");
  }
  lines.push(...answerHeader(answer, context.articles, suggestionLine(context.topics, "type compare")), "");
  const shown = view.full ? answer.passages : leadPassages(answer);
  shown.forEach((passage, i) => {
    lines.push(`${i + 1}. “${passage.text}”`, `   — ${passage.inText} [${passage.id}]`, "");
  });
  if (answer.comparison) {
    const comparisonView = view.full ? "full" : "compact";
    const comparison = renderComparisonText(answer.comparison, context.articles, comparisonView, {
      withDetails: view.full,
      shownPassages: shown,
    });
    lines.push("Side by side:", comparison, "");
  }
  const hidden = answer.passages.length - shown.length;
  if (hidden > 0) {
    const rest = `${hidden} more passage${hidden === 1 ? "" : "s"}${answer.comparison ? " and the whole comparison" : ""}`;
    lines.push(`(${rest}: ${view.moreHint})`, "");
  }
  lines.push("Sources:");
  for (const article of context.articles.filter((a) => answer.addressedBy.includes(a.id))) lines.push(`• ${sourceLine(article)}`);
  return lines.join("\n");
}

export function renderSourcesText(articles: Article[], topics: Map<string, string[]>, limit = articles.length): string {
  const more = articles.length - limit;
  const listed = articles
    .slice(0, limit)
    .map((article) => {
      const about = topics.get(article.id) ?? [];
      return [
        `${article.id}: ${sourceLine(article)}`,
        `   URL: ${article.url ?? "not given by the source"}`,
        ...(about.length > 0 ? [`   About: ${about.join(", ")}`] : []),
      ].join("\n");
    })
    .join("\n\n");
  return more > 0 ? `${listed}\n\n…and ${moreArticles(more)} (npm run sources lists every one).` : listed;
}

/** `compare`: the full comparison, or what the articles cover when none addresses the topic. */
export function renderTopicComparisonText(topic: TopicComparison, context: TerminalContext): string {
  const lines = [`Compare: ${topic.question}`, ""];
  if (topic.addressedBy.length === 0) return [...lines, ...declineLines(context.articles, context.topics, topic)].join("\n");
  lines.push(topicHeader(topic, context.articles), "", renderComparisonText(topic.comparison, context.articles, "full"));
  return lines.join("\n");
}
