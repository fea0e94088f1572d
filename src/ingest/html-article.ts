import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Block } from "../corpus/types.js";
import { emptyArticle, type IngestedArticle } from "./ingested-article.js";
import { readPageMetadata } from "./page-metadata.js";

const clean = (text: string | null | undefined): string => (text ?? "").replace(/\s+/g, " ").trim();

/** "By Isabel Hilton", "Isabel Hilton | Reporter" → "Isabel Hilton"; null when nothing like a name is left. */
export function nameFromByline(byline: string): string | null {
  const name = clean(byline)
    .replace(/^by\s+/i, "")
    .split(/\s[|•·—–-]\s|,\s/)[0]
    ?.trim();
  return name && /^\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}$/u.test(name) ? name : null;
}

/** Headings and paragraphs of the article's main content, in order, as text. */
function blocksOf(contentHtml: string, title: string | null): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks: Block[] = [];
  for (const element of Array.from(document.querySelectorAll("h1, h2, h3, h4, p, blockquote, li"))) {
    // A paragraph inside a quote or a list item is read with it, once.
    if (element.parentElement?.closest("blockquote, li")) continue;
    const text = clean(element.textContent);
    if (!text) continue;
    if (/^H\d$/.test(element.tagName)) {
      if (text !== title) blocks.push({ kind: "heading", text });
    } else blocks.push({ kind: "paragraph", text });
  }
  return blocks;
}

/**
 * A saved web page → an article: the page's own metadata (Open Graph, citation_* and Dublin Core tags, JSON-LD,
 * canonical link), and its main text as Mozilla's Readability (Firefox's Reader View) finds it, without menus,
 * share buttons, advertisements or "related" lists.
 */
export function readHtmlArticle(html: string, source: string): IngestedArticle {
  const article = emptyArticle(source);
  const { document } = parseHTML(html);
  readPageMetadata(document, article);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!parsed) return article;
  if (article.title === null && parsed.title) {
    article.title = clean(parsed.title);
    article.found.push("title: the page's heading");
  }
  if (article.author === null && parsed.byline) {
    article.author = nameFromByline(parsed.byline);
    if (article.author) article.found.push("author: byline");
  }
  // A byline left in the text ("By Isabel Hilton") is metadata, not a paragraph of the article.
  const blocks = blocksOf(parsed.content ?? "", article.title);
  const first = blocks[0];
  if (first?.kind === "paragraph" && /^by\s/i.test(first.text) && nameFromByline(first.text)) {
    if (article.author === null) {
      article.author = nameFromByline(first.text);
      article.found.push("author: byline");
    }
    blocks.shift();
  }
  article.blocks = blocks;
  return article;
}
