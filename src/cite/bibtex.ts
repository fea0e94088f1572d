import { splitName } from "../corpus/author-names.js";
import type { CitationInput } from "./citation-input.js";
import { dateParts } from "./dates.js";

const MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Escapes the characters BibTeX treats specially. */
const escapeBibtex = (text: string) => text.replace(/([&%$#_{}])/g, "\\$1").replace(/~/g, "\\textasciitilde{}");

/**
 * BibTeX: @article for a named writer in a periodical, @misc for an unsigned web piece, whose organisation
 * is braced as a corporate author so BibTeX does not read it as a person. What the source lacks is said in `note`.
 */
export function bibtex({ article }: CitationInput): string {
  const { year, month } = dateParts(article.date);
  const firstWord = (article.title.toLowerCase().match(/[a-z]+/g) ?? ["untitled"]).find((w) => w.length > 3) ?? "untitled";
  const notes = [
    article.author ? null : "No author named",
    article.dateInferred ? "date inferred from the text" : null,
    article.url ? null : "no URL given",
  ].filter(Boolean);
  const name = article.author ? splitName(article.author) : null;
  // An organisation is braced so BibTeX does not read it as a person's name.
  const author = name ? escapeBibtex(`${name.family}, ${name.given.join(" ")}`) : `{${escapeBibtex(article.publisher)}}`;
  const key = `${(name ? name.family : article.publisher).toLowerCase().replace(/[^a-z0-9]/g, "")}${year}${firstWord}`;
  const fields: [string, string][] = [
    ["author", `{${author}}`],
    ["title", `{{${escapeBibtex(article.title)}}}`],
    [article.author ? "journal" : "howpublished", `{${escapeBibtex(article.publisher)}}`],
    ["year", `{${year}}`],
    ...(month !== null ? ([["month", MONTH_MACROS[month - 1] ?? String(month)]] as [string, string][]) : []),
    ...(article.url ? ([["url", `{${article.url}}`]] as [string, string][]) : []),
    ...(notes.length > 0 ? ([["note", `{${escapeBibtex(notes.join("; "))}}`]] as [string, string][]) : []),
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join("\n");
  return `@${article.author ? "article" : "misc"}{${key},\n${body}\n}`;
}
