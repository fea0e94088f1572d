import { workerData } from "node:worker_threads";
import { buildCellIndex } from "../search/meaning-cells.js";
import { DONE, FAILED } from "./beside.js";
import type { CellsWorkerData } from "./cells-beside.js";

/** The worker of `groupCellsBeside`: groups the shared matrix's rows and hands the cells over, not copied. */
const { matrix, dimensions, state, port } = workerData as CellsWorkerData;
try {
  const index = buildCellIndex(new Float32Array(matrix), dimensions);
  const { cells, coarse } = index;
  const arrays = [cells.centroids, cells.cellStart, cells.members, coarse.basis, coarse.rows];
  port.postMessage(index, [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))]);
  Atomics.store(state, 0, DONE);
} catch {
  Atomics.store(state, 0, FAILED);
}
Atomics.notify(state, 0);
port.close();
