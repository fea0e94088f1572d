import { describe, expect, it } from "vitest";
import { dotQuantized, quantizeRow } from "./quantized-rows.js";
import { dot, normalised } from "./vector-math.js";

describe("vectors kept as bytes", () => {
  const unit = (seed: number) => normalised(Float32Array.from({ length: 100 }, (_, d) => Math.sin(seed * 7.1 + d * 1.3)));

  it("give back cosines within a hundredth of the exact ones", () => {
    const rows = { values: new Int8Array(300), scales: new Float32Array(3) };
    const vectors = [unit(1), unit(2), unit(3)];
    vectors.forEach((vector, row) => {
      quantizeRow(vector, rows, row);
    });
    const question = unit(4);
    vectors.forEach((vector, row) => {
      expect(Math.abs(dotQuantized(question, rows, row) - dot(question, vector))).toBeLessThan(0.01);
    });
    expect(dotQuantized(vectors[1] as Float32Array, rows, 1)).toBeCloseTo(1, 2);
  });

  it("keep a vector of zeros as zeros, close to nothing", () => {
    const rows = { values: new Int8Array(100), scales: new Float32Array(1) };
    quantizeRow(new Float32Array(100), rows, 0);
    expect(rows.scales[0]).toBe(0);
    expect(dotQuantized(unit(5), rows, 0)).toBe(0);
  });
});
