import { describe, expect, it } from "vitest";
import { Column } from "../search/index-tables.js";
import { checkPackedLists, ListsUnpackedOnDemand, packListsInJson, unpackLists } from "./packed-lists.js";

describe("lists of whole numbers packed apart from their JSON", () => {
  const exported = [
    ["@north-korea", [[0, 4, 9, 4_000_000_000, 12], null, [3, 5, 7, 11]]],
    ["sanction", [[2, 3]]],
    ['odd "[1,2,3,4]" \\ term', [[1, 2, 3, 4]]],
    { cfg: [1.5, 2, 3, 4], signed: [-1, 2, 3, 4], big: [4_294_967_296, 1, 2, 3], words: ["a", "b", "c", "d"] },
  ];
  const text = JSON.stringify(exported);

  it("gives back exactly the data of the text it packed", () => {
    const numbers = new Column();
    const packed = packListsInJson(text, numbers);
    expect(unpackLists(JSON.parse(packed), numbers.done())).toEqual(exported);
  });

  it("moves only the long lists of whole numbers out of the text, not lists within strings", () => {
    const numbers = new Column();
    const packed = packListsInJson(text, numbers);
    expect(numbers.length).toBe(5 + 4 + 4);
    expect(packed).toContain("[2,3]");
    expect(packed).toContain('odd \\"[1,2,3,4]\\"');
    expect(packed).toContain("[1.5,2,3,4]");
    expect(packed).toContain("[-1,2,3,4]");
    expect(packed).toContain("[4294967296,1,2,3]");
    expect(packed).not.toContain("4000000000");
  });

  it("refuses a list said to lie outside the numbers stored", () => {
    expect(() => unpackLists([{ "@u32": [2, 5] }], new Uint32Array(4))).toThrow(/lies outside the 4 numbers/);
    expect(() => unpackLists({ "@u32": "x" }, new Uint32Array(4))).toThrow(RangeError);
  });

  it("checks every place without unpacking, refusing those outside the numbers", () => {
    const numbers = new Column();
    const packed = JSON.parse(packListsInJson(text, numbers));
    expect(() => checkPackedLists(packed, numbers.done())).not.toThrow();
    expect(() => checkPackedLists([["term", [{ "@u32": [2, 5] }]]], new Uint32Array(4))).toThrow(/lies outside/);
  });

  it("unpacks a term's lists when it is first looked up, and keeps them", () => {
    const numbers = new Column();
    const packed = JSON.parse(packListsInJson(text, numbers)) as [string, unknown][];
    const map = new ListsUnpackedOnDemand(numbers.done());
    for (const [term, lists] of packed.slice(0, 3)) map.set(term, lists);
    expect(map.get("@north-korea")).toEqual([[0, 4, 9, 4_000_000_000, 12], null, [3, 5, 7, 11]]);
    expect(map.get("@north-korea")).toBe(map.get("@north-korea"));
    expect(map.get("sanction")).toEqual([[2, 3]]);
    expect(map.get("absent")).toBeUndefined();
  });

  it("refuses to pack text that already uses its mark, rather than read it back wrong", () => {
    expect(() => packListsInJson('[{"@u32":[0,1]}]', new Column())).toThrow(/already uses/);
  });
});
