import { statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

/** Files at least this large are read on a worker thread while the start parses the rest of the index. */
export const READ_BESIDE_FROM = 64 * 1024 * 1024;
/** A worker that has not read the file by then is given up on, and the file read here. */
const WORKER_DEADLINE_MS = 30_000;
const READING = 0;
const DONE = 1;
const FAILED = 2;

// Plain CommonJS, no module of the project: the worker starts in milliseconds, from sources or compiled.
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { openSync, readSync, closeSync } = require("node:fs");
const { path, buffer, state } = workerData;
const status = new Int32Array(state);
try {
  const fd = openSync(path, "r");
  const view = new Uint8Array(buffer);
  for (let read = 0; read < view.length; ) {
    const n = readSync(fd, view, read, view.length - read, read);
    if (n === 0) throw new Error("ended early");
    read += n;
  }
  closeSync(fd);
  Atomics.store(status, 0, ${DONE});
} catch {
  Atomics.store(status, 0, ${FAILED});
}
Atomics.notify(status, 0);
`;

/**
 * Starts reading a file into one buffer and returns what waits for it. A large file (at 20,000 articles the
 * index's arrays are ~560 MB, ~0.3 s to read) is read by a worker thread into shared memory while this thread
 * parses the index's other files; a small one, or on one core, is read by `readHere` when asked for. If the
 * worker fails, `readHere` reads it too, so the error is the one reading it here gives.
 */
export function readBeside(
  path: string,
  readHere: (path: string) => ArrayBuffer,
  from = READ_BESIDE_FROM,
): () => ArrayBufferLike {
  const size = statSync(path).size;
  if (size < from || availableParallelism() < 2) return () => readHere(path);
  const buffer = new SharedArrayBuffer(size);
  const state = new SharedArrayBuffer(4);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path, buffer, state } });
  worker.unref();
  worker.on("error", () => {}); // its failure shows in the state, or by the deadline
  return () => {
    const status = new Int32Array(state);
    Atomics.wait(status, 0, READING, WORKER_DEADLINE_MS);
    if (Atomics.load(status, 0) === DONE) return buffer;
    void worker.terminate();
    return readHere(path);
  };
}
