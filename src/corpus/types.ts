/** One article of the corpus, as its front matter describes it. Absent facts stay null: never guessed. */
export interface Article {
  id: string;
  title: string;
  /** null when the article names no author. */
  author: string | null;
  publisher: string;
  /** ISO date as precise as known: "2017-08-21" or "2016-09". */
  date: string;
  /** true when the date is inferred from the text rather than printed with the article. */
  dateInferred: boolean;
  /** null when the received copy gives no URL. */
  url: string | null;
  standfirst: string | null;
  /** A line about the author printed with the article (not a body paragraph). */
  authorNote: string | null;
  /** The corpus file the article was read from, for messages. */
  file: string;
}

/** An article as read from its file: its facts and its body (which the index keeps as passages). */
export interface ParsedArticle extends Article {
  blocks: Block[];
}

export type Block = { kind: "heading"; text: string } | { kind: "paragraph"; text: string };

/** The unit the bot quotes: a paragraph, or a run of whole sentences of a very long one. */
export interface Passage {
  /** Stable id, e.g. "hilton-2017#p9" or "hilton-2017#p9.2" for the second part of a split paragraph. */
  id: string;
  sourceId: string;
  /** Paragraph number as a reader counts it (headings are not paragraphs); null for the author note. */
  paragraph: number | null;
  /** 1-based part of a split paragraph; null when the paragraph is whole. */
  part: number | null;
  heading: string | null;
  /** Verbatim text from the article. */
  text: string;
}
