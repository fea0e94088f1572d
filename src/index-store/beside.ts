import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** A worker that has not finished by then is given up on; the caller does the work itself. */
const WORKER_DEADLINE_MS = 30_000;
/** A worker's state, in shared memory: still running, done, or failed. */
export const RUNNING = 0;
export const DONE = 1;
export const FAILED = 2;

/** Whether this machine has a second core for work beside the start. */
export const canWorkBeside = (): boolean => availableParallelism() > 1;

/**
 * Runs `body` on a worker thread while this one goes on: plain CommonJS with `workerData` in scope (no module of
 * the project, so the worker starts in milliseconds, from sources or compiled), writing what it makes into shared
 * memory passed in `workerData`. Returns what waits for it: true once it has finished, false when it failed or
 * missed the deadline (it is then stopped, and the caller does the work itself).
 */
export function startBeside(body: string, workerData: Record<string, unknown>): () => boolean {
  const state = new SharedArrayBuffer(4);
  const source = `
const { workerData } = require("node:worker_threads");
const status = new Int32Array(workerData.state);
try {
${body}
  Atomics.store(status, 0, ${DONE});
} catch {
  Atomics.store(status, 0, ${FAILED});
}
Atomics.notify(status, 0);
`;
  const worker = new Worker(source, { eval: true, workerData: { ...workerData, state } });
  worker.unref();
  worker.on("error", () => {}); // its failure shows in the state, or by the deadline
  return () => {
    const status = new Int32Array(state);
    Atomics.wait(status, 0, RUNNING, WORKER_DEADLINE_MS);
    if (Atomics.load(status, 0) === DONE) return true;
    void worker.terminate();
    return false;
  };
}
