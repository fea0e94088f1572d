import { type Logger, logReference } from "./logger.js";

/** What the guards need of the process: events to listen to, and ways to end it. */
export interface GuardedProcess {
  pid: number;
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  once(event: "uncaughtException", listener: (error: Error) => void): unknown;
  once(event: StopSignal, listener: () => void): unknown;
  exit(code: number): void;
  kill(pid: number, signal: NodeJS.Signals): unknown;
}

export type StopSignal = "SIGINT" | "SIGTERM";

/** What stopping left undone: votes the disk has not taken (a write may still be stuck in the kernel). */
export interface StopOutcome {
  unwrittenVotes: number;
}

/** How long a dying bot waits for its clean stop before it exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 6000;

/**
 * The bot's policy for signals and for errors nothing else caught:
 * - SIGINT/SIGTERM: stop cleanly (feedback flushed within its deadline), exit 0;
 * - an unhandled rejection is one request's failure (every handler's state is its own): logged with a
 *   reference, and the bot goes on answering everyone else;
 * - an uncaught exception may have left shared state half-changed: logged with a reference, then the bot stops
 *   cleanly and exits 1, for a supervisor to start it afresh.
 * A normal exit waits for every file write in flight, forever on a hung disk; so when writes are left over the
 * process ends by a signal instead: the one it was asked to stop by (a clean stop to a supervisor), or SIGKILL
 * after a crash (a failure, so it is restarted).
 */
export function guardProcess(proc: GuardedProcess, logger: Logger, stop: () => Promise<StopOutcome>): void {
  const stopWithin = (): Promise<StopOutcome> => {
    const deadline = new Promise<StopOutcome>((resolve) =>
      setTimeout(() => resolve({ unwrittenVotes: Number.POSITIVE_INFINITY }), SHUTDOWN_DEADLINE_MS).unref(),
    );
    return Promise.race([stop().catch(() => ({ unwrittenVotes: Number.POSITIVE_INFINITY })), deadline]);
  };
  // A process ended by a signal writes nothing more: the last log lines (why it ended so) are flushed first.
  const killAfterLogs = (signal: NodeJS.Signals) => {
    let killed = false;
    const kill = () => {
      if (!killed) proc.kill(proc.pid, signal);
      killed = true;
    };
    setTimeout(kill, 1000).unref();
    logger.flush(kill);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    proc.once(signal, () => {
      void stopWithin().then(({ unwrittenVotes }) => (unwrittenVotes > 0 ? killAfterLogs(signal) : proc.exit(0)));
    });
  }
  proc.on("unhandledRejection", (reason) => {
    logger.error({ ref: logReference(), err: reason }, "unhandled rejection: one request failed, the bot goes on");
  });
  proc.once("uncaughtException", (error) => {
    logger.fatal({ ref: logReference(), err: error }, "uncaught exception: stopping for a clean restart");
    void stopWithin().then(({ unwrittenVotes }) => (unwrittenVotes > 0 ? killAfterLogs("SIGKILL") : proc.exit(1)));
  });
}
