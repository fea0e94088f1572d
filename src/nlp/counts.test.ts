import { describe, expect, it } from "vitest";
import { countedWords, givesCount } from "./counts.js";

describe("countedWords", () => {
  it("finds the words after “how many”, none for “how many times”, and null for a question asking no count", () => {
    expect(countedWords("How many nuclear tests has it done?")).toEqual(["nuclear", "tests"]);
    expect(countedWords("how many troops")).toEqual(["troops"]);
    expect(countedWords("How many times did he visit?")).toEqual([]);
    expect(countedWords("How much influence does China have?")).toBeNull();
  });
});

describe("givesCount", () => {
  it("takes numerals, number words and ordinals from the third as counts", () => {
    for (const sentence of [
      "He has held four summit meetings.",
      "It had 1,200 troops.",
      "its fifth so far",
      "He visited once a year.",
      "dozens of tests",
    ])
      expect(givesCount(sentence), sentence).toBe(true);
  });

  it("takes no date, year or first and second as a count", () => {
    for (const sentence of [
      "The test on 9 September was a surprise.",
      "On September 9th it tested.",
      "A war began in 1950.",
      "In the 1990s it starved.",
      "The first test failed.",
      "a second thought",
    ])
      expect(givesCount(sentence), sentence).toBe(false);
  });
});
