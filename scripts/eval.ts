/**
 * `npm run eval [-- --questions FILE …] [--corpus DIR] [--verbose]`: retrieval quality on each question set
 * (by default every set in eval/), with how answerable questions and negatives were answered.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEngine } from "../src/engine.js";
import { evaluateEngine } from "../src/evaluation/evaluate-engine.js";
import type { ConfidenceCounts, EvalQuestion } from "../src/evaluation/metrics.js";
import { runScript, ScriptError } from "./lib/run-script.js";

const EVAL_DIR = "eval";

runScript(() => {
  const { values } = parseArgs({
    options: {
      questions: { type: "string", multiple: true },
      corpus: { type: "string", default: "corpus" },
      verbose: { type: "boolean", default: false },
    },
  });
  const files =
    values.questions ??
    readdirSync(EVAL_DIR)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(EVAL_DIR, name));
  for (const file of files) if (!existsSync(file)) throw new ScriptError(`eval: no question file at ${file}`);
  const engine = createEngine(values.corpus);
  const f = (x: number) => x.toFixed(3);
  const counts = (c: ConfidenceCounts) => `direct ${c.direct}, closest ${c.closest}, none ${c.none}`;
  for (const file of files) {
    let questions: EvalQuestion[];
    try {
      questions = JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
    } catch (error) {
      throw new ScriptError(`eval: ${file} is not a JSON list of questions (${(error as Error).message})`);
    }
    const report = evaluateEngine(engine, questions);
    console.log(`== ${file}: ${report.questions} questions`);
    console.log(`source-recall@3:          ${f(report.recallAt3)}`);
    console.log(`source-recall@5:          ${f(report.recallAt5)}`);
    console.log(`MRR:                      ${f(report.mrr)}`);
    console.log(`answerable (${report.answerable}):          ${counts(report.answerableByConfidence)}`);
    console.log(`negatives (${report.negatives}):            ${counts(report.negativesByConfidence)}   (never direct)`);
    console.log(`addressedBy accuracy:     ${f(report.addressedByAccuracy)}`);
    console.log(`comparisons with gold:    ${f(report.comparisonsWithGold)} of ${report.comparisonQuestions}`);
    console.log(`one-source answers:       ${f(report.singleSourceStated)} of ${report.singleSourceQuestions}`);
    if (values.verbose) for (const miss of report.misses) console.log(`  miss: ${miss}`);
    console.log("");
  }
});
