import { statSync } from "node:fs";
import { canWorkBeside, startBeside } from "./beside.js";

/** Files at least this large are read on a worker thread while the start parses the rest of the index. */
export const READ_BESIDE_FROM = 64 * 1024 * 1024;

const READ_INTO_BUFFER = `
const { openSync, readSync, closeSync } = require("node:fs");
const fd = openSync(workerData.path, "r");
const view = new Uint8Array(workerData.buffer);
for (let read = 0; read < view.length; ) {
  const n = readSync(fd, view, read, view.length - read, read);
  if (n === 0) throw new Error("ended early");
  read += n;
}
closeSync(fd);
`;

/**
 * Starts reading a file into one buffer and returns what waits for it. A large file (at 20,000 articles the
 * index's arrays are ~360 MB, ~0.25 s to read) is read by a worker thread into shared memory while this thread
 * parses the index's other files; a small one, or on one core, is read by `readHere` when asked for. If the
 * worker fails, `readHere` reads it too, so the error is the one reading it here gives.
 */
export function readBeside(
  path: string,
  readHere: (path: string) => ArrayBuffer,
  from = READ_BESIDE_FROM,
): () => ArrayBufferLike {
  const size = statSync(path).size;
  if (size < from || !canWorkBeside()) return () => readHere(path);
  const buffer = new SharedArrayBuffer(size);
  const finished = startBeside(READ_INTO_BUFFER, { path, buffer });
  return () => (finished() ? buffer : readHere(path));
}
