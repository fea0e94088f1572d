import type { Article, Passage } from "../corpus/types.js";

/** What every style formats: the article's own metadata, the passage, and the article's proper nouns. */
export interface CitationInput {
  article: Article;
  passage: Passage;
  /** Words the article capitalises mid-sentence, kept capitalised in sentence-case titles. */
  properNouns: Set<string>;
}

/** Ends a citation element with a period unless it already ends in terminal punctuation. */
export const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);
