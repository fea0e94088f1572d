/** `npm run eval [-- --questions FILE] [--corpus DIR] [--verbose]`: retrieval quality on a question set. */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createEngine } from "../src/engine.js";
import { evaluateEngine } from "../src/evaluation/evaluate-engine.js";
import type { EvalQuestion } from "../src/evaluation/metrics.js";
import { runScript } from "./lib/run-script.js";

runScript(() => {
  const { values } = parseArgs({
    options: {
      questions: { type: "string", default: "eval/dev-questions.json" },
      corpus: { type: "string", default: "corpus" },
      verbose: { type: "boolean", default: false },
    },
  });
  const questions = JSON.parse(readFileSync(values.questions, "utf8")) as EvalQuestion[];
  const engine = createEngine(values.corpus);
  const report = evaluateEngine(engine, questions);
  const f = (x: number) => x.toFixed(3);
  console.log(`questions:                   ${report.questions} (${values.questions})`);
  console.log(`source-recall@3:             ${f(report.recallAt3)}   (target ≥ 0.95)`);
  console.log(`source-recall@5:             ${f(report.recallAt5)}`);
  console.log(`MRR:                         ${f(report.mrr)}   (target ≥ 0.90)`);
  console.log(`negatives declined:          ${report.negativesDeclined}/${report.negatives}   (target: all)`);
  console.log(`answerable wrongly declined: ${report.wronglyDeclined}/${report.answerable}   (target: none)`);
  console.log(`addressedBy accuracy:        ${f(report.addressedByAccuracy)}   (target ≥ 0.90)`);
  console.log(
    `comparisons quoting each author's gold: ${f(report.comparisonsWithGold)} of ${report.comparisonQuestions}   (target ≥ 0.90)`,
  );
  console.log(
    `one-source answers stated as such:      ${f(report.singleSourceStated)} of ${report.singleSourceQuestions}   (target 1.00)`,
  );
  if (values.verbose) for (const miss of report.misses) console.log(`  miss: ${miss}`);
});
