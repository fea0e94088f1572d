import { splitName } from "../corpus/author-names.js";
import type { CitationInput } from "./citation-input.js";
import { mlaDate } from "./dates.js";
import { shortTitle, titleCase } from "./title-case.js";

/**
 * MLA 9. With no author named, the entry begins with the title (the organisation that publishes the work
 * is not also listed as its author); the in-text citation then uses a shortened title. URLs drop "https://".
 */
export function mla({ article, passage }: CitationInput): { worksCited: string; inText: string } {
  const title = titleCase(article.title);
  const container = `${article.publisher}, ${mlaDate(article)}`;
  const url = article.url ? ` ${article.url.replace(/^https?:\/\//, "")}.` : "";
  const locator = passage.paragraph === null ? "" : ` par. ${passage.paragraph}`;
  if (article.author) {
    const { given, family } = splitName(article.author);
    return {
      worksCited: `${family}, ${given.join(" ")}. “${title}.” ${container}.${url}`,
      inText: `(${family}${locator})`,
    };
  }
  return { worksCited: `“${title}.” ${container}.${url}`, inText: `(“${shortTitle(title)}”${locator})` };
}
