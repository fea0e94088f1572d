/**
 * `npm run eval [-- --questions FILE …] [--corpus DIR] [--lexicon DIR] [--verbose] [--ablation]`: retrieval
 * quality on each question set (by default every set in eval/), with how answerable questions and negatives
 * were answered. `--ablation` prints, per set, the figures as each mechanism of understanding is added.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEngine } from "../src/engine.js";
import { ablationSteps } from "../src/evaluation/ablation.js";
import { evaluateEngine } from "../src/evaluation/evaluate-engine.js";
import type { ConfidenceCounts, EvalQuestion } from "../src/evaluation/metrics.js";
import { loadLexicon } from "../src/lexicon/lexicon.js";
import { runScript, ScriptError } from "./lib/run-script.js";

const EVAL_DIR = "eval";

runScript(() => {
  const { values } = parseArgs({
    options: {
      questions: { type: "string", multiple: true },
      corpus: { type: "string", default: "corpus" },
      lexicon: { type: "string" },
      verbose: { type: "boolean", default: false },
      ablation: { type: "boolean", default: false },
    },
  });
  const files =
    values.questions ??
    readdirSync(EVAL_DIR)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(EVAL_DIR, name));
  for (const file of files) if (!existsSync(file)) throw new ScriptError(`eval: no question file at ${file}`);
  const engine = createEngine(values.corpus, values.lexicon ? { lexicon: loadLexicon(values.lexicon) } : {});
  const f = (x: number) => x.toFixed(3);
  const counts = (c: ConfidenceCounts) => `direct ${c.direct}, closest ${c.closest}, none ${c.none}`;
  for (const file of files) {
    let questions: EvalQuestion[];
    try {
      questions = JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
    } catch (error) {
      throw new ScriptError(`eval: ${file} is not a JSON list of questions (${(error as Error).message})`);
    }
    if (values.ablation) {
      console.log(`== ${file}: ${questions.length} questions`);
      console.log("step                                        r@3    r@5    MRR    answerable d/c/n  negatives d/c/n");
      for (const step of ablationSteps()) {
        const r = evaluateEngine(engine, questions, step.options);
        const dcn = (c: ConfidenceCounts) => `${c.direct}/${c.closest}/${c.none}`.padEnd(17);
        const recall = r.answerable > 0 ? `${f(r.recallAt3)}  ${f(r.recallAt5)}  ${f(r.mrr)}` : "  —      —      — ";
        console.log(`${step.name.padEnd(42)}  ${recall}  ${dcn(r.answerableByConfidence)} ${dcn(r.negativesByConfidence)}`);
      }
      console.log("");
      continue;
    }
    const report = evaluateEngine(engine, questions);
    console.log(`== ${file}: ${report.questions} questions`);
    // A set of negatives only has no recall to report, and one without both-author questions no comparisons.
    if (report.answerable > 0) {
      console.log(`source-recall@3:          ${f(report.recallAt3)}`);
      console.log(`source-recall@5:          ${f(report.recallAt5)}`);
      console.log(`MRR:                      ${f(report.mrr)}`);
      console.log(`answerable (${report.answerable}):          ${counts(report.answerableByConfidence)}`);
    }
    const wrong = report.negativesByConfidence.direct;
    console.log(
      `negatives (${report.negatives}):            ${counts(report.negativesByConfidence)}   ${wrong > 0 ? `← ${wrong} answered direct` : "(none direct)"}`,
    );
    console.log(`addressedBy accuracy:     ${f(report.addressedByAccuracy)}`);
    if (report.comparisonQuestions > 0)
      console.log(`comparisons with gold:    ${f(report.comparisonsWithGold)} of ${report.comparisonQuestions}`);
    if (report.singleSourceQuestions > 0)
      console.log(`one-source answers:       ${f(report.singleSourceStated)} of ${report.singleSourceQuestions}`);
    if (values.verbose) for (const miss of report.misses) console.log(`  miss: ${miss}`);
    console.log("");
  }
});
