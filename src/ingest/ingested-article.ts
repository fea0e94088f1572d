import type { Block } from "../corpus/types.js";

/** What ingest read from one file: every fact either found in the file (and where) or null, never guessed. */
export interface IngestedArticle {
  /** The file it came from. */
  source: string;
  title: string | null;
  author: string | null;
  publisher: string | null;
  /** As precise as the file gives it: "2017-08-21", "2016-09" or "2016". */
  date: string | null;
  url: string | null;
  standfirst: string | null;
  authorNote: string | null;
  blocks: Block[];
  /** Where each fact was found ("title: og:title"), for the report. */
  found: string[];
}

/** An article with nothing found yet. */
export const emptyArticle = (source: string): IngestedArticle => ({
  source,
  title: null,
  author: null,
  publisher: null,
  date: null,
  url: null,
  standfirst: null,
  authorNote: null,
  blocks: [],
  found: [],
});
