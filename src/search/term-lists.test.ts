import { describe, expect, it } from "vitest";
import type { Passage } from "../corpus/types.js";
import { buildPassageIndex } from "./passage-index.js";
import { newTermSearch, slotOf, type TermSearch } from "./term-lists.js";

// Each text's terms are separated by commas, its sentences by "|"; every passage is also indexed under a year.
const passagesOf = (texts: string[]): Passage[] =>
  texts.map((text, i) => ({ id: `a#p${i + 1}`, sourceId: "a", paragraph: i + 1, part: null, heading: null, text }));
const sentencesOf = (text: string) => text.split("|").map((sentence) => sentence.split(",").filter((term) => term !== ""));
const readSentences = ({ text }: { text: string }) =>
  sentencesOf(text).map((terms) => ({ text, terms: terms.map((term) => ({ term, written: term })) }));
const yearOf = (position: number) => (position % 7 === 0 ? "" : String(2000 + (position % 3)));

/** FlexSearch given every passage as its terms in order of first use, joined by spaces. */
function addedOneByOne(texts: string[]): TermSearch {
  const search = newTermSearch();
  texts.forEach((text, position) => {
    const terms = new Set([...sentencesOf(text).flat(), yearOf(position)].filter((term) => term !== ""));
    search.add({ id: position, terms: [...terms].join(" ") });
  });
  return search;
}

interface Internals {
  reg: Set<number>;
  index: Map<string, { map: Map<string, unknown> }>;
}

describe("FlexSearch's term lists made by the build", () => {
  const words = ["sanctions", "china", "north-korea", "korea", ...Array.from({ length: 36 }, (_, w) => `word${w}`)];
  const texts = Array.from({ length: 400 }, (_, i) => {
    // Passages of 1 to 30 terms (FlexSearch files terms by place differently past nine), some repeated.
    const count = 1 + ((i * 7) % 30);
    const terms = Array.from({ length: count }, (_, k) => words[(i * 3 + k * 7 + (k % 4 === 3 ? 1 : 0)) % words.length] ?? "");
    return i % 5 === 0 ? `${terms.join(",")}|${terms.slice(0, 2).join(",")}` : terms.join(",");
  });
  // No terms and no year (399 is a multiple of 7): FlexSearch registers no such passage.
  texts[399] = "";
  texts.push("onlyword");
  const built = buildPassageIndex(passagesOf(texts), readSentences, {
    contextTermsOf: (passage) => [yearOf((passage.paragraph ?? 1) - 1)],
  });

  it("holds what FlexSearch holds when every passage is added to it: the same lists, passages and answers", () => {
    const reference = addedOneByOne(texts) as unknown as Internals;
    const ours = built.search as unknown as Internals;
    const referenceMap = reference.index.get("terms")?.map ?? new Map();
    const ourMap = ours.index.get("terms")?.map ?? new Map();
    expect(ourMap.size).toBe(referenceMap.size);
    // As JSON: FlexSearch leaves empty slots as holes, and its export (what a start reads) as null.
    for (const [term, lists] of referenceMap) expect(JSON.stringify(ourMap.get(term))).toBe(JSON.stringify(lists));
    expect([...ours.reg]).toEqual([...reference.reg]);
    for (const term of ["sanctions", "north-korea", "word7", "2001", "onlyword"])
      expect(built.search.search(term, { limit: 50 })).toEqual((reference as unknown as TermSearch).search(term, { limit: 50 }));
  });

  it("files a term by its place among the passage's terms, as FlexSearch's resolution of 9 does", () => {
    expect([0, 1, 8].map((place) => slotOf(9, place))).toEqual([0, 1, 8]);
    expect([0, 1, 5, 9].map((place) => slotOf(10, place))).toEqual([0, 1, 5, 8]);
    expect([0, 1, 10, 19].map((place) => slotOf(20, place))).toEqual([0, 1, 5, 8]);
    // 8 / 98 · 49 + 1 is 5 in floating point, though 8 / 98 · 49 is just under 4: FlexSearch files it in slot 5.
    expect(slotOf(98, 49)).toBe(5);
  });
});
