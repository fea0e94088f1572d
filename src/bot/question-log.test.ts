import { describe, expect, it } from "vitest";
import { loggedQuestion } from "./question-log.js";

describe("loggedQuestion", () => {
  it("keeps only the length and a short hash unless questions may be logged", () => {
    const logged = loggedQuestion("Was Kim Jong-un’s plan ever sane? 🤔", false);
    expect(logged).toEqual({ questionLength: 35, questionHash: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(JSON.stringify(logged)).not.toContain("Kim");
    expect(loggedQuestion("Was Kim Jong-un’s plan ever sane? 🤔", false)).toEqual(logged);
    expect(loggedQuestion("another question", false)).not.toEqual(logged);
    expect(loggedQuestion("What is juche?", true)).toEqual({ question: "What is juche?" });
  });
});
