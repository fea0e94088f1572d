import { type Logger, logReference } from "./logger.js";

/** What the guards need of the process: events to listen to, and a way to end it. */
export interface GuardedProcess {
  on(event: "unhandledRejection", listener: (reason: unknown) => void): unknown;
  once(event: "uncaughtException", listener: (error: Error) => void): unknown;
  exit(code: number): void;
}

/** How long a dying bot waits for pending feedback writes before it exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 5000;

/**
 * The bot's policy for errors nothing else caught:
 * - an unhandled rejection is one request's failure (every handler's state is its own): logged with a
 *   reference, and the bot goes on answering everyone else;
 * - an uncaught exception may have left shared state half-changed: logged with a reference, then the bot stops
 *   cleanly (feedback flushed, within a deadline) and exits 1, for a supervisor to start it afresh.
 */
export function guardProcess(proc: GuardedProcess, logger: Logger, stop: () => Promise<void>): void {
  proc.on("unhandledRejection", (reason) => {
    logger.error({ ref: logReference(), err: reason }, "unhandled rejection: one request failed, the bot goes on");
  });
  proc.once("uncaughtException", (error) => {
    logger.fatal({ ref: logReference(), err: error }, "uncaught exception: stopping for a clean restart");
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS).unref());
    void Promise.race([stop().catch(() => undefined), deadline]).then(() => proc.exit(1));
  });
}
