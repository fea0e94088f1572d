import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { ParsedArticle } from "./types.js";
import { type CorpusProblem, findCrossArticleProblems, formatProblem, parseArticle } from "./validate-article.js";

/** Thrown when the corpus cannot be used; the message lists every problem, one per line. */
export class CorpusError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "CorpusError";
  }
}

/** Told of each corpus file as it is read (its name in the folder, its bytes): what the index fingerprints. */
export type FileRead = (name: string, bytes: Buffer) => void;

export interface CorpusCheck {
  articles: ParsedArticle[];
  problems: CorpusProblem[];
}

/** Reads every *.md file of the folder and reports all problems rather than stopping at the first. */
export function checkCorpus(dir: string, onRead: FileRead = () => {}): CorpusCheck {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      articles: [],
      problems: [{ file: dir, field: "folder", message: "not found: set CORPUS_DIR or --corpus to a folder of .md articles" }],
    };
  }
  const files = readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort();
  if (files.length === 0) {
    return { articles: [], problems: [{ file: dir, field: "folder", message: "holds no .md articles" }] };
  }
  const articles: ParsedArticle[] = [];
  const problems: CorpusProblem[] = [];
  for (const file of files) {
    if (!statSync(join(dir, file)).isFile()) {
      problems.push({ file: join(dir, file), field: "file", message: "is a folder, not an article: rename it or move it out" });
      continue;
    }
    // Problems name the file with its folder, so it is clear which corpus they are in.
    const bytes = readFileSync(join(dir, file));
    onRead(file, bytes);
    const result = parseArticle(join(dir, file), bytes.toString("utf8"));
    if ("article" in result) articles.push(result.article);
    else problems.push(...result.problems);
  }
  problems.push(...findCrossArticleProblems(articles));
  return { articles, problems };
}

/** The articles of a valid corpus; throws CorpusError on any problem, so the bot never starts on a bad one. */
export function loadCorpus(dir: string, onRead?: FileRead): ParsedArticle[] {
  const { articles, problems } = checkCorpus(dir, onRead);
  if (problems.length > 0) throw new CorpusError(problems);
  return articles;
}
