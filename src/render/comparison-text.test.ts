import { describe, expect, it } from "vitest";
import type { Comparison, ComparisonQuote, SourceStance } from "../compare/compare.js";
import { commonGround, detailLines, listInWords, renderComparisonText, stanceLines } from "./comparison-text.js";

const quote = (text: string, paragraph = 1): ComparisonQuote => ({
  passageId: `a#p${paragraph}`,
  paragraph,
  text,
  inText: `A, ¶ ${paragraph}`,
});
const stance = (overrides: Partial<SourceStance> = {}): SourceStance => ({
  sourceId: "a",
  author: null,
  quotes: [quote("Tariffs hurt farmers.", 1), quote("Prices rose.", 2)],
  recommendation: null,
  distinctiveTerms: [{ term: "farmers", z: 2.1 }],
  certainty: { hedges: { count: 2, words: ["may"] }, boosters: { count: 0, words: [] } },
  ...overrides,
});
const comparison = (sharedTerms: string[], sides = 2): Comparison => ({
  sources: Array.from({ length: sides }, (_, i) => stance({ sourceId: `s${i}` })),
  sharedTerms,
});

describe("commonGround", () => {
  it("says in a sentence what both bring up: the names, then the other words", () => {
    expect(commonGround(comparison(["China", "sanctions", "Russia", "regime"]), "full")).toBe(
      "Both articles name China and Russia, and both use the words “sanctions” and “regime”.",
    );
    expect(commonGround(comparison(["tariffs"]), "full")).toBe("Both articles use the word “tariffs”.");
    expect(commonGround(comparison(["China"], 3), "full")).toBe("All 3 articles name China.");
    expect(commonGround(comparison([]), "full")).toMatch(/^No person, place or idea comes up/);
    expect(commonGround(comparison(["China"], 1), "full")).toBeNull();
  });

  it("keeps the brief view brief", () => {
    const shared = commonGround(comparison(["A", "B", "C", "D", "x", "y", "z"]), "compact");
    expect(shared).toBe("Both articles name A, B and C, and both use the words “x” and “y”.");
  });
});

describe("stanceLines", () => {
  it("shows what a side says and, only when it has one, what it recommends; a sentence that is both once", () => {
    expect(stanceLines(stance(), "compact")).toEqual([
      { label: "Says", quote: quote("Tariffs hurt farmers.", 1), shownAbove: false },
    ]);
    expect(stanceLines(stance(), "full").map((l) => l.label)).toEqual(["Says", "Says"]);
    const both = stance({ recommendation: quote("Tariffs hurt farmers.", 1) });
    expect(stanceLines(both, "full").map((l) => [l.label, l.quote.text])).toEqual([
      ["Says", "Prices rose."],
      ["Recommends", "Tariffs hurt farmers."],
    ]);
  });

  it("in brief, adds nothing to a side whose passage the answer shows, and points to a recommendation shown", () => {
    const shown = [{ sourceId: "a", text: "Tariffs hurt farmers. Prices rose." }];
    expect(stanceLines(stance(), "compact", shown)).toEqual([]);
    const recommends = stance({ recommendation: quote("Prices rose.", 2) });
    expect(stanceLines(recommends, "compact", shown)).toEqual([
      { label: "Recommends", quote: quote("Prices rose.", 2), shownAbove: true },
    ]);
    expect(stanceLines(recommends, "full", shown).map((l) => l.shownAbove)).toEqual([false, false]);
    // A side none of whose passages is shown says its best sentence.
    const other = [{ sourceId: "b", text: "Tariffs hurt farmers." }];
    expect(stanceLines(stance(), "compact", other).map((l) => l.quote.text)).toEqual(["Tariffs hurt farmers."]);
  });

  it("keeps statistics out of the main text and in the details", () => {
    const text = renderComparisonText(comparison(["China"]), [], "full");
    expect(text).not.toMatch(/z \d|hedge|booster/);
    expect(renderComparisonText(comparison(["China"]), [], "full", { withDetails: true })).toMatch(/farmers \(z 2\.10\)/);
    expect(detailLines(stance(), 1)).toEqual(["Wording of certainty: 2 hedges (may); no boosters"]);
  });
});

describe("listInWords", () => {
  it("joins with commas and a final 'and'", () => {
    expect([[], ["a"], ["a", "b"], ["a", "b", "c"]].map(listInWords)).toEqual(["", "a", "a and b", "a, b and c"]);
  });
});
