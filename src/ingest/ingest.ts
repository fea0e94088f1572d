import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { splitFrontMatter } from "../corpus/front-matter.js";
import { readHtmlArticle } from "./html-article.js";
import type { IngestedArticle } from "./ingested-article.js";
import { readMarkdownArticle } from "./markdown-article.js";
import { readTextArticle } from "./text-article.js";
import { articleToMarkdown, missingFields } from "./write-article.js";

const READERS: Record<string, (text: string, source: string) => IngestedArticle> = {
  ".html": readHtmlArticle,
  ".htm": readHtmlArticle,
  ".md": readMarkdownArticle,
  ".markdown": readMarkdownArticle,
  ".txt": readTextArticle,
};

export class IngestError extends Error {
  override name = "IngestError";
}

/** The files to read: each path given, and the readable files of each folder given (not recursing further). */
export function filesToIngest(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new IngestError(`ingest: ${path} does not exist`);
    if (!statSync(path).isDirectory()) {
      if (!(extname(path).toLowerCase() in READERS))
        throw new IngestError(`ingest: ${path}: only ${Object.keys(READERS).join(", ")} files can be read`);
      return [path];
    }
    return readdirSync(path)
      .sort()
      .map((name) => join(path, name))
      .filter((file) => statSync(file).isFile() && extname(file).toLowerCase() in READERS);
  });
}

/** "hilton-2017": the author's surname (else the title's first long word) and the year, unique in the corpus. */
export function articleId(article: IngestedArticle, taken: Set<string>): string {
  const who = article.author?.split(/\s+/).at(-1) ?? article.title?.split(/\s+/).find((w) => w.length > 3) ?? "article";
  const slug = who
    .normalize("NFKD")
    .replace(/[^\w-]/g, "")
    .toLowerCase();
  const base = `${slug || "article"}-${article.date?.slice(0, 4) ?? "undated"}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export interface IngestReport {
  source: string;
  /** The corpus file written (null in a dry run, or when the file was already in the corpus format). */
  written: string | null;
  id: string;
  found: string[];
  missing: string[];
  paragraphs: number;
  headings: number;
  /** The last paragraph kept: where furniture after an article is most likely to slip in. */
  lastParagraph: string | null;
}

/**
 * Reads each file and writes it into the corpus folder as `<id>.md` (never over an existing file). A Markdown
 * file that already has front matter is copied as it is: it is in the corpus format.
 */
export function ingest(paths: string[], corpusDir: string, options: { dryRun?: boolean } = {}): IngestReport[] {
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory())
    throw new IngestError(`ingest: the corpus folder ${corpusDir} does not exist`);
  const taken = new Set(readdirSync(corpusDir).map((name) => basename(name, extname(name))));
  return filesToIngest(paths).map((file) => {
    const text = readFileSync(file, "utf8");
    const ext = extname(file).toLowerCase();
    if ((ext === ".md" || ext === ".markdown") && /^\uFEFF?---\n/.test(text.replace(/\r\n?/g, "\n"))) {
      let data: unknown;
      try {
        data = splitFrontMatter(text).data;
      } catch (error) {
        throw new IngestError(`ingest: ${file}: ${(error as Error).message}`);
      }
      const id = String((data as { id?: unknown } | null)?.id ?? basename(file, ext));
      // The id names the file written: nothing but what the corpus allows in an id (no "/", no "..").
      if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
        throw new IngestError(`ingest: ${file}: id "${id}" must be lowercase letters, digits and hyphens`);
      if (taken.has(id)) throw new IngestError(`ingest: ${file}: the corpus already has an article "${id}"`);
      taken.add(id);
      const target = join(corpusDir, `${id}.md`);
      if (!options.dryRun) writeFileSync(target, text, { flag: "wx" });
      return {
        source: file,
        written: options.dryRun ? null : target,
        id,
        found: ["front matter"],
        missing: [],
        paragraphs: 0,
        headings: 0,
        lastParagraph: null,
      };
    }
    const article = READERS[ext]?.(text, file);
    if (!article) throw new IngestError(`ingest: ${file}: cannot read ${ext} files`);
    const id = articleId(article, taken);
    const target = join(corpusDir, `${id}.md`);
    if (!options.dryRun) writeFileSync(target, articleToMarkdown(article, id, basename(file)), { flag: "wx" });
    const paragraphs = article.blocks.filter((b) => b.kind === "paragraph");
    return {
      source: file,
      written: options.dryRun ? null : target,
      id,
      found: article.found,
      missing: missingFields(article),
      paragraphs: paragraphs.length,
      headings: article.blocks.length - paragraphs.length,
      lastParagraph: paragraphs.at(-1)?.text ?? null,
    };
  });
}
