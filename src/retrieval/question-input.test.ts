import { describe, expect, it } from "vitest";
import { checkQuestion, MAX_QUESTION_CHARS } from "./question-input.js";

describe("checkQuestion", () => {
  it("collapses white space and removes control and zero-width characters", () => {
    expect(checkQuestion("  What\u200b is\n\n juche?\u0007 ")).toEqual({
      ok: true,
      question: "What  is juche?".replace("  ", " "),
    });
  });

  it("accepts a question of exactly the limit and refuses one character more", () => {
    expect(checkQuestion("a".repeat(MAX_QUESTION_CHARS)).ok).toBe(true);
    expect(checkQuestion("a".repeat(MAX_QUESTION_CHARS + 1))).toEqual({
      ok: false,
      message: `The question is too long (${MAX_QUESTION_CHARS + 1} characters; the limit is ${MAX_QUESTION_CHARS}): ask about one thing at a time.`,
    });
  });

  it("counts characters, not UTF-16 units, so emoji do not shorten the limit", () => {
    expect(checkQuestion("a😀".repeat(MAX_QUESTION_CHARS / 2)).ok).toBe(true);
  });

  it("refuses empty and symbol-only questions with different messages", () => {
    const empty = checkQuestion("\u200b \n");
    const symbols = checkQuestion("?? !!");
    expect(empty.ok || symbols.ok).toBe(false);
    expect(!empty.ok && empty.message).toMatch(/empty/);
    expect(!symbols.ok && symbols.message).toMatch(/no words/);
  });
});
