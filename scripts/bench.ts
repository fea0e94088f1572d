/**
 * `npm run bench [-- --rounds N]`: per-question cost of our retrieval and full answer beside MiniSearch and
 * plain FlexSearch on the same passages, and the time from process start to the first answer.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import { answerQuestion } from "../src/answer/answer.js";
import { RateLimiter } from "../src/bot/rate-limiter.js";
import { createEngine } from "../src/engine.js";
import { answerToJson } from "../src/render/json.js";
import { retrieve } from "../src/retrieval/retrieve.js";
import { runScript, ScriptError } from "./lib/run-script.js";

/** A visible mark after a figure that misses its target, so a reader of the log cannot pass over it. */
const overTarget = (value: number, target: number): string => (value > target ? "   ← OVER TARGET" : "");

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
  // The production start runs the compiled JavaScript (`npm run build`); development runs the sources through tsx.
  const coldStart = (args: string[]): number => {
    const cold = spawnSync(process.execPath, [...args, values.corpus], { encoding: "utf8" });
    if (cold.status !== 0) throw new ScriptError(`bench: the cold start run failed: ${cold.stderr}`);
    return (JSON.parse(cold.stdout) as { firstAnswerMs: number }).firstAnswerMs;
  };
  const compiled = "dist/scripts/lib/cold-start.js";
  const productionMs = existsSync(compiled) ? coldStart([compiled]) : null;
  const developmentMs = coldStart(["--import", "tsx", "scripts/lib/cold-start.ts"]);

  const us = (x: number) => `${x.toFixed(1).padStart(8)} µs`;
  console.log(`${questions.length} questions × ${rounds} rounds, ${engine.passages.length} passages`);
  console.log(`MiniSearch (BM25) search:        ${us(results.miniSearch)}`);
  console.log(`FlexSearch (suggest) search:     ${us(results.flexSearch)}`);
  console.log(
    `our retrieval (+ meaning):        ${us(results.retrieval)}   ${(results.retrieval / results.miniSearch).toFixed(2)}× MiniSearch, ${(results.retrieval / results.flexSearch).toFixed(2)}× FlexSearch`,
  );
  console.log(
    `our full answer (to JSON):       ${us(results.fullAnswer)}   ${(results.fullAnswer / results.miniSearch).toFixed(2)}× MiniSearch (target ≤ 2×)${overTarget(results.fullAnswer / results.miniSearch, 2)}`,
  );
  console.log(
    productionMs === null
      ? "cold start, production (node dist/): run `npm run build` first to measure it"
      : `cold start to first answer:      ${productionMs.toFixed(0).padStart(8)} ms   production start, node dist/ (target ≤ 1000 ms)${overTarget(productionMs, 1000)}`,
  );
  console.log(`cold start to first answer:      ${developmentMs.toFixed(0).padStart(8)} ms   development start, tsx`);

  // The per-user limit under a crowd: 100,000 distinct users within one minute, each check O(1).
  const limiter = new RateLimiter(10);
  const started = process.hrtime.bigint();
  for (let i = 0; i < 100_000; i++) limiter.take(`user${i}`, i * 0.6);
  const limiterMs = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(
    `rate limiter, 100,000 users/min: ${limiterMs.toFixed(0).padStart(8)} ms   ${((limiterMs * 1000) / 100_000).toFixed(2)} µs per check, ${limiter.size} users remembered`,
  );
});
