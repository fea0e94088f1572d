/**
 * `npm run bench [-- --rounds N]`: per-question cost of our retrieval and full answer beside MiniSearch and
 * plain FlexSearch on the same passages, and the time from process start to the first answer.
 * `npm run bench -- --scale [--sizes 2,200,2000,20000] [--seed N]`: the same engine on seeded synthetic corpora
 * of growing size (`scripts/lib/synthetic-corpus.ts`, written under tmp/scale/): build time, peak memory, start to
 * first answer and p50/p95 per full answer, beside MiniSearch and plain FlexSearch, each size in a process of
 * its own with Node's default heap.
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
import { runScript, ScriptError, UsageError } from "./lib/run-script.js";
import { syntheticCorpus } from "./lib/synthetic-corpus.js";

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
    options: {
      rounds: { type: "string", default: "200" },
      corpus: { type: "string", default: "corpus" },
      scale: { type: "boolean", default: false },
      sizes: { type: "string", default: "2,200,2000,20000" },
      seed: { type: "string", default: "1" },
    },
  });
  if (values.scale) {
    benchScale(values.sizes.split(",").map(Number), Number(values.seed));
    return;
  }
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

/** The targets of a 20,000-article corpus (issue: build ≤ 60 s, RSS ≤ 2 GB, p50 ≤ 10 ms, p95 ≤ 30 ms). */
const SCALE_TARGETS = { buildMs: 60_000, rssMb: 2048, p50: 10, p95: 30 };

interface ScaleMeasure {
  passages: number;
  buildMs: number;
  firstAnswerMs?: number;
  p50: number;
  p95: number;
  rssMb: number;
}

function benchScale(sizes: number[], seed: number): void {
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError("--sizes must be whole numbers, e.g. 2,200,2000");
  const run = (dir: string, which: string): ScaleMeasure | string => {
    // Each size and each library in a fresh process: memory and caches are its own, the heap Node's default.
    const child = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/lib/scale-run.ts", dir, "eval/paraphrase-dev.json", which],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    if (child.status !== 0)
      return (child.stderr.match(/(heap out of memory|[A-Z]\w+Error: [^\n]+)/)?.[0] ?? `exit ${child.status}`).slice(0, 60);
    return JSON.parse(child.stdout.trim().split("\n").at(-1) ?? "{}") as ScaleMeasure;
  };
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    "articles  passages  build     peak RSS   start→answer  p50 / p95 per answer   MiniSearch p50 (build)   FlexSearch p50 (build)",
  );
  for (const articles of sizes) {
    const { dir } = syntheticCorpus(articles, seed);
    const ours = run(dir, "ours");
    const mini = run(dir, "minisearch");
    const flex = run(dir, "flexsearch");
    const baseline = (m: ScaleMeasure | string) => (typeof m === "string" ? m : `${m.p50.toFixed(1)} ms (${s(m.buildMs)})`);
    if (typeof ours === "string") {
      const failed = `${String(articles).padStart(8)}  ours failed: ${ours}`.padEnd(98);
      console.log(`${failed}${baseline(mini).padEnd(24)}  ${baseline(flex)}`);
      continue;
    }
    const last = articles === sizes.at(-1) && articles >= 20_000;
    const mark = (value: number, target: number) => (last ? overTarget(value, target) : "");
    console.log(
      [
        String(articles).padStart(8),
        String(ours.passages).padStart(8),
        `${s(ours.buildMs)}${mark(ours.buildMs, SCALE_TARGETS.buildMs)}`.padEnd(9),
        `${ours.rssMb.toFixed(0)} MB${mark(ours.rssMb, SCALE_TARGETS.rssMb)}`.padEnd(10),
        s(ours.firstAnswerMs ?? 0).padEnd(13),
        `${ours.p50.toFixed(1)} / ${ours.p95.toFixed(1)} ms${mark(ours.p50, SCALE_TARGETS.p50)}${mark(ours.p95, SCALE_TARGETS.p95)}`.padEnd(
          21,
        ),
        baseline(mini).padEnd(24),
        baseline(flex),
      ].join("  "),
    );
  }
  console.log(`targets at 20,000 articles: build ≤ 60 s, RSS ≤ 2 GB, start to first answer ≤ 1 s, p50 ≤ 10 ms, p95 ≤ 30 ms`);
}
