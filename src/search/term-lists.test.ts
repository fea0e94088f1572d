import { describe, expect, it } from "vitest";
import type { Passage } from "../corpus/types.js";
import { buildPassageIndex, newTermSearch, type TermSearch } from "./passage-index.js";
import { canFillLists, slotOf } from "./term-lists.js";

const exported = (search: TermSearch): Record<string, string> => {
  const parts: Record<string, string> = {};
  search.export((key: string, data: string) => {
    parts[key] = data;
  });
  return parts;
};

// Each text's words are its terms in order; "|" separates a passage's sentences. Some terms hold a space and
// some are empty, as a thesaurus name with a space or an article without a year would make them.
const passagesOf = (texts: string[]): Passage[] =>
  texts.map((text, i) => ({ id: `a#p${i + 1}`, sourceId: "a", paragraph: i + 1, part: null, heading: null, text }));
const readSentences = ({ text }: { text: string }) =>
  text.split("|").map((sentence) => ({
    text: sentence,
    terms: sentence
      .split(",")
      .map((term) => term.trim().replace(/_/g, " "))
      .map((term) => ({ term, written: term })),
  }));
const built = (texts: string[], fillLists: boolean) =>
  exported(buildPassageIndex(passagesOf(texts), readSentences, { fillLists, contextTermsOf: () => [""] }).search);

describe("FlexSearch's term lists made by the build", () => {
  it("is how FlexSearch is set up here, so the build does not add passages one by one", () => {
    expect(canFillLists(newTermSearch())).toBe(true);
  });

  it("exports exactly what FlexSearch exports when every passage is added to it", () => {
    const words = ["sanctions", "china", "north_korea", "korea", ...Array.from({ length: 36 }, (_, w) => `word${w}`)];
    const texts = Array.from({ length: 400 }, (_, i) => {
      // Passages of 1 to 30 terms (FlexSearch files terms by place differently past nine), some repeated.
      const count = 1 + ((i * 7) % 30);
      const terms = Array.from({ length: count }, (_, k) => words[(i * 3 + k * 7 + (k % 4 === 3 ? 1 : 0)) % words.length] ?? "");
      return i % 5 === 0 ? `${terms.join(",")}|${terms.slice(0, 2).join(",")}` : terms.join(",");
    });
    texts.push("", "onlyword");
    expect(built(texts, true)).toEqual(built(texts, false));
  });

  it("files a term by its place among the passage's terms, as FlexSearch's resolution of 9 does", () => {
    expect([0, 1, 8].map((place) => slotOf(9, place))).toEqual([0, 1, 8]);
    expect([0, 1, 5, 9].map((place) => slotOf(10, place))).toEqual([0, 1, 5, 8]);
    expect([0, 1, 10, 19].map((place) => slotOf(20, place))).toEqual([0, 1, 5, 8]);
    // 8 / 98 · 49 + 1 is 5 in floating point, though 8 / 98 · 49 is just under 4: FlexSearch files it in slot 5.
    expect(slotOf(98, 49)).toBe(5);
  });
});
