import { describe, expect, it } from "vitest";
import { paragraphReference } from "./paragraph-reference.js";

describe("paragraphReference", () => {
  it("reads a paragraph named by its number or its place", () => {
    for (const [question, which] of [
      ["explain paragraph 4 of hilton", 4],
      ["what does para 12 say", 12],
      ["show me ¶ 9", 9],
      ["¶9 of the BASIC piece?", 9],
      ["paragraph no. 3", 3],
      ["What does the 3rd paragraph say?", 3],
      ["the second paragraph", 2],
      ["what's in the opening paragraph", 1],
      ["summarise the last paragraph", "last"],
      ["and the closing paragraph?", "last"],
    ] as const)
      expect(paragraphReference(question)?.which, question).toBe(which);
  });

  it("reads how an article ends or begins as its last or first paragraph, the source's name already taken out", () => {
    for (const [question, which] of [
      ["How does each article end?", "last"],
      ["How does the   piece end?", "last"],
      ["how does   article conclude", "last"],
      ["How does   end her article?", "last"],
      ["How does it wrap up?", "last"],
      ["How do the articles open?", 1],
      ["How does   begin?", 1],
      ["How does   end her argument?", "last"],
      ["what does   conclude", "last"],
      ["What's the conclusion of the   article?", "last"],
      ["What is   conclusion?", "last"],
      ["what's their conclusion", "last"],
      ["What's the start of the two articles?", 1],
    ] as const)
      expect(paragraphReference(question), question).toEqual({ which, rest: "" });
    // Of anything but an article, it asks about that thing.
    for (const question of [
      "How did the war end?",
      "How does Kim end it?",
      "What happened at the end of the Cold War?",
      "What did Russia get at the end of it?",
      "What is Kim's end?",
      "what does china conclude",
      "what is the end goal",
    ])
      expect(paragraphReference(question), question).toBeNull();
  });

  it("gives the question without the reference", () => {
    expect(paragraphReference("explain paragraph 4 of hilton")?.rest.replace(/\s+/g, " ")).toBe("explain of hilton");
  });

  it("finds none in a question about paragraphs in general, or a number alone", () => {
    for (const question of [
      "How many paragraphs does it have?",
      "What happened in 1950?",
      "Is the fourth test likely?",
      "What about Paraguay 2?",
      "Is it comparable 3 ways?",
    ])
      expect(paragraphReference(question), question).toBeNull();
  });
});
