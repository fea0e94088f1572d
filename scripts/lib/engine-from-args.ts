import { loadConfig } from "../../src/config.js";
import { createEngine, type Engine } from "../../src/engine.js";

/** The engine over `--corpus DIR` when given, else the configured corpus folder. */
export function engineFromArgs(corpus: string | undefined): Engine {
  return createEngine(corpus ?? loadConfig().corpusDir);
}
