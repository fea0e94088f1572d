import { splitName } from "../corpus/author-names.js";
import { type CitationInput, withPeriod } from "./citation-input.js";
import { apaDate } from "./dates.js";
import { sentenceCase } from "./title-case.js";

/**
 * APA 7. A named author is "Family, I."; an unnamed one gives way to the organisation as group author,
 * and the site name is then left out because it repeats the author (APA 7 §9.8, §10.16). No URL: none is given.
 */
export function apa({ article, passage, properNouns }: CitationInput): { reference: string; inText: string } {
  const title = sentenceCase(article.title, properNouns);
  const date = apaDate(article);
  const url = article.url ? ` ${article.url}` : "";
  let reference: string;
  let who: string;
  if (article.author) {
    const { given, family } = splitName(article.author);
    const initials = given.map((name) => `${name.charAt(0)}.`).join(" ");
    who = family;
    reference = `${family}, ${initials} (${date}). ${withPeriod(title)} ${article.publisher}.${url}`;
  } else {
    who = article.publisher;
    reference = `${article.publisher}. (${date}). ${withPeriod(title)}${url}`;
  }
  const locator = passage.paragraph === null ? "" : `, para. ${passage.paragraph}`;
  return { reference, inText: `(${who}, ${date.replace(/,.*$/, "")}${locator})` };
}
