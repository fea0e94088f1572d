/**
 * `npm run build-index -- [--corpus DIR] [--index DIR] [--force]`: analyses every passage once and keeps the
 * index in a folder (by default the corpus folder's `.index`), checked by a hash of the corpus, the code and the
 * word knowledge. Starting the bot then loads it instead of reading the articles again; a corpus that changed is
 * indexed anew on start, so this only does ahead of time what the start would do.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { defaultIndexDir, openEngine } from "../src/engine.js";
import { indexBytes } from "../src/index-store/index-files.js";
import { runScript } from "./lib/run-script.js";

runScript(() => {
  const { values } = parseArgs({
    options: { corpus: { type: "string" }, index: { type: "string" }, force: { type: "boolean", default: false } },
  });
  const config = loadConfig();
  const corpusDir = values.corpus ?? config.corpusDir;
  const indexDir = values.index ?? (values.corpus === undefined ? config.indexDir : null) ?? defaultIndexDir(corpusDir);
  // Without its manifest a folder is no index: the next open builds it anew.
  if (values.force) rmSync(join(indexDir, "manifest.json"), { force: true });
  const started = performance.now();
  const engine = openEngine(corpusDir, { indexDir, log: (line) => console.log(line) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const what = `${engine.articles.length} articles, ${engine.passages.length} passages`;
  if (engine.origin === "loaded") console.log(`build-index: ${indexDir} is up to date (${what}); --force builds it again`);
  else if (engine.origin === "built and saved")
    console.log(`build-index: ${indexDir} built in ${seconds} s (${what}, ${(indexBytes(indexDir) / 1e6).toFixed(1)} MB)`);
  else process.exitCode = 1;
});
