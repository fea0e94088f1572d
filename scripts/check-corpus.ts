/** `npm run check-corpus [-- --corpus DIR]`: validates every article and the thesaurus; exit 1 on any problem. */
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { checkCorpus } from "../src/corpus/load-corpus.js";
import { loadThesaurus } from "../src/corpus/load-thesaurus.js";
import { formatProblem } from "../src/corpus/validate-article.js";
import { runScript } from "./lib/run-script.js";

runScript(() => {
  const { values } = parseArgs({ options: { corpus: { type: "string" } } });
  const dir = values.corpus ?? loadConfig().corpusDir;
  const { articles, problems } = checkCorpus(dir);
  for (const problem of problems) console.error(formatProblem(problem));
  loadThesaurus(dir); // throws CorpusError, reported by runScript
  if (problems.length > 0) {
    process.exitCode = 1;
    return;
  }
  const paragraphs = articles.reduce((n, a) => n + a.blocks.filter((b) => b.kind === "paragraph").length, 0);
  console.log(`corpus ok: ${articles.length} articles, ${paragraphs} paragraphs (${dir})`);
});
