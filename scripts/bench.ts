/**
 * `npm run bench [-- --rounds N]`: per-question cost of our retrieval and full answer beside MiniSearch and
 * plain FlexSearch on the same passages, and the time from process start to the first answer.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import { answerQuestion } from "../src/answer/answer.js";
import { createEngine } from "../src/engine.js";
import { answerToJson } from "../src/render/json.js";
import { retrieve } from "../src/retrieval/retrieve.js";
import { runScript } from "./lib/run-script.js";

/** Mean microseconds per call of fn over every question, after a warm-up round. */
function perQuestionMicros(questions: string[], rounds: number, fn: (q: string) => unknown): number {
  for (const q of questions) fn(q);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const q of questions) fn(q);
  return Number(process.hrtime.bigint() - start) / 1000 / (rounds * questions.length);
}

runScript(() => {
  const { values } = parseArgs({
    options: { rounds: { type: "string", default: "200" }, corpus: { type: "string", default: "corpus" } },
  });
  const rounds = Number(values.rounds);
  const questions = ["eval/dev-questions.json", "eval/paraphrase-dev.json", "eval/team-questions.json"].flatMap((file) =>
    (JSON.parse(readFileSync(file, "utf8")) as { q: string }[]).map((q) => q.q),
  );
  const engine = createEngine(values.corpus);
  const docs = engine.passages.map((p) => ({ id: p.id, text: p.text }));

  const mini = new MiniSearch({ fields: ["text"], storeFields: [] });
  mini.addAll(docs);
  const flex = new Document({ document: { id: "id", index: ["text"] } });
  for (const doc of docs) flex.add(doc);

  const results = {
    miniSearch: perQuestionMicros(questions, rounds, (q) => mini.search(q).slice(0, 5)),
    flexSearch: perQuestionMicros(questions, rounds, (q) => flex.search(q, { suggest: true, limit: 5 })),
    // Typos, word knowledge, closeness of meaning, ranking and the coverage decision.
    retrieval: perQuestionMicros(questions, rounds, (q) => retrieve(engine, q).addressing),
    fullAnswer: perQuestionMicros(questions, rounds, (q) => JSON.stringify(answerToJson(answerQuestion(engine, q)))),
  };
  const cold = spawnSync(process.execPath, ["--import", "tsx", "scripts/lib/cold-start.ts", values.corpus], { encoding: "utf8" });
  if (cold.status !== 0) throw new Error(`cold start run failed: ${cold.stderr}`);
  const { firstAnswerMs } = JSON.parse(cold.stdout) as { firstAnswerMs: number };

  const us = (x: number) => `${x.toFixed(1).padStart(8)} µs`;
  console.log(`${questions.length} questions × ${rounds} rounds, ${engine.passages.length} passages`);
  console.log(`MiniSearch (BM25) search:        ${us(results.miniSearch)}`);
  console.log(`FlexSearch (suggest) search:     ${us(results.flexSearch)}`);
  console.log(
    `our retrieval (+ meaning):        ${us(results.retrieval)}   ${(results.retrieval / results.miniSearch).toFixed(2)}× MiniSearch, ${(results.retrieval / results.flexSearch).toFixed(2)}× FlexSearch`,
  );
  console.log(
    `our full answer (to JSON):       ${us(results.fullAnswer)}   ${(results.fullAnswer / results.miniSearch).toFixed(2)}× MiniSearch (target ≤ 2×)`,
  );
  console.log(`cold start to first answer:      ${firstAnswerMs.toFixed(0).padStart(8)} ms   (target ≤ 1000 ms)`);
});
