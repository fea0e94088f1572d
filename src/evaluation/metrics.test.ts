import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { answerQuestion } from "../answer/answer.js";
import { type EvalQuestion, evaluate, normaliseForMatch } from "./metrics.js";

describe("evaluate", () => {
  const question: EvalQuestion = { id: "x", q: "?", addressedBy: ["a"], gold: { a: ["the “gold” quote"] } };
  const passage = (sourceId: string, text: string) => ({ sourceId, text });

  it("finds a gold quote ignoring case, quote marks, dashes and spacing", () => {
    expect(normaliseForMatch("The  “Gold” – Quote")).toBe(normaliseForMatch('the "gold" - quote'));
  });

  it("counts recall at 3 and 5 and the reciprocal rank of the first gold passage", () => {
    const answer = {
      answered: true,
      addressedBy: ["a-2016"],
      passages: [
        passage("a-2016", "x"),
        passage("a-2016", "y"),
        passage("a-2016", "z"),
        passage("a-2016", 'has The "gold" quote'),
      ],
    };
    const report = evaluate([question], [answer]);
    expect(report).toMatchObject({ recallAt3: 0, recallAt5: 1, mrr: 0.25, addressedByAccuracy: 1, wronglyDeclined: 0 });
  });

  it("does not credit a gold quote found in the wrong source", () => {
    const answer = { answered: true, addressedBy: ["b-2017"], passages: [passage("b-2017", "the gold quote")] };
    expect(evaluate([question], [answer])).toMatchObject({ recallAt3: 0, addressedByAccuracy: 0 });
  });

  it("counts declined negatives and wrongly declined answerable questions", () => {
    const negative: EvalQuestion = { id: "n", q: "?", addressedBy: [], gold: {} };
    const declined = { answered: false, addressedBy: [], passages: [] };
    expect(evaluate([negative, question], [declined, declined])).toMatchObject({ negativesDeclined: 1, wronglyDeclined: 1 });
  });
});

/** The CI floor: retrieval quality may not fall below the targets on the development set. */
describe("retrieval quality floor", () => {
  const engine = realEngine();
  const run = (file: string) => {
    const questions = JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
    return evaluate(
      questions,
      questions.map((q) => answerQuestion(engine, q.q)),
    );
  };

  it("meets the targets on the development questions", () => {
    const report = run("../shared/eval/dev-questions.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
    expect(report.negativesDeclined).toBe(report.negatives);
    expect(report.wronglyDeclined).toBe(0);
    expect(report.addressedByAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("holds up on the team's own paraphrased questions, which were not used to pick the thresholds alone", () => {
    const report = run("eval/team-questions.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.85);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
    expect(report.negativesDeclined).toBe(report.negatives);
    expect(report.wronglyDeclined).toBe(0);
    expect(report.addressedByAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
