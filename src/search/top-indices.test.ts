import { describe, expect, it } from "vitest";
import { topIndices } from "./top-indices.js";

describe("topIndices", () => {
  it("finds the k largest in one pass, whatever their order", () => {
    const values = [0.1, 0.9, 0.3, 0.9, 0.05, 0.7, 0.2];
    expect(topIndices(values, 3).sort()).toEqual([1, 3, 5]);
    expect(topIndices(values, 1)).toHaveLength(1);
    expect(topIndices([0.2, 0.1], 5).sort()).toEqual([0, 1]);
    const many = Float32Array.from({ length: 10_000 }, (_, i) => Math.sin(i * 7.3));
    const expected = [...many.keys()].sort((a, b) => (many[b] ?? 0) - (many[a] ?? 0)).slice(0, 20);
    expect(topIndices(many, 20).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    const expected500 = [...many.keys()].sort((a, b) => (many[b] ?? 0) - (many[a] ?? 0)).slice(0, 500);
    expect(topIndices(many, 500).sort((a, b) => a - b)).toEqual(expected500.sort((a, b) => a - b));
    const ties = new Float32Array(1000).fill(0.5);
    expect(new Set(topIndices(ties, 100)).size).toBe(100);
  });
});
