import { describe, expect, it } from "vitest";
import { locateSentences, verbatimSentences } from "./sentences.js";

describe("locateSentences", () => {
  it("cuts verbatim slices, keeping spacing the splitter normalised, and says which split sentences each holds", () => {
    const text = "One  two. Three four.  Five.";
    // "One two." is not in the text as split (two spaces): it stays with the slice it falls in.
    expect(locateSentences(text, ["One two.", "Three four.", "Five."])).toEqual([
      { text: "One  two.", start: 0, parts: [0] },
      { text: "Three four.", start: 10, parts: [1] },
      { text: "Five.", start: 23, parts: [2] },
    ]);
    expect(locateSentences("Alpha beta. Gamma  delta. Eps.", ["Alpha beta.", "Gamma delta.", "Eps."])).toEqual([
      { text: "Alpha beta. Gamma  delta.", start: 0, parts: [0, 1] },
      { text: "Eps.", start: 26, parts: [2] },
    ]);
    expect(locateSentences("A b. C d.", ["A b.", "C d."])).toEqual([
      { text: "A b.", start: 0, parts: [0] },
      { text: "C d.", start: 5, parts: [1] },
    ]);
  });

  it("keeps text before the first sentence found as a sentence of its own", () => {
    expect(verbatimSentences("“Hi.” Then more.", () => ["Hi.”", "Then more."])).toEqual(["“", "Hi.”", "Then more."]);
  });
});
