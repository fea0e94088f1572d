import { loadConfig } from "../../src/config.js";
import { type Engine, openEngine } from "../../src/engine.js";

/** The engine over `--corpus DIR` when given, else the configured corpus folder; its index built once and kept. */
export function engineFromArgs(corpus: string | undefined): Engine {
  const config = loadConfig();
  // A corpus named on the command line keeps its index in its own folder, not in the configured one.
  const indexDir = corpus === undefined ? (config.indexDir ?? undefined) : undefined;
  return openEngine(corpus ?? config.corpusDir, { indexDir });
}
