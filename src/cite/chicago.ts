import { splitName } from "../corpus/author-names.js";
import type { CitationInput } from "./citation-input.js";
import { chicagoDate } from "./dates.js";
import { shortTitle, titleCase } from "./title-case.js";

/**
 * Chicago 17, notes and bibliography. With no personal author the organisation stands as author (CMOS
 * 14.84) and is not repeated as the site; paragraphs are located with "par." (CMOS 14.174).
 */
export function chicago({ article, passage }: CitationInput): { note: string; shortNote: string; bibliography: string } {
  const title = titleCase(article.title);
  const date = chicagoDate(article);
  const locator = passage.paragraph === null ? "" : `, par. ${passage.paragraph}`;
  const url = article.url ? `, ${article.url}` : "";
  const bibliographyUrl = article.url ? ` ${article.url}.` : "";
  if (article.author) {
    const { given, family } = splitName(article.author);
    return {
      note: `${article.author}, “${title},” ${article.publisher}, ${date}${locator}${url}.`,
      shortNote: shortNote(family, title, locator),
      bibliography: `${family}, ${given.join(" ")}. “${title}.” ${article.publisher}, ${date}.${bibliographyUrl}`,
    };
  }
  const org = article.publisher;
  return {
    note: `${org}, “${title},” ${date}${locator}${url}.`,
    shortNote: shortNote(org, title, locator),
    bibliography: `${org}. “${title}.” ${date}.${bibliographyUrl}`,
  };
}

/** "Hilton, “Why Russia Holds the Key,” par. 6." — Chicago keeps the comma or period inside the quotation marks. */
const shortNote = (who: string, title: string, locator: string) =>
  locator ? `${who}, “${shortTitle(title)},”${locator.slice(1)}.` : `${who}, “${shortTitle(title)}.”`;
