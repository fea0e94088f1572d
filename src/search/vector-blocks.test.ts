import { describe, expect, it } from "vitest";
import { VectorBlocks } from "./vector-blocks.js";

describe("VectorBlocks", () => {
  it("keeps vectors across blocks in order, and finishes each that is not all zeros", () => {
    const blocks = new VectorBlocks(2);
    const count = 70_000; // more than one block
    for (let i = 0; i < count; i++) blocks.push(Float32Array.of(i, i % 2 === 0 ? 0 : -i));
    expect(blocks.count).toBe(count);
    // Kept as 16-bit numbers with a scale per vector: back to within 1/65,534 of the largest component.
    const [first = 0, second = 0] = blocks.row(66_001);
    expect(Math.abs(first - 66_001)).toBeLessThanOrEqual(66_001 / 65_534);
    expect(Math.abs(second + 66_001)).toBeLessThanOrEqual(66_001 / 65_534);
    const finished: number[] = [];
    const out = blocks.done((vector) => {
      finished.push(vector[0] ?? -1);
      vector[0] = (vector[0] ?? 0) * 2;
    });
    expect(out).toHaveLength(2 * count);
    expect([out[0], out[1]]).toEqual([0, 0]); // all zeros: left as it is
    expect(out[2 * 65_537]).toBeCloseTo(131_074, 0);
    expect(out[2 * 65_537 + 1]).toBeCloseTo(-65_537, 0);
    expect(finished).toHaveLength(count - 1);
  });

  it("gives the same vectors as bytes, finished first", () => {
    const blocks = new VectorBlocks(2);
    for (let i = 0; i < 70_000; i++) blocks.push(Float32Array.of(i % 2 === 0 ? 0 : 3, 4));
    const rows = blocks.doneQuantized((vector) => vector.set([vector[0] ?? 0, -(vector[1] ?? 0)]));
    expect(rows.scales).toHaveLength(70_000);
    expect([...rows.values.subarray(2 * 65_537, 2 * 65_537 + 2)]).toEqual([95, -127]); // (3, −4) scaled by 4/127
    expect(rows.scales[65_537]).toBeCloseTo(4 / 127, 6);
    expect([...rows.values.subarray(0, 2)]).toEqual([0, -127]); // (0, 4): not all zeros, so finished too
  });
});
