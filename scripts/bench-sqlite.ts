/**
 * `npm run bench-sqlite -- [--corpus DIR]`: what a question's FlexSearch look-ups cost when the term index lives
 * in FlexSearch's SQLite back end (one file several bot processes can share) instead of in each process's memory.
 * Records the look-ups the engine makes for the 48 paraphrase questions, then replays them on both.
 * Needs the `sqlite3` package, which is not a dependency (it compiles for about two minutes):
 * `npm install --no-save sqlite3@5.1.7` first.
 */
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { answerQuestion } from "../src/answer/answer.js";
import { loadThesaurus } from "../src/corpus/load-thesaurus.js";
import { defaultIndexDir, engineOver } from "../src/engine.js";
import { openCorpusIndex } from "../src/index-store/open-corpus-index.js";
import { ensureLexicon } from "../src/lexicon/lexicon.js";
import { createAnalyzer } from "../src/nlp/analyzer.js";
import { createNlp } from "../src/nlp/pipeline.js";
import { newTermSearch } from "../src/search/term-lists.js";
import { runScript, ScriptError } from "./lib/run-script.js";

type Lookup = [term: string, limit: number];

runScript(async () => {
  const { values } = parseArgs({ options: { corpus: { type: "string", default: "corpus" } } });
  let Database: new (config: { name: string; path: string }) => unknown;
  try {
    // A module name in a variable: the back end is optional, so the type checker does not look for it.
    const adapter = "flexsearch/db/sqlite";
    Database = ((await import(adapter)) as { default: typeof Database }).default;
  } catch {
    throw new ScriptError("bench-sqlite: the sqlite3 package is missing; run npm install --no-save sqlite3@5.1.7 first");
  }
  const corpusDir = values.corpus;
  const nlp = createNlp();
  const lexicon = ensureLexicon();
  const analyzer = createAnalyzer(nlp, loadThesaurus(corpusDir));
  const indexDir = defaultIndexDir(corpusDir);
  const { corpus } = openCorpusIndex({
    corpusDir,
    indexDir,
    nlp,
    analyzer: () => analyzer,
    lexicon,
    log: (line) => console.log(line),
  });

  // The look-ups each question makes, recorded as the engine answers it.
  const inMemory = corpus.search.search.bind(corpus.search);
  const perQuestion: Lookup[][] = [];
  let current: Lookup[] = [];
  corpus.search.search = ((term: string, options: { limit: number }) => {
    current.push([term, options.limit]);
    return inMemory(term, options);
  }) as unknown as typeof corpus.search.search;
  const engine = engineOver(corpus, analyzer, lexicon);
  for (const { q } of JSON.parse(readFileSync("eval/paraphrase-dev.json", "utf8")) as { q: string }[]) {
    current = [];
    answerQuestion(engine, q);
    perQuestion.push(current);
  }

  const folder = join("tmp", "sqlite-bench");
  mkdirSync(folder, { recursive: true });
  const path = join(folder, "index.db");
  rmSync(path, { force: true });
  const onDisk = newTermSearch();
  await onDisk.mount(new Database({ name: "bench", path }) as Parameters<typeof onDisk.mount>[0]);
  const started = performance.now();
  const { tables } = corpus;
  for (let p = 0; p + 1 < tables.termStart.length; p++) {
    const terms: string[] = [];
    for (let row = tables.termStart[p] ?? 0; row < (tables.termStart[p + 1] ?? 0); row++)
      terms.push(tables.vocabulary[tables.termIds[row] ?? 0] ?? "");
    onDisk.add({ id: p, terms: terms.join(" ") });
    if (p % 20_000 === 19_999) await onDisk.commit();
  }
  await onDisk.commit();
  const buildSeconds = (performance.now() - started) / 1000;

  const percentiles = (ms: number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    const at = (p: number) => (sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0).toFixed(3);
    return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`;
  };
  const timeEach = async (lookup: (term: string, limit: number) => unknown) => {
    const ms: number[] = [];
    for (const lookups of perQuestion) {
      const start = performance.now();
      for (const [term, limit] of lookups) await lookup(term, limit);
      ms.push(performance.now() - start);
    }
    return ms;
  };
  const memoryMs = await timeEach((term, limit) => inMemory(term, { limit }));
  const diskMs = await timeEach((term, limit) => onDisk.search(term, { limit }));
  const mean = perQuestion.reduce((sum, lookups) => sum + lookups.length, 0) / perQuestion.length;
  console.log(`${engine.passages.length} passages; ${mean.toFixed(1)} FlexSearch look-ups per question`);
  console.log(`in memory:          ${percentiles(memoryMs)} per question`);
  console.log(
    `SQLite, same host:  ${percentiles(diskMs)} per question (built in ${buildSeconds.toFixed(1)} s, ${(statSync(path).size / 1e6).toFixed(0)} MB)`,
  );
});
