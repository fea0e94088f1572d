import { parseBodyBlocks } from "../corpus/body-blocks.js";
import { emptyArticle, type IngestedArticle } from "./ingested-article.js";
import { readTextArticle } from "./text-article.js";

/**
 * A Markdown article without front matter → an article: a leading "# Title" is the title, "##" lines are
 * headings, blank-line separated blocks are paragraphs. Without a "# " title it is read as plain text.
 */
export function readMarkdownArticle(markdown: string, source: string): IngestedArticle {
  const text = markdown.replace(/\r\n?/g, "\n");
  const title = /^\s*# (.+)\n/.exec(text);
  if (!title) return readTextArticle(text, source);
  const article = emptyArticle(source);
  article.title = title[1]?.trim() ?? null;
  article.found.push("title: the # heading");
  article.blocks = parseBodyBlocks(text.slice(title[0].length));
  return article;
}
