import { describe, expect, it } from "vitest";
import { checkPackedLists, ListsUnpackedOnDemand, packedListAt, unpackLists } from "./packed-lists.js";

describe("lists of whole numbers packed apart from their JSON", () => {
  const numbers = Uint32Array.of(0, 4, 9, 4_000_000_000, 12, 3, 5, 7, 11, 2, 3);
  const packed = [
    ["@north-korea", [packedListAt(numbers, 0, 5), null, packedListAt(numbers, 5, 4)]],
    ["sanction", [packedListAt(numbers, 9, 2)]],
  ];

  it("writes short lists out and marks the place of long ones, giving back the same data", () => {
    expect(packed[1]).toEqual(["sanction", [[2, 3]]]);
    expect(JSON.stringify(packed[0])).toBe('["@north-korea",[{"@u32":[0,5]},null,{"@u32":[5,4]}]]');
    expect(unpackLists(JSON.parse(JSON.stringify(packed)), numbers)).toEqual([
      ["@north-korea", [[0, 4, 9, 4_000_000_000, 12], null, [3, 5, 7, 11]]],
      ["sanction", [[2, 3]]],
    ]);
  });

  it("refuses a list said to lie outside the numbers stored", () => {
    expect(() => unpackLists([{ "@u32": [2, 5] }], new Uint32Array(4))).toThrow(/lies outside the 4 numbers/);
    expect(() => unpackLists({ "@u32": "x" }, new Uint32Array(4))).toThrow(RangeError);
  });

  it("checks every place without unpacking, refusing those outside the numbers", () => {
    expect(() => checkPackedLists(packed, numbers)).not.toThrow();
    expect(() => checkPackedLists([["term", [{ "@u32": [2, 5] }]]], new Uint32Array(4))).toThrow(/lies outside/);
  });

  it("unpacks a term's lists when it is first looked up, and keeps them", () => {
    const map = new ListsUnpackedOnDemand(numbers);
    for (const [term, lists] of packed) map.set(term, lists);
    expect(map.get("@north-korea")).toEqual([[0, 4, 9, 4_000_000_000, 12], null, [3, 5, 7, 11]]);
    expect(map.get("@north-korea")).toBe(map.get("@north-korea"));
    expect(map.get("sanction")).toEqual([[2, 3]]);
    expect(map.get("absent")).toBeUndefined();
  });
});
