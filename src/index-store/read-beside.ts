import { statSync } from "node:fs";
import { canWorkBeside, startBeside } from "./beside.js";

/** Files at least this large (together) are read on a worker thread while the start parses the rest of the index. */
export const READ_BESIDE_FROM = 64 * 1024 * 1024;

/** A file the worker has not read by then is read here. */
const FILE_DEADLINE_MS = 30_000;
const UNREAD = 0;
const READ = 1;
const GIVEN_UP = 2;

const READ_INTO_BUFFERS = `
const { openSync, readSync, closeSync } = require("node:fs");
const states = new Int32Array(workerData.states);
try {
  workerData.files.forEach(({ path, buffer }, i) => {
    const fd = openSync(path, "r");
    try {
      const view = new Uint8Array(buffer);
      for (let read = 0; read < view.length; ) {
        const n = readSync(fd, view, read, view.length - read, read);
        if (n === 0) throw new Error("ended early");
        read += n;
      }
    } finally {
      closeSync(fd);
    }
    Atomics.store(states, i, ${READ});
    Atomics.notify(states, i);
  });
} catch (error) {
  for (let i = 0; i < states.length; i++) if (Atomics.compareExchange(states, i, ${UNREAD}, ${GIVEN_UP}) === ${UNREAD}) Atomics.notify(states, i);
  throw error;
}
`;

/**
 * Starts reading files, in order, each into a buffer of its own, and returns for each what waits for it. Large files
 * (at 20,000 articles the term index's numbers, ~38 MB, then the index's arrays, ~360 MB, ~0.25 s to read) are read
 * by one worker thread into shared memory while this thread parses the index's other files, each handed over as
 * soon as it is read; small ones, or on one core, are read by `readHere` when asked for. A file the worker could
 * not read is read by `readHere` too, so the error is the one reading it here gives.
 */
export function readBeside(
  paths: string[],
  readHere: (path: string) => ArrayBuffer,
  from = READ_BESIDE_FROM,
): (() => ArrayBufferLike)[] {
  const sizes = paths.map((path) => statSync(path).size);
  if (sizes.reduce((sum, size) => sum + size, 0) < from || !canWorkBeside()) return paths.map((path) => () => readHere(path));
  const buffers = sizes.map((size) => new SharedArrayBuffer(size));
  const states = new Int32Array(new SharedArrayBuffer(4 * paths.length));
  const finished = startBeside(READ_INTO_BUFFERS, {
    files: paths.map((path, i) => ({ path, buffer: buffers[i] })),
    states: states.buffer,
  });
  return paths.map((path, i) => () => {
    Atomics.wait(states, i, UNREAD, FILE_DEADLINE_MS);
    if (Atomics.load(states, i) === READ) return buffers[i] as SharedArrayBuffer;
    finished(); // stops a worker that missed the deadline
    return readHere(path);
  });
}
