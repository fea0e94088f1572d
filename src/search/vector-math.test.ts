import { describe, expect, it } from "vitest";
import { dotAt, dotOfRows, dotsWithRows } from "./vector-math.js";

const filled = (length: number, seed: number) => Float32Array.from({ length }, (_, i) => Math.sin(seed + i * 0.7));

describe("dot products of matrix rows", () => {
  it("gives each bank row's dot with the row, four at a time and the rest one by one", () => {
    const dimensions = 7;
    const matrix = filled(3 * dimensions, 1);
    const bank = filled(6 * dimensions, 2);
    const out = new Float32Array(2 + 6);
    dotsWithRows(matrix, 2 * dimensions, bank, 6, dimensions, out, 2);
    const row = matrix.subarray(2 * dimensions, 3 * dimensions);
    expect(out[0]).toBe(0);
    for (let c = 0; c < 6; c++) {
      expect(out[2 + c]).toBeCloseTo(dotAt(row, bank, c * dimensions), 5);
      expect(dotOfRows(matrix, 2 * dimensions, bank, c * dimensions, dimensions)).toBeCloseTo(
        dotAt(row, bank, c * dimensions),
        5,
      );
    }
  });
});
