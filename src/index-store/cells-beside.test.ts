import { describe, expect, it } from "vitest";
import { buildCellIndex } from "../search/meaning-cells.js";
import { normalised } from "../search/vector-math.js";
import { groupCellsBeside } from "./cells-beside.js";

/** Unit rows spread over 8 dimensions, in memory the grouper allocates. */
function matrixOf(rows: number, dimensions: number): Float32Array {
  const matrix = new Float32Array(groupCellsBeside.allocate(rows * dimensions * Float32Array.BYTES_PER_ELEMENT));
  for (let row = 0; row < rows; row++) {
    const vector = Float32Array.from({ length: dimensions }, (_, d) => Math.sin(row * 0.37 + d * 1.9) + (row % 5 === d ? 2 : 0));
    matrix.set(normalised(vector), row * dimensions);
  }
  return matrix;
}

describe("meaning cells grouped on a worker thread", () => {
  it("are the cells this thread makes", () => {
    const matrix = matrixOf(3000, 8);
    expect(matrix.buffer).toBeInstanceOf(SharedArrayBuffer);
    const waitForCells = groupCellsBeside.start(matrix, 8);
    expect(waitForCells()).toEqual(buildCellIndex(matrix, 8));
  });

  it("are made here for a matrix not in shared memory", () => {
    const matrix = Float32Array.from(matrixOf(500, 8));
    expect(groupCellsBeside.start(matrix, 8)()).toEqual(buildCellIndex(matrix, 8));
  });
});
