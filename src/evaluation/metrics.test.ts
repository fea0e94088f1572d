import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { evaluateEngine } from "./evaluate-engine.js";
import { type EvalQuestion, evaluate, normaliseForMatch } from "./metrics.js";

describe("evaluate", () => {
  const question: EvalQuestion = { id: "x", q: "?", addressedBy: ["a"], gold: { a: ["the “gold” quote"] } };
  const passage = (sourceId: string, text: string) => ({ sourceId, text });
  const base = { comparison: null, coverageStatement: "" };

  it("finds a gold quote ignoring case, quote marks, dashes and spacing", () => {
    expect(normaliseForMatch("The  “Gold” – Quote")).toBe(normaliseForMatch('the "gold" - quote'));
  });

  it("counts recall at 3 and 5 and the reciprocal rank of the first gold passage", () => {
    const answer = {
      ...base,
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
    const answer = { ...base, answered: true, addressedBy: ["b-2017"], passages: [passage("b-2017", "the gold quote")] };
    expect(evaluate([question], [answer])).toMatchObject({ recallAt3: 0, addressedByAccuracy: 0 });
  });

  it("credits a comparison only when it quotes a gold quote of every author", () => {
    const both: EvalQuestion = { id: "b", q: "?", addressedBy: ["a", "b"], gold: { a: ["alpha"], b: ["beta"] } };
    const side = (sourceId: string, text: string) => ({ sourceId, quotes: [{ text }] });
    const answer = (sides: ReturnType<typeof side>[]) => ({
      ...base,
      answered: true,
      addressedBy: ["a-1", "b-1"],
      passages: [],
      comparison: { sources: sides },
    });
    expect(evaluate([both], [answer([side("a-1", "Alpha."), side("b-1", "Beta!")])]).comparisonsWithGold).toBe(1);
    expect(evaluate([both], [answer([side("a-1", "Alpha."), side("b-1", "Gamma")])]).comparisonsWithGold).toBe(0);
  });

  it('credits a one-source answer only with no comparison and an "Only …" statement', () => {
    const one = { ...base, answered: true, addressedBy: ["a-1"], passages: [passage("a-1", "the “gold” quote")] };
    expect(
      evaluate([question], [{ ...one, coverageStatement: "Only A addresses this; B does not discuss it." }]).singleSourceStated,
    ).toBe(1);
    expect(evaluate([question], [{ ...one, coverageStatement: "Both articles address this." }]).singleSourceStated).toBe(0);
  });

  it("counts declined negatives and wrongly declined answerable questions", () => {
    const negative: EvalQuestion = { id: "n", q: "?", addressedBy: [], gold: {} };
    const declined = { ...base, answered: false, addressedBy: [], passages: [] };
    expect(evaluate([negative, question], [declined, declined])).toMatchObject({ negativesDeclined: 1, wronglyDeclined: 1 });
  });
});

/** The CI floor: retrieval quality may not fall below the targets on the development set. */
describe("retrieval quality floor", () => {
  const engine = realEngine();
  const run = (file: string) => {
    const questions = JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
    return evaluateEngine(engine, questions);
  };

  it("meets the targets on the development questions", () => {
    const report = run("eval/dev-questions.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
    expect(report.negativesDeclined).toBe(report.negatives);
    expect(report.wronglyDeclined).toBe(0);
    expect(report.addressedByAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.comparisonsWithGold).toBeGreaterThanOrEqual(0.9);
    expect(report.singleSourceStated).toBe(1);
  });

  it.each(["eval/team-questions.json", "eval/team-questions-2.json"])(
    "holds up on the team's own paraphrased questions (%s)",
    (file) => {
      const report = run(file);
      expect(report.recallAt3).toBeGreaterThanOrEqual(0.84);
      expect(report.mrr).toBeGreaterThanOrEqual(0.9);
      expect(report.negativesDeclined).toBe(report.negatives);
      expect(report.wronglyDeclined).toBeLessThanOrEqual(1);
      expect(report.addressedByAccuracy).toBeGreaterThanOrEqual(0.85);
    },
  );
});
