import { describe, expect, it } from "vitest";
import { sum, weightedLogOdds } from "./log-odds.js";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const prior = (entries: Record<string, number>) => {
  const map = counts(entries);
  return { countOf: (term: string) => map.get(term) ?? 0, total: sum(map) };
};

describe("weightedLogOdds", () => {
  it("matches a hand-computed example", () => {
    // a: δ = ln(7/5) − ln(5/7) = 0.672944; σ² = 1/7 + 1/5 = 0.342857; z = 0.672944 / 0.585540 = 1.149271
    const [a, b] = weightedLogOdds(counts({ a: 3, b: 1 }), counts({ a: 1, b: 3 }), prior({ a: 4, b: 4 }));
    expect(a?.term).toBe("a");
    expect(a?.delta).toBeCloseTo(0.672944, 5);
    expect(a?.z).toBeCloseTo(1.149271, 5);
    expect(b).toMatchObject({ term: "b" }); // scored too: it is a term of the focus text
    expect(b?.z).toBeCloseTo(-1.149271, 5);
  });

  it("gives zero to a term used at the same rate by both texts", () => {
    const results = weightedLogOdds(counts({ a: 2, b: 1 }), counts({ a: 4, b: 2 }), prior({ a: 6, b: 3 }));
    for (const { z } of results) expect(z).toBeCloseTo(0, 10);
  });

  it("lets a strong prior damp a small difference: more evidence, higher z", () => {
    const small = weightedLogOdds(counts({ a: 2, b: 2 }), counts({ a: 1, b: 3 }), prior({ a: 3, b: 5 }))[0]?.z ?? 0;
    const large = weightedLogOdds(counts({ a: 20, b: 20 }), counts({ a: 10, b: 30 }), prior({ a: 30, b: 50 }))[0]?.z ?? 0;
    expect(large).toBeGreaterThan(small);
  });

  it("scales the prior to the given size, so a lighter prior lets the texts speak", () => {
    const focus = counts({ a: 6, b: 2 });
    const other = counts({ a: 2, b: 6 });
    const background = prior({ a: 80, b: 80 });
    const heavy = weightedLogOdds(focus, other, background)[0]?.z ?? 0;
    const light = weightedLogOdds(focus, other, background, 16)[0]?.z ?? 0;
    // light: α = 8 each; δ = ln(14/10) − ln(10/14) = 0.672944; σ² = 1/14 + 1/10; z = 1.625315
    expect(light).toBeCloseTo(1.625315, 5);
    expect(heavy).toBeLessThan(light);
  });

  it("skips terms the background corpus lacks rather than dividing by zero", () => {
    expect(weightedLogOdds(counts({ ghost: 1 }), counts({}), prior({ a: 1 }))).toEqual([]);
  });
});
