import { parseBodyBlocks } from "./body-blocks.js";
import { splitFrontMatter } from "./front-matter.js";
import type { Article, ParsedArticle } from "./types.js";

/** One thing wrong with a corpus file, precise enough to fix without reading the code. */
export interface CorpusProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: CorpusProblem): string {
  if (problem.field === "folder") return `corpus folder ${problem.file}: ${problem.message}`;
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A real calendar date at year, month or day precision ("2016", "2016-09", "2017-08-21"). */
export function isValidPartialDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === Number(day);
}

type Fields = Record<string, unknown>;

/** Parses one corpus file; returns the article, or every problem found in it. */
export function parseArticle(file: string, source: string): { article: ParsedArticle } | { problems: CorpusProblem[] } {
  const problems: CorpusProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });

  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    return { problems: [{ file, field: "front matter", message: (error as Error).message }] };
  }
  if (typeof split.data !== "object" || split.data === null || Array.isArray(split.data)) {
    return { problems: [{ file, field: "front matter", message: "must be a YAML mapping of fields" }] };
  }
  const { requiredText, textOrNull } = fieldReaders(split.data as Fields, report);

  const id = requiredText("id");
  if (id && !ID_PATTERN.test(id)) report("id", `"${id}" must use lowercase letters, digits and hyphens`);
  const title = requiredText("title");
  const publisher = requiredText("publisher");
  const author = textOrNull("author", true);
  const url = textOrNull("url", false);
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) report("url", `"${url}" is not an http(s) URL`);
  const { date, dateInferred } = readDate(split.data as Fields, report);
  // Optional fields are checked before deciding, so a malformed one is reported rather than dropped.
  const standfirst = textOrNull("standfirst", false);
  const authorNote = textOrNull("authorNote", false);
  const blocks = readBody(split.body, report);

  if (problems.length > 0) return { problems };
  return { article: { id, title, author, publisher, date, dateInferred, url, standfirst, authorNote, file, blocks } };
}

type Report = (field: string, message: string) => void;

function fieldReaders(fields: Fields, report: Report) {
  const requiredText = (name: string): string => {
    const value = fields[name];
    if (value === undefined) report(name, "missing from the front matter");
    else if (typeof value !== "string" || value.trim() === "") report(name, "must be non-empty text");
    return typeof value === "string" ? value.trim() : "";
  };
  // Fields that must be stated even when unknown, so "not given" is a recorded fact, not an omission.
  const textOrNull = (name: string, mustBePresent: boolean): string | null => {
    const value = fields[name];
    if (value === undefined) {
      if (mustBePresent) report(name, "missing: write the value, or null when the source does not give it");
      return null;
    }
    if (value === null) return null;
    if (typeof value !== "string" || value.trim() === "") {
      report(name, "must be non-empty text or null");
      return null;
    }
    return value.trim();
  };
  return { requiredText, textOrNull };
}

function readDate(fields: Fields, report: Report): { date: string; dateInferred: boolean } {
  const rawDate = fields.date;
  const date = rawDate === undefined || rawDate === null ? "" : String(rawDate).trim();
  if (rawDate === undefined) report("date", "missing from the front matter");
  else if (!isValidPartialDate(date))
    report("date", `"${String(rawDate)}" is not a date like 2017-08-21 or 2016-09 (quote it in YAML)`);
  const dateInferred = fields.dateInferred ?? false;
  if (typeof dateInferred !== "boolean") report("dateInferred", "must be true or false");
  return { date, dateInferred: dateInferred === true };
}

/** The body's blocks; at least one paragraph, and no paragraph twice (a paste gone wrong). */
function readBody(body: string, report: Report): ReturnType<typeof parseBodyBlocks> {
  const blocks = parseBodyBlocks(body);
  const paragraphs = blocks.filter((block) => block.kind === "paragraph");
  if (paragraphs.length === 0) report("body", "has no paragraphs");
  const seen = new Map<string, number>();
  paragraphs.forEach((block, index) => {
    const first = seen.get(block.text);
    if (first !== undefined) report("body", `paragraph ${index + 1} repeats paragraph ${first}`);
    else seen.set(block.text, index + 1);
  });
  return blocks;
}

/** Problems that only show across files. */
export function findCrossArticleProblems(articles: Article[]): CorpusProblem[] {
  const problems: CorpusProblem[] = [];
  const byId = new Map<string, string>();
  for (const article of articles) {
    const other = byId.get(article.id);
    if (other) problems.push({ file: article.file, field: "id", message: `"${article.id}" is already used by ${other}` });
    else byId.set(article.id, article.file);
  }
  return problems;
}
