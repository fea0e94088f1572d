import { readableDate } from "../cite/dates.js";
import type { Article } from "../corpus/types.js";

/** "Isabel Hilton’s article" / "the BASIC article": how prose names a source, never inventing an author. */
export function articleName(article: Article): string {
  return article.author ? `${article.author}’s article` : `the ${article.publisher} article`;
}

/** One line per source: title, who, where, when — and what is unknown said to be unknown. */
export function sourceLine(article: Article): string {
  const author = article.author ?? "author not named";
  const date = `${readableDate(article.date)}${article.dateInferred ? " (inferred from the text)" : ""}`;
  return `“${article.title}” — ${author}, ${article.publisher}, ${date}`;
}

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Which sources address the question, in words: every source is named, so a reader knows what was
 * searched and what was silent.
 */
export function coverageSentence(addressedBy: string[], articles: Article[]): string {
  const addressing = articles.filter((a) => addressedBy.includes(a.id));
  const silent = articles.filter((a) => !addressedBy.includes(a.id));
  if (addressing.length === 0) return "None of the articles addresses this.";
  if (silent.length === 0) return articles.length === 2 ? "Both articles address this." : "All the articles address this.";
  const list = (items: Article[]) => items.map(articleName).join(", ");
  const lead =
    addressing.length === 1 ? `Only ${list(addressing)} addresses this` : `${capitalise(list(addressing))} address this`;
  return `${lead}; ${list(silent)} ${silent.length === 1 ? "does" : "do"} not discuss it.`;
}

/** What to say instead of quoting something loosely related: what was missing and what the corpus covers. */
export function declineLines(unknownWords: string[], articles: Article[], topics: Map<string, string[]>): string[] {
  const lines = ["The articles don’t address this, so there is nothing to quote."];
  if (unknownWords.length > 0) lines.push(`They never mention: ${unknownWords.join(", ")}.`);
  lines.push("What they do cover:");
  for (const article of articles) {
    const about = topics.get(article.id) ?? [];
    lines.push(`• ${sourceLine(article)}${about.length > 0 ? ` — about ${about.join(", ")}` : ""}`);
  }
  return lines;
}
