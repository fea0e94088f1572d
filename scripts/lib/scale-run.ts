/**
 * One step of `bench --scale`, run in a process of its own so its memory is its own: `build` indexes the corpus
 * folder given into its `.index` (as `npm run build-index --force`); `serve` starts from that index, answers the
 * questions and says when the first answer came (from the process's start); `minisearch` and `flexsearch` do the
 * same with the plain libraries. Prints one JSON line of measures.
 */
import { readFileSync, rmSync } from "node:fs";
import { Document } from "flexsearch";
import MiniSearch from "minisearch";
import { answerQuestion } from "../../src/answer/answer.js";
import { defaultIndexDir, openEngine } from "../../src/engine.js";
import { indexBytes } from "../../src/index-store/index-files.js";
import { answerToJson } from "../../src/render/json.js";

const [dir = "corpus", questionFile = "eval/paraphrase-dev.json", which = "ours"] = process.argv.slice(2);
const questions = (JSON.parse(readFileSync(questionFile, "utf8")) as { q: string }[]).map((q) => q.q);

/** Asked before measuring: a running program has answered before (its code is warm; caches of these stay cold). */
const warmUpQuestions = (JSON.parse(readFileSync("eval/dev-questions.json", "utf8")) as { q: string }[]).map((q) => q.q);

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
const indexDir = defaultIndexDir(dir);
const rssMb = () => process.resourceUsage().maxRSS / 1024;
if (which === "build") {
  rmSync(indexDir, { recursive: true, force: true });
  const engine = openEngine(dir, { log: () => {} });
  const buildMs = performance.now() - startMs;
  const indexMb = indexBytes(indexDir) / 1e6;
  console.log(JSON.stringify({ passages: engine.passages.length, origin: engine.origin, buildMs, indexMb, rssMb: rssMb() }));
} else if (which === "serve") {
  const engine = openEngine(dir, { log: () => {} });
  const loadedMs = performance.now();
  answerQuestion(engine, questions[0] ?? "North Korea");
  // performance.now() counts from the process's start: module loading is part of starting.
  const firstAnswerMs = performance.now();
  // A running bot has answered before: the code is warmed on other questions (caches of these stay cold).
  for (const q of warmUpQuestions) answerQuestion(engine, q);
  const answer = timings((q) => JSON.stringify(answerToJson(answerQuestion(engine, q))));
  console.log(
    JSON.stringify({
      passages: engine.passages.length,
      origin: engine.origin,
      loadedMs,
      firstAnswerMs,
      ...answer,
      rssMb: rssMb(),
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
  for (const q of warmUpQuestions) search(q);
  console.log(JSON.stringify({ passages: docs.length, buildMs, ...timings(search), rssMb: rssMb() }));
}
