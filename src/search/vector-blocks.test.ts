import { describe, expect, it } from "vitest";
import { VectorBlocks } from "./vector-blocks.js";

describe("VectorBlocks", () => {
  it("keeps vectors across blocks in order, and finishes each that is not all zeros", () => {
    const blocks = new VectorBlocks(2);
    const count = 70_000; // more than one block
    for (let i = 0; i < count; i++) {
      const vector = blocks.append();
      vector[0] = i;
      vector[1] = i % 2 === 0 ? 0 : -i;
    }
    expect(blocks.count).toBe(count);
    expect([...blocks.row(66_001)]).toEqual([66_001, -66_001]);
    const finished: number[] = [];
    const out = blocks.done((vector) => {
      finished.push(vector[0] ?? -1);
      vector[0] = (vector[0] ?? 0) * 2;
    });
    expect(out).toHaveLength(2 * count);
    expect([out[0], out[1]]).toEqual([0, 0]); // all zeros: left as it is
    expect([out[2 * 65_537], out[2 * 65_537 + 1]]).toEqual([131_074, -65_537]);
    expect(finished).toHaveLength(count - 1);
  });

  it("gives the same vectors as bytes, finished first", () => {
    const blocks = new VectorBlocks(2);
    for (let i = 0; i < 70_000; i++) blocks.append().set([i % 2 === 0 ? 0 : 3, 4]);
    const rows = blocks.doneQuantized((vector) => vector.set([vector[0] ?? 0, -(vector[1] ?? 0)]));
    expect(rows.scales).toHaveLength(70_000);
    expect([...rows.values.subarray(2 * 65_537, 2 * 65_537 + 2)]).toEqual([95, -127]); // (3, −4) scaled by 4/127
    expect(rows.scales[65_537]).toBeCloseTo(4 / 127, 6);
    expect([...rows.values.subarray(0, 2)]).toEqual([0, -127]); // (0, 4): not all zeros, so finished too
  });
});
