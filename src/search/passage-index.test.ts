import { describe, expect, it } from "vitest";
import type { Passage } from "../corpus/types.js";
import { buildPassageIndex } from "./passage-index.js";

// Words are their own terms: the index is built without the language pipeline.
const readSentences = ({ text }: { text: string }) => [
  { text, terms: text.split(" ").map((word) => ({ term: word, written: word })) },
];
const indexOf = (texts: string[]) =>
  buildPassageIndex(
    texts.map((text, i): Passage => ({ id: `a#p${i + 1}`, sourceId: "a", paragraph: i + 1, part: null, heading: null, text })),
    readSentences,
  ).index;

describe("documentFrequency of several terms", () => {
  it("counts the passages holding any of them, each once", () => {
    const index = indexOf(["sanctions tariffs", "sanctions", "tariffs", "weather"]);
    expect(index.documentFrequency(["sanctions"])).toBe(2);
    expect(index.documentFrequency(["sanctions", "tariffs"])).toBe(3);
    expect(index.documentFrequency(["sanctions", "unheard"])).toBe(2);
    expect(index.documentFrequency(["unheard"])).toBe(0);
  });

  it("estimates a union too large to count as independent terms would make it, close to the true count", () => {
    // 12,000 passages: "even" in every second, "third" in every third; the true union is two thirds.
    const texts = Array.from({ length: 12_000 }, (_, i) =>
      [i % 2 === 0 ? "even" : "odd", i % 3 === 0 ? "third" : "rest"].join(" "),
    );
    const index = indexOf(texts);
    expect(index.documentFrequency(["even", "third"])).toBe(8000);
  });
});
