import { surnameOf } from "../corpus/author-names.js";
import type { Article, Passage } from "../corpus/types.js";
import { readableDate } from "./dates.js";

const yearOf = (article: Article): string => article.date.slice(0, 4);

/** "para. 9", or "author note" for the line about the author; parts of split paragraphs say which part. */
export function locator(passage: Passage): string {
  if (passage.paragraph === null) return "author note";
  return passage.part === null ? `para. ${passage.paragraph}` : `para. ${passage.paragraph}, part ${passage.part}`;
}

/** In-text form used beside quotes: "Hilton 2017, ¶ 9", "BASIC 2016, ¶ 4". */
export function inTextCitation(article: Article, passage: Passage): string {
  const name = surnameOf(article.author) ?? article.publisher;
  const where =
    passage.paragraph === null ? "author note" : `¶ ${passage.paragraph}${passage.part === null ? "" : `.${passage.part}`}`;
  return `${name} ${yearOf(article)}, ${where}`;
}

/** Full one-line reference: author, title, publisher, date, paragraph; absent facts are said to be absent. */
export function referenceCitation(article: Article, passage: Passage): string {
  const author = article.author ?? "author not named";
  const date = `${readableDate(article.date)}${article.dateInferred ? " (date inferred from the text)" : ""}`;
  const url = article.url ?? "no URL given";
  return `${author}, “${article.title}”, ${article.publisher}, ${date}, ${locator(passage)}; ${url}`;
}
