import { MessageChannel, type MessagePort, receiveMessageOnPort } from "node:worker_threads";
import { buildCellIndex, type CellGrouper, type CellIndex } from "../search/meaning-cells.js";
import { DONE, RUNNING } from "./beside.js";
import { startModuleWorker } from "./module-worker.js";

/** A worker that has not finished by then is given up on, and the cells are made here. */
const DEADLINE_MS = 120_000;

export interface CellsWorkerData {
  /** The matrix's rows, in shared memory: read where they lie. */
  matrix: SharedArrayBuffer;
  dimensions: number;
  /** RUNNING, DONE or FAILED (Int32Array over a SharedArrayBuffer). */
  state: Int32Array;
  port: MessagePort;
}

/**
 * Groups the passages into cells on a worker thread (~6 s at 20,000 articles), while the build goes on with the
 * rest of its tail on this one (sorting the term tables, the sentences' vectors, the stems): on two cores the
 * two run side by side. The cells are the ones `buildCellIndex` makes here, which it does if the worker fails.
 */
export const groupCellsBeside: CellGrouper = {
  allocate: (bytes) => new SharedArrayBuffer(bytes),
  start(matrix, dimensions) {
    const here = (): CellIndex => buildCellIndex(matrix, dimensions);
    if (!(matrix.buffer instanceof SharedArrayBuffer)) return here;
    const state = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const workerData: CellsWorkerData = { matrix: matrix.buffer, dimensions, state, port: port2 };
    const worker = startModuleWorker("meaning-cells-worker", { workerData, transferList: [port2] });
    worker.unref();
    worker.on("error", () => {}); // its failure shows in the state, or by the deadline
    return () => {
      Atomics.wait(state, 0, RUNNING, DEADLINE_MS);
      const done = Atomics.load(state, 0) === DONE ? (receiveMessageOnPort(port1)?.message as CellIndex | undefined) : undefined;
      port1.close();
      void worker.terminate();
      return done ?? here();
    };
  },
};
