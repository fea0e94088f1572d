import { describe, expect, it } from "vitest";
import { holdsWholeWord, wholeWords } from "./whole-words.js";

describe("holdsWholeWord", () => {
  const text = "Russian aid to Russia, O'Neill's view; the US—and us. 𝐀Korea Seoul2 Kim 𝐀";
  const cases: [string, boolean][] = [
    ["Russia", true], // whole before a comma, though also inside "Russian"
    ["Russ", false],
    ["O'Neill", true], // an apostrophe is not a letter: "'s" after it is a boundary
    ["US", true],
    ["us", true],
    ["Us", false], // case counts
    ["Korea", false], // after a letter outside the basic plane
    ["Seoul", false], // a digit follows
    ["Kim", true],
    ["𝐀", true], // at the very end
    ["", false],
  ];
  it.each(cases)("finds %j as the whole-word expression does", (word, expected) => {
    expect(holdsWholeWord(text, word)).toBe(expected);
    if (word !== "") expect(wholeWords([word], "u").test(text)).toBe(expected);
  });

  it("looks past an occurrence inside a longer word to a later whole one", () => {
    expect(holdsWholeWord("Syrians and Syria", "Syria")).toBe(true);
    expect(holdsWholeWord("Syrians and Syrian", "Syria")).toBe(false);
  });
});
