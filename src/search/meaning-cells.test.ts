import { describe, expect, it } from "vitest";
import { buildCellIndex, buildMeaningCells, cellCountFor, cellsNear, inCellOrder, rowsOf, summarised } from "./meaning-cells.js";
import { dotAt, dotOfRows, normalised } from "./vector-math.js";

// Unit vectors around four directions of a 3-dimensional space, 1,000 each, interleaved.
const directions = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
  [-1, 0, 0],
];
const rows = 4000;
const matrix = new Float32Array(rows * 3);
for (let row = 0; row < rows; row++) {
  const base = directions[row % 4] ?? [1, 0, 0];
  const jitter = (k: number) => 0.15 * Math.sin(row * (k + 1.3));
  matrix.set(normalised(Float32Array.from(base, (x, k) => x + jitter(k))), row * 3);
}

describe("meaning cells", () => {
  const cells = buildMeaningCells(matrix, 3);

  it("puts every passage in exactly one cell", () => {
    expect(cells.cellStart.length - 1).toBe(cellCountFor(rows));
    expect(cells.cellStart.at(-1)).toBe(rows);
    expect(new Set(cells.members).size).toBe(rows);
  });

  it("keeps passages of one direction together, and finds them from a question near it", () => {
    const [near = -1] = cellsNear(cells, normalised(Float32Array.from([0.1, 0.05, 1])), 1);
    const members = [...cells.members.subarray(cells.cellStart[near], cells.cellStart[near + 1])];
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((row) => row % 4 === 2)).toBe(true);
  });

  it("reads more cells the more probes it is given, nearest first", () => {
    const question = normalised(Float32Array.from([1, 0.02, 0]));
    const one = cellsNear(cells, question, 1);
    const three = cellsNear(cells, question, 3);
    expect(three).toHaveLength(3);
    expect(new Set(three).size).toBe(3);
    expect(three[0]).toBe(one[0]);
  });

  it("lays the matrix out cell by cell, and finds each passage's row again", () => {
    const ordered = inCellOrder(matrix, 3, cells.members);
    const rowOf = rowsOf(cells.members);
    for (const position of [0, 1, 2, 3, 1234, rows - 1]) {
      const row = rowOf[position] ?? -1;
      expect(cells.members[row]).toBe(position);
      expect([...ordered.subarray(row * 3, row * 3 + 3)]).toEqual([...matrix.subarray(position * 3, position * 3 + 3)]);
    }
  });

  it("summarises each passage, in the cells' order, so that summaries compare as the vectors do", () => {
    // Three dimensions summarised in three directions: nothing is lost, so closeness is kept exactly.
    const question = normalised(Float32Array.from([0.3, -0.5, 0.8]));
    const { cells: own, coarse } = buildCellIndex(matrix, 3);
    const summary = summarised(question, coarse.basis);
    expect(summary).toHaveLength(3);
    for (const row of [0, 1, 2, 999, rows - 1]) {
      const position = own.members[row] ?? 0;
      expect(dotAt(summary, coarse.rows, row * 3)).toBeCloseTo(dotAt(question, matrix, position * 3), 4);
    }
  });
});

/** Rows whose cell's centre is not the one with the largest full dot (within float rounding). */
function rowsOutsideNearestCell(vectors: Float32Array, dimensions: number, cells: ReturnType<typeof buildMeaningCells>): number {
  const k = cells.cellStart.length - 1;
  let outside = 0;
  for (let c = 0; c < k; c++) {
    for (const row of cells.members.subarray(cells.cellStart[c], cells.cellStart[c + 1])) {
      const own = dotOfRows(vectors, row * dimensions, cells.centroids, c * dimensions, dimensions);
      let best = Number.NEGATIVE_INFINITY;
      for (let other = 0; other < k; other++)
        best = Math.max(best, dotOfRows(vectors, row * dimensions, cells.centroids, other * dimensions, dimensions));
      if (own < best - 1e-5) outside++;
    }
  }
  return outside;
}

describe("cells found through the rows' summaries", () => {
  it("puts each row in the cell of its nearest centre, as comparing it with every centre in full does", () => {
    const index = buildCellIndex(matrix, 3);
    expect(index.cells.cellStart.length - 1).toBeGreaterThan(8); // more cells than are shortlisted
    expect(rowsOutsideNearestCell(matrix, 3, index.cells)).toBe(0);
    // The summaries are stored in the cells' order: row j is the summary of the cells' j-th member.
    const width = index.coarse.basis.length / 3;
    index.cells.members.forEach((position, j) => {
      const fresh = summarised(matrix.subarray(position * 3, position * 3 + 3), index.coarse.basis);
      expect([...index.coarse.rows.subarray(j * width, (j + 1) * width)]).toEqual([...fresh]);
    });
  });

  it("still does for almost every row when the summaries leave dimensions out", () => {
    // 48 dimensions summarised in 32: 40 clusters, each a direction with noise in every dimension, so that the
    // summaries alone would misplace many rows.
    const dimensions = 48;
    const count = 3000;
    const vectors = new Float32Array(count * dimensions);
    let seed = 7;
    const noise = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647 - 0.5;
    };
    for (let row = 0; row < count; row++) {
      const centre = row % 40;
      const vector = Float32Array.from({ length: dimensions }, (_, d) => (d === centre ? 1 : 0) + 0.6 * noise());
      vectors.set(normalised(vector), row * dimensions);
    }
    const index = buildCellIndex(vectors, dimensions);
    expect(new Set(index.cells.members).size).toBe(count);
    expect(rowsOutsideNearestCell(vectors, dimensions, index.cells)).toBeLessThanOrEqual(count / 100);
  });
});
