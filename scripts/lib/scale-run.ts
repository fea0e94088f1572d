/**
 * One size of `bench --scale`, run in a process of its own so its memory is its own: builds the engine on the
 * corpus folder given, answers the questions, and does the same with MiniSearch and plain FlexSearch. Prints
 * one JSON line of measures.
 */
import { readFileSync } from "node:fs";
import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import { answerQuestion } from "../../src/answer/answer.js";
import { createEngine } from "../../src/engine.js";
import { answerToJson } from "../../src/render/json.js";

const [dir = "corpus", questionFile = "eval/paraphrase-dev.json", which = "ours"] = process.argv.slice(2);
const questions = (JSON.parse(readFileSync(questionFile, "utf8")) as { q: string }[]).map((q) => q.q);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
function timings(fn: (q: string) => unknown): { p50: number; p95: number } {
  const ms = questions.map((q) => {
    const start = performance.now();
    fn(q);
    return performance.now() - start;
  });
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95) };
}

const startMs = performance.now();
if (which === "ours") {
  const engine = createEngine(dir);
  const buildMs = performance.now() - startMs;
  answerQuestion(engine, questions[0] ?? "North Korea");
  const firstAnswerMs = performance.now();
  const answer = timings((q) => JSON.stringify(answerToJson(answerQuestion(engine, q))));
  console.log(
    JSON.stringify({
      passages: engine.passages.length,
      buildMs,
      firstAnswerMs,
      ...answer,
      rssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  // The baselines index the same passages the engine would.
  const { loadCorpus } = await import("../../src/corpus/load-corpus.js");
  const docs = loadCorpus(dir).flatMap((a) =>
    a.blocks.filter((b) => b.kind === "paragraph").map((b, i) => ({ id: `${a.id}#p${i + 1}`, text: b.text })),
  );
  const loadedMs = performance.now();
  let search: (q: string) => unknown;
  if (which === "minisearch") {
    const mini = new MiniSearch({ fields: ["text"], storeFields: [] });
    mini.addAll(docs);
    search = (q) => mini.search(q).slice(0, 5);
  } else {
    const flex = new Document({ document: { id: "id", index: ["text"] } });
    for (const doc of docs) flex.add(doc);
    search = (q) => flex.search(q, { suggest: true, limit: 5 });
  }
  const buildMs = performance.now() - loadedMs;
  console.log(
    JSON.stringify({ passages: docs.length, buildMs, ...timings(search), rssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}
