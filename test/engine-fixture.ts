import { createEngine, type Engine } from "../src/engine.js";

let shared: Engine | undefined;

/** The real corpus, built once per test file: answers are tested on what users get. */
export function realEngine(): Engine {
  shared ??= createEngine("corpus");
  return shared;
}
