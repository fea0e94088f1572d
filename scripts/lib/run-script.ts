import { endWhenOutputCloses } from "../../src/closed-output.js";
import { ConfigError } from "../../src/config.js";
import { CorpusError } from "../../src/corpus/load-corpus.js";

/** An expected failure (a question that cannot be asked, an unknown passage): printed as one line, exit 1. */
export class ScriptError extends Error {}

/** A mistake in how a script was called: printed after "usage:", exit 1. */
export class UsageError extends ScriptError {}

/** Runs a script body; expected failures print one clear message and exit 1, without a stack trace. */
export function runScript(main: () => void | Promise<void>): void {
  endWhenOutputCloses();
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      const { message = "", code, status } = error as { message?: string; code?: string; status?: unknown };
      if (error instanceof UsageError || code?.startsWith("ERR_PARSE_ARGS")) console.error(`usage: ${message}`);
      else if (error instanceof ScriptError || error instanceof CorpusError || error instanceof ConfigError)
        console.error(message);
      else if (typeof status === "number") console.error(`discord: the API answered ${status}: ${message}`);
      else console.error(error);
      process.exitCode = 1;
    });
}
