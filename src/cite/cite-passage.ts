import type { Article, Passage } from "../corpus/types.js";
import { apa } from "./apa.js";
import { bibtex } from "./bibtex.js";
import { chicago } from "./chicago.js";
import { mla as mlaStyle } from "./mla.js";
import { referenceCitation } from "./short-citation.js";
import { textFragmentUrl } from "./text-fragment.js";
import { properNounsOf } from "./title-case.js";

export const CITATION_STYLES = ["apa", "mla", "chicago-note", "chicago-bibliography", "bibtex", "plain"] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

export interface PassageCitations {
  passageId: string;
  /** The passage, verbatim. */
  quote: string;
  /** A link to the quote itself (a text fragment), when the source has a URL. */
  link: string | null;
  styles: {
    apa: { reference: string; inText: string };
    mla: { worksCited: string; inText: string };
    "chicago-note": { full: string; short: string };
    "chicago-bibliography": string;
    bibtex: string;
  };
  /** The quote followed by its source, for pasting as is. */
  plain: string;
  /** What the source does not give, said plainly. */
  notes: string[];
}

/**
 * Every citation style for one passage of an article whose body text is given (its proper nouns keep their
 * capitals in sentence-case titles); the same passage always gets the same citations.
 */
export function citePassage(article: Article, passage: Passage, articleText: string): PassageCitations {
  const input = { article, passage, properNouns: properNounsOf(articleText) };
  const { note, shortNote, bibliography } = chicago(input);
  const link = article.url ? textFragmentUrl(article.url, passage.text) : null;
  const notes = [
    ...(article.author
      ? []
      : [
          `The article names no author; each style's rule for that case is used (${article.publisher} as group author, or the title first).`,
        ]),
    ...(article.dateInferred ? ["The date is inferred from the text, and marked so where the style allows."] : []),
    ...(article.url ? [] : ["The received copy gives no URL, so none is cited."]),
  ];
  return {
    passageId: passage.id,
    quote: passage.text,
    link,
    styles: {
      apa: apa(input),
      mla: mlaStyle(input),
      "chicago-note": { full: note, short: shortNote },
      "chicago-bibliography": bibliography,
      bibtex: bibtex(input),
    },
    plain: `“${passage.text}”\n— ${referenceCitation(article, passage)}${link ? `\n${link}` : ""}`,
    notes,
  };
}
