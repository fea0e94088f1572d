import { describe, expect, it } from "vitest";
import { principalBasis, symmetricEigen } from "./principal-basis.js";

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

  it("solves a symmetric matrix: A·v = λ·v for every pair, the vectors orthonormal", () => {
    const n = 12;
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31 - 0.5;
    };
    const m = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i; j < n; j++) m[i * n + j] = m[j * n + i] = random();
    const { values, vectors } = symmetricEigen(m, n);
    const column = (c: number) => Array.from({ length: n }, (_, r) => vectors[r * n + c] ?? 0);
    for (let c = 0; c < n; c++) {
      const v = column(c);
      for (let r = 0; r < n; r++) {
        const av = v.reduce((sum, x, j) => sum + (m[r * n + j] ?? 0) * x, 0);
        expect(av).toBeCloseTo((values[c] ?? 0) * (v[r] ?? 0), 9);
      }
      for (let other = 0; other < n; other++) {
        const w = column(other);
        expect(v.reduce((sum, x, j) => sum + x * (w[j] ?? 0), 0)).toBeCloseTo(c === other ? 1 : 0, 9);
      }
    }
  });
});
