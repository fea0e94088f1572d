/**
 * `npm run ingest -- [--corpus DIR] [--dry-run] PATH…`: Markdown, plain-text and saved HTML articles (files, or
 * the files of a folder) become corpus files with front matter. Prints what was found in each and what must be
 * filled in, then checks the corpus as `check-corpus` does (exit 1 while something required is missing) and
 * builds the index as `build-index` does.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { checkCorpus } from "../src/corpus/load-corpus.js";
import { formatProblem } from "../src/corpus/validate-article.js";
import { openEngine } from "../src/engine.js";
import { IngestError, ingest } from "../src/ingest/ingest.js";
import { runScript, ScriptError, UsageError } from "./lib/run-script.js";

runScript(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { corpus: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  if (positionals.length === 0) throw new UsageError("ingest -- [--corpus DIR] [--dry-run] FILE_OR_FOLDER…");
  const config = loadConfig();
  const corpusDir = values.corpus ?? config.corpusDir;
  let reports: ReturnType<typeof ingest>;
  try {
    reports = ingest(positionals, corpusDir, { dryRun: values["dry-run"] });
  } catch (error) {
    if (error instanceof IngestError) throw new ScriptError(error.message);
    throw error;
  }
  for (const report of reports) {
    console.log(`${report.source} → ${report.written ?? `${report.id} (not written: dry run)`}`);
    console.log(`  found: ${report.found.join("; ") || "nothing"}`);
    if (report.paragraphs > 0) {
      console.log(
        `  kept ${report.paragraphs} paragraphs and ${report.headings} headings; the last one (check it is the article's):`,
      );
      console.log(`    “${(report.lastParagraph ?? "").slice(0, 160)}”`);
    }
    if (report.missing.length > 0) console.log(`  fill in: ${report.missing.join(", ")}`);
  }
  if (values["dry-run"]) return;
  const { articles, problems } = checkCorpus(corpusDir);
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(
      `check-corpus: ${problems.length} problem(s) in ${corpusDir}: fill in what is named above, then run npm run check-corpus`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`check-corpus: ${corpusDir} ok: ${articles.length} articles`);
  // The index is built now, not on the bot's next start.
  const indexDir = values.corpus === undefined ? (config.indexDir ?? undefined) : undefined;
  openEngine(corpusDir, { indexDir, log: (line) => console.log(line) });
});
