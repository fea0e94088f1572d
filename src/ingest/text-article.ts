import type { Block } from "../corpus/types.js";
import { normaliseDate } from "./dates.js";
import { nameFromByline } from "./html-article.js";
import { emptyArticle, type IngestedArticle } from "./ingested-article.js";

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
/** A sentence of the article: long enough, and ending as sentences end. */
export const isProse = (line: string) => words(line) >= 8 && /[.!?…]["”’)]?$/.test(line);
/** A heading between paragraphs: short, no final full stop ("Where do we now stand?"). */
const isHeading = (line: string) => words(line) <= 12 && !/[.,;:]$/.test(line) && !/^\d+\.\s/.test(line);
const isByline = (line: string) => /^by\s/i.test(line) && nameFromByline(line) !== null;

/**
 * A plain-text copy of an article (as pasted or saved from a page) → an article. Pages pasted as text carry
 * site furniture around the article (menus, share lines, "content from our partners"); what is read is:
 * - the title: the first line of three or more words that is not a sentence, a list item or a date;
 * - a date printed on a line of its own, a byline ("By Isabel Hilton") and, between title and byline, a
 *   one-sentence standfirst;
 * - the body: sentences-long paragraphs from after the byline (or title) to the last such paragraph, with the
 *   short lines between them that head what follows; a line about the author ("Isabel Hilton is …") is the
 *   author note. Furniture before the title and after the last paragraph is left out.
 */
export function readTextArticle(text: string, source: string): IngestedArticle {
  const article = emptyArticle(source);
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    // Verbatim: quotes are checked against the articles as received, so only the ends of lines are trimmed.
    .map((line) => line.trim())
    .filter(Boolean);
  const titleAt = lines.findIndex((line) => words(line) >= 3 && !isProse(line) && isHeading(line) && !normaliseDate(line));
  if (titleAt >= 0) {
    article.title = lines[titleAt] ?? null;
    article.found.push("title: first line that reads as a title");
  }
  for (const line of lines.slice(0, Math.max(0, titleAt) + 4)) {
    const date = normaliseDate(line);
    if (date && article.date === null) {
      article.date = date;
      article.found.push(`date: the line "${line}"`);
    }
  }
  const bylineAt = lines.findIndex((line, i) => i > titleAt && i <= titleAt + 3 && isByline(line));
  if (bylineAt >= 0) {
    article.author = nameFromByline(lines[bylineAt] ?? "");
    article.found.push(`author: the byline "${lines[bylineAt]}"`);
    const between = lines.slice(titleAt + 1, bylineAt).filter((line) => !normaliseDate(line));
    if (between.length === 1 && /[.!?]$/.test(between[0] ?? "")) {
      article.standfirst = between[0] ?? null;
      article.found.push("standfirst: the sentence between title and byline");
    }
  }
  const start = Math.max(titleAt, bylineAt) + 1;
  const lastProse = lines.reduce((last, line, i) => (i >= start && isProse(line) ? i : last), -1);
  const blocks: Block[] = [];
  const body = lines.slice(start, lastProse + 1);
  body.forEach((line, i) => {
    // A short question standing before a paragraph heads it ("What does Syria have to do with it?").
    const asksWhatFollows = /\?$/.test(line) && isHeading(line) && isProse(body[i + 1] ?? "");
    if (isProse(line) && !asksWhatFollows) blocks.push({ kind: "paragraph", text: line });
    else if (isHeading(line)) blocks.push({ kind: "heading", text: line });
  });
  // What follows the last paragraph is furniture, except a line about the author.
  const note = lines
    .slice(lastProse + 1)
    .find((line) => article.author !== null && line.startsWith(`${article.author} `) && words(line) <= 40);
  if (note) {
    article.authorNote = note;
    article.found.push("authorNote: the line about the author after the article");
  }
  article.blocks = blocks;
  return article;
}
