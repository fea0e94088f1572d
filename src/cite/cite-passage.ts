import { ask } from "../answer/answer.js";
import { lookUpPassage } from "../answer/passage-lookup.js";
import type { Passage } from "../corpus/types.js";
import type { Engine } from "../engine.js";
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

/** Every citation style for one passage; the same passage always gets the same citations. */
export function citePassage(engine: Engine, passage: Passage): PassageCitations {
  const article = engine.articleById.get(passage.sourceId);
  if (!article) throw new Error(`cite: passage ${passage.id} names unknown source ${passage.sourceId}`);
  const body = engine.passages.filter((p) => p.sourceId === article.id).map((p) => p.text);
  const input = { article, passage, properNouns: properNounsOf(body.join("\n")) };
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

export type CitationTarget = { ok: true; passage: Passage } | { ok: false; message: string };

/** A passage id ("hilton-2017#p9") names its passage; anything else is a question whose best passage is cited. */
export function findCitationTarget(engine: Engine, input: string): CitationTarget {
  const text = input.trim();
  if (/^[a-z0-9-]+#\S*$/i.test(text)) {
    const lookup = lookUpPassage(engine, text);
    return lookup.ok ? { ok: true, passage: lookup.found.passage } : lookup;
  }
  const result = ask(engine, text, { limit: 1 });
  if (!result.ok) return result;
  const best = result.answer.passages[0];
  if (!best) return { ok: false, message: "The articles don’t address this, so there is no passage to cite." };
  return { ok: true, passage: engine.index.byId.get(best.id)?.passage as Passage };
}
