import { describe, expect, it } from "vitest";
import { Column } from "./index-tables.js";

describe("a column of numbers kept in blocks", () => {
  const filled = (count: number) => {
    const column = new Column();
    for (let i = 0; i < count; i++) column.push(i * 3);
    return column;
  };

  it("gives back every value in order across its blocks, in an array of its size", () => {
    const values = filled(200_000).done();
    expect(values.length).toBe(200_000);
    expect([values[0], values[65_535], values[65_536], values[199_999]]).toEqual([0, 196_605, 196_608, 599_997]);
  });

  it("is emptied by taking its values", () => {
    const column = filled(10);
    column.done();
    expect(column.length).toBe(0);
    expect(column.done()).toEqual(new Uint32Array(0));
  });

  it("gives 16-bit values, the larger ones kept at 65,535", () => {
    expect([...filled(70_000).doneAs16Bits().subarray(21_844, 21_847)]).toEqual([65_532, 65_535, 65_535]);
  });
});
