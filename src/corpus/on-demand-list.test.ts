import { describe, expect, it } from "vitest";
import { OnDemandList } from "./on-demand-list.js";

describe("a list whose items are made when first asked for", () => {
  it("makes an item once, the first time it is asked for, and gives the same one after, also in `all`", () => {
    const made: number[] = [];
    const list = new OnDemandList(4, (position) => {
      made.push(position);
      return { position };
    });
    expect(made).toEqual([]);
    const third = list.at(2);
    expect(third).toEqual({ position: 2 });
    expect(list.at(2)).toBe(third);
    expect(made).toEqual([2]);
    const all = list.all();
    expect(all.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    expect(all[2]).toBe(third);
    expect(list.all()).toBe(all);
    expect(made).toEqual([2, 0, 1, 3]);
  });

  it("gives nothing outside the list", () => {
    const list = new OnDemandList(2, (position) => position);
    expect([list.at(-1), list.at(2), list.at(0.5), list.at(Number.NaN)]).toEqual([undefined, undefined, undefined, undefined]);
    expect(list.at(1)).toBe(1);
  });

  it("finds the first items that pass a test, making none past the last one found", () => {
    const made: number[] = [];
    const list = new OnDemandList(10, (position) => {
      made.push(position);
      return position;
    });
    expect(list.first(2, (n) => n % 3 === 1)).toEqual([1, 4]);
    expect(made).toEqual([0, 1, 2, 3, 4]);
    expect(list.first(5, (n) => n > 8)).toEqual([9]);
  });
});
