import { ConfigError } from "../../src/config.js";
import { CorpusError } from "../../src/corpus/load-corpus.js";

/** Runs a script body; expected failures (bad flags, bad corpus) print one clear message and exit 1, no stack. */
export function runScript(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof CorpusError || error instanceof ConfigError || /^config: /.test((error as Error).message ?? "")) {
        console.error((error as Error).message);
      } else if (typeof (error as { status?: unknown }).status === "number") {
        console.error(`discord: the API answered ${(error as { status: number }).status}: ${(error as Error).message}`);
      } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
        console.error(`usage: ${(error as Error).message}`);
      } else console.error(error);
      process.exitCode = 1;
    });
}

/** A mistake in how a script was called; printed without a stack. */
export class UsageError extends Error {}
