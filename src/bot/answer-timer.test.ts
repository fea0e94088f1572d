import { describe, expect, it } from "vitest";
import { AnswerTimer } from "./answer-timer.js";

describe("AnswerTimer", () => {
  it("expects the slowest of the recent answers, forgetting old ones", () => {
    const timer = new AnswerTimer(900);
    expect(timer.expectedMs()).toBe(900);
    for (let i = 0; i < 32; i++) timer.record(5);
    expect(timer.expectedMs()).toBe(5);
    expect(timer.time(() => "answer")).toBe("answer");
    expect(new AnswerTimer().expectedMs()).toBe(0);
  });
});
