import { describe, expect, it } from "vitest";
import { summariseFeedback } from "./feedback-summary.js";

const line = (userId: string, question: string, vote: "up" | "down", passageIds: string[]) =>
  JSON.stringify({ at: "t", userId, question, vote, passageIds });

describe("summariseFeedback", () => {
  it("counts one vote per user per question, the last one, per question and per passage", () => {
    const text = [
      line("u1", "Q1", "down", ["a#p1"]),
      line("u1", "Q1", "up", ["a#p1"]),
      line("u2", "Q1", "up", ["a#p1", "b#p2"]),
      line("u2", "Q2", "down", ["b#p2"]),
    ].join("\n");
    expect(summariseFeedback(text)).toEqual({
      votes: 3,
      skippedLines: 0,
      byQuestion: [
        { question: "Q1", tally: { up: 2, down: 0 } },
        { question: "Q2", tally: { up: 0, down: 1 } },
      ],
      byPassage: [
        { passageId: "a#p1", tally: { up: 2, down: 0 } },
        { passageId: "b#p2", tally: { up: 1, down: 1 } },
      ],
    });
  });

  it("skips a partial last line (a write cut short) and lines that are not votes, counting them", () => {
    const text = `${line("u1", "Q1", "up", [])}\n{"at":"t","userId":"u2","quest\nnot json\n`;
    expect(summariseFeedback(text)).toMatchObject({ votes: 1, skippedLines: 2 });
  });
});
