import { describe, expect, it } from "vitest";
import { Column } from "../search/index-tables.js";
import { packLists, unpackLists } from "./packed-lists.js";

describe("lists of whole numbers packed apart from their JSON", () => {
  const exported = [
    ["@north-korea", [[0, 4, 9, 4_000_000_000, 12], null, [3, 5, 7, 11]]],
    ["sanction", [[2, 3]]],
    { cfg: [1.5, 2, 3, 4], words: ["a", "b", "c", "d"], ids: [8, 6, 7, 5, 3] },
  ];

  it("gives back exactly what was packed, through JSON text", () => {
    const numbers = new Column();
    const packed = JSON.parse(JSON.stringify(packLists(exported, numbers)));
    expect(unpackLists(packed, numbers.done())).toEqual(exported);
  });

  it("moves only the long lists of whole numbers out of the text", () => {
    const numbers = new Column();
    const text = JSON.stringify(packLists(exported, numbers));
    expect(numbers.length).toBe(5 + 4 + 5);
    expect(text).toContain("[2,3]");
    expect(text).toContain("[1.5,2,3,4]");
    expect(text).not.toContain("4000000000");
  });

  it("refuses a list said to lie outside the numbers stored", () => {
    expect(() => unpackLists([{ "@u32": [2, 5] }], new Uint32Array(4))).toThrow(/lies outside the 4 numbers/);
    expect(() => unpackLists({ "@u32": "x" }, new Uint32Array(4))).toThrow(RangeError);
  });

  it("refuses to pack data that already holds its mark, rather than read it back wrong", () => {
    expect(() => packLists([{ "@u32": [0, 1] }], new Column())).toThrow(/cannot be packed/);
  });
});
