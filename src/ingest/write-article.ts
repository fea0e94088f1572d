import { stringify } from "yaml";
import type { IngestedArticle } from "./ingested-article.js";

/** What a corpus file needs that nothing in the received file gave: said in the file and in the report. */
export function missingFields(article: IngestedArticle): string[] {
  const missing: string[] = [];
  if (article.title === null) missing.push("title");
  if (article.publisher === null) missing.push("publisher");
  if (article.date === null) missing.push("date");
  if (article.blocks.every((b) => b.kind !== "paragraph")) missing.push("body (no paragraph found)");
  return missing;
}

const yamlLine = (key: string, value: unknown) => stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();

/**
 * The corpus file for an ingested article: front matter in the corpus's format, then the body in Markdown.
 * Facts not found stay null with a comment saying so: the bot then says "not given" rather than invent them;
 * title, publisher and date are required, so check-corpus names them until they are filled in.
 */
export function articleToMarkdown(article: IngestedArticle, id: string, receivedAs: string): string {
  const lines = [
    "---",
    "",
    `# Made by npm run ingest from ${receivedAs}. Found: ${article.found.map((f) => f.split(":")[0]).join(", ") || "nothing"}.`,
  ];
  const field = (key: string, value: string | null, ifMissing: string) => {
    if (value === null) lines.push(`# ${ifMissing}`);
    lines.push(yamlLine(key, value));
  };
  lines.push(yamlLine("id", id));
  field("title", article.title, "REQUIRED: no title was found in the file; write the article's title.");
  if (article.standfirst !== null) lines.push(yamlLine("standfirst", article.standfirst));
  field("author", article.author, "No author was found: leave null if the article names none.");
  if (article.authorNote !== null) lines.push(yamlLine("authorNote", article.authorNote));
  field("publisher", article.publisher, "REQUIRED: no publisher was found in the file; write who published it.");
  field(
    "date",
    article.date,
    'REQUIRED: no date was found; write it ("2017-08-21", "2016-09"), with dateInferred: true if read from the text.',
  );
  lines.push(yamlLine("dateInferred", false));
  field("url", article.url, "No URL was found: leave null if the source gives none.");
  lines.push(yamlLine("receivedAs", receivedAs), "---", "");
  for (const block of article.blocks) lines.push(block.kind === "heading" ? `## ${block.text}` : block.text, "");
  return lines.join("\n");
}
