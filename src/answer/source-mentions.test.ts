import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { answerQuestion } from "./answer.js";
import { findSourceMentions } from "./source-mentions.js";

const engine = realEngine();

describe("findSourceMentions", () => {
  it("finds an article by its author, the author's surname (possessive too) or its publisher", () => {
    expect(findSourceMentions(engine.articles, "What does Isabel Hilton think?")).toEqual({
      sourceIds: ["hilton-2017"],
      rest: "What does   think?",
    });
    expect(findSourceMentions(engine.articles, "Is Hilton’s view on China right?").sourceIds).toEqual(["hilton-2017"]);
    expect(findSourceMentions(engine.articles, "What does the BASIC article say?").sourceIds).toEqual(["basic-2016"]);
    expect(findSourceMentions(engine.articles, "Does the New Statesman piece mention Syria?").sourceIds).toEqual(["hilton-2017"]);
  });

  it("matches a name written in capitals only in capitals, and names nothing in an ordinary question", () => {
    expect(findSourceMentions(engine.articles, "What are the basic facts about sanctions?").sourceIds).toEqual([]);
  });
});

describe("questions that name an article", () => {
  it("are answered from that article only", () => {
    const answer = answerQuestion(engine, "What does Hilton say about sanctions?");
    expect(answer.addressedBy).toEqual(["hilton-2017"]);
    expect(answer.passages.every((p) => p.sourceId === "hilton-2017")).toBe(true);
    expect(answer.comparison).toBeNull();
  });

  it("are declined when the named article does not address the topic", () => {
    expect(answerQuestion(engine, "What is Isabel Hilton's opinion on Brexit?").answered).toBe(false);
    expect(answerQuestion(engine, "What does the BASIC article say about Deng Xiaoping?").answered).toBe(false);
  });

  it("about the author alone, are answered with the line about the author", () => {
    expect(answerQuestion(engine, "Who is Isabel Hilton?").passages.map((p) => p.id)).toEqual(["hilton-2017#author"]);
  });
});
