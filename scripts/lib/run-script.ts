import { CorpusError } from "../../src/corpus/load-corpus.js";

/** Runs a script body; expected failures (bad flags, bad corpus) print one clear message and exit 1, no stack. */
export function runScript(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof CorpusError) console.error(error.message);
      else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
        console.error(`usage: ${(error as Error).message}`);
      } else console.error(error);
      process.exitCode = 1;
    });
}

/** A mistake in how a script was called; printed without a stack. */
export class UsageError extends Error {}
