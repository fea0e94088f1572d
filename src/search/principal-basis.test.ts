import { describe, expect, it } from "vitest";
import { principalBasis } from "./principal-basis.js";

describe("principalBasis", () => {
  it("finds orthonormal directions of most variance first", () => {
    // Points spread mostly along (1,1,0)/√2, less along (1,-1,0)/√2, not at all along z.
    const rows: number[] = [];
    for (let i = 0; i < 200; i++) {
      const a = Math.sin(i) * 5;
      const b = Math.cos(i * 1.7);
      rows.push((a + b) / Math.SQRT2, (a - b) / Math.SQRT2, 0);
    }
    const matrix = Float32Array.from(rows);
    const basis = principalBasis(matrix, 3, 2);
    const first = [basis[0] ?? 0, basis[1] ?? 0, basis[2] ?? 0];
    expect(Math.abs(first[0] ?? 0)).toBeCloseTo(Math.SQRT1_2, 2);
    expect(Math.abs(first[1] ?? 0)).toBeCloseTo(Math.SQRT1_2, 2);
    expect(Math.abs(first[2] ?? 0)).toBeCloseTo(0, 4);
    const dotOfRows = (basis[0] ?? 0) * (basis[3] ?? 0) + (basis[1] ?? 0) * (basis[4] ?? 0) + (basis[2] ?? 0) * (basis[5] ?? 0);
    expect(dotOfRows).toBeCloseTo(0, 4);
  });
});
