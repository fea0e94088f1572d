import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { evaluateEngine } from "./evaluate-engine.js";
import { type EvalQuestion, evaluate, normaliseForMatch } from "./metrics.js";

describe("evaluate", () => {
  const question: EvalQuestion = { id: "x", q: "?", addressedBy: ["a"], gold: { a: ["the “gold” quote"] } };
  const passage = (sourceId: string, text: string) => ({ sourceId, text });
  const base = { comparison: null, confidence: "direct" as const };

  it("finds a gold quote ignoring case, quote marks, dashes and spacing", () => {
    expect(normaliseForMatch("The  “Gold” – Quote")).toBe(normaliseForMatch('the "gold" - quote'));
  });

  it("counts recall at 3 and 5 and the reciprocal rank of the first gold passage", () => {
    const answer = {
      ...base,
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
    const answer = { ...base, addressedBy: ["b-2017"], passages: [passage("b-2017", "the gold quote")] };
    expect(evaluate([question], [answer])).toMatchObject({ recallAt3: 0, addressedByAccuracy: 0 });
  });

  it("credits a comparison only when it quotes a gold quote of every author", () => {
    const both: EvalQuestion = { id: "b", q: "?", addressedBy: ["a", "b"], gold: { a: ["alpha"], b: ["beta"] } };
    const side = (sourceId: string, text: string) => ({ sourceId, quotes: [{ text }] });
    const answer = (sides: ReturnType<typeof side>[]) => ({
      ...base,
      addressedBy: ["a-1", "b-1"],
      passages: [],
      comparison: { sources: sides },
    });
    expect(evaluate([both], [answer([side("a-1", "Alpha."), side("b-1", "Beta!")])]).comparisonsWithGold).toBe(1);
    expect(evaluate([both], [answer([side("a-1", "Alpha."), side("b-1", "Gamma")])]).comparisonsWithGold).toBe(0);
  });

  it("credits a one-source answer only when answered from that source alone, with no comparison", () => {
    const one = { ...base, addressedBy: ["a-1"], passages: [passage("a-1", "the “gold” quote")] };
    expect(evaluate([question], [one]).singleSourceStated).toBe(1);
    expect(evaluate([question], [{ ...one, addressedBy: ["a-1", "b-1"] }]).singleSourceStated).toBe(0);
  });

  it("counts how negatives and answerable questions were answered", () => {
    const negative: EvalQuestion = { id: "n", q: "?", addressedBy: [], gold: {} };
    const none = { ...base, confidence: "none" as const, addressedBy: [], passages: [] };
    const closest = { ...none, confidence: "closest" as const };
    expect(evaluate([negative, question], [none, none])).toMatchObject({ negativesNotDirect: 1, wronglyDeclined: 1 });
    expect(evaluate([negative, question], [{ ...none, confidence: "direct" }, closest])).toMatchObject({
      negativesNotDirect: 0,
      wronglyDeclined: 0,
      answerableByConfidence: { direct: 0, closest: 1, none: 0 },
    });
  });
});

/**
 * The CI floors, a little below the figures `npm run eval` prints (DESIGN.md), so quality cannot slip
 * unnoticed. The hidden sets of the same styles are what the numbers are meant to hold on.
 */
describe("retrieval quality floor", () => {
  const engine = realEngine();
  const run = (file: string) => {
    const questions = JSON.parse(readFileSync(file, "utf8")) as EvalQuestion[];
    return evaluateEngine(engine, questions);
  };

  it("keeps what works on the development questions (written in the articles' words)", () => {
    const report = run("eval/dev-questions.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.9);
    expect(report.mrr).toBeGreaterThanOrEqual(0.9);
    expect(report.negativesNotDirect).toBe(report.negatives);
    expect(report.wronglyDeclined).toBe(0);
    expect(report.comparisonsWithGold).toBeGreaterThanOrEqual(0.75);
  });

  it("understands questions asked in other words (paraphrase-dev)", () => {
    const report = run("eval/paraphrase-dev.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.63);
    expect(report.recallAt5).toBeGreaterThanOrEqual(0.7);
    expect(report.mrr).toBeGreaterThanOrEqual(0.6);
    expect(report.wronglyDeclined).toBeLessThanOrEqual(3);
    // A question one article answers is answered from it alone, even when only closest passages are shown.
    expect(report.singleSourceStated).toBeGreaterThanOrEqual(0.6);
    expect(report.negativesNotDirect).toBe(report.negatives);
    // The two off-topic questions (back pain, PDF conversion) relate to nothing in the articles.
    expect(report.negativesByConfidence.none).toBeGreaterThanOrEqual(2);
  });

  it("reads mistyped questions as the words meant (typo-questions)", () => {
    const report = run("eval/typo-questions.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.9);
    expect(report.wronglyDeclined).toBe(0);
    expect(report.negativesNotDirect).toBe(report.negatives);
  });

  it("reads own words mistyped (paraphrase-typos)", () => {
    const report = run("eval/paraphrase-typos.json");
    expect(report.recallAt3).toBeGreaterThanOrEqual(0.62);
    expect(report.mrr).toBeGreaterThanOrEqual(0.58);
    expect(report.wronglyDeclined).toBeLessThanOrEqual(3);
  });

  // Held out: each written, and measured, before the changes of the session that wrote it (DESIGN.md).
  it.each([
    ["eval/team-questions-3.json", { recallAt3: 0.58, mrr: 0.5, declined: 1, negativesDirect: 0 }],
    ["eval/team-questions-4.json", { recallAt3: 0.68, mrr: 0.58, declined: 2, negativesDirect: 0 }],
    // "Does anyone think war is coming?" is answered from Hilton's Korean war: its one near-topic negative.
    ["eval/team-questions-5.json", { recallAt3: 0.68, mrr: 0.78, declined: 1, negativesDirect: 1 }],
    // Its paraphrases reach furthest from the articles' words ("wearing thin", "float" for propose): r@3 0.419.
    // "What did Xi Jinping tell Kim Jong-un when they finally met?" is answered from Hilton ¶ 7, where they have not.
    ["eval/team-questions-6.json", { recallAt3: 0.38, mrr: 0.52, declined: 1, negativesDirect: 1 }],
    // "What did Putin say after meeting Kim?" and "Where are the North's launch sites?" are answered from passages
    // that hold each idea but not what is asked (Trump calling Putin; a building site, a launched test).
    ["eval/team-questions-7.json", { recallAt3: 0.5, mrr: 0.52, declined: 1, negativesDirect: 2 }],
  ])("holds up on the team's held-out set %s, in its own words", (file, floor) => {
    const report = run(file);
    expect(report.recallAt3).toBeGreaterThanOrEqual(floor.recallAt3);
    expect(report.mrr).toBeGreaterThanOrEqual(floor.mrr);
    expect(report.wronglyDeclined).toBeLessThanOrEqual(floor.declined);
    expect(report.negativesByConfidence.direct).toBeLessThanOrEqual(floor.negativesDirect);
  });

  it("answers few questions near the articles' topics, but not in them, as if they did (near-topic-negatives)", () => {
    // Facts the articles never give ("How did Kim Jong-il die?"): each such direct answer is a false claim.
    const report = run("eval/near-topic-negatives.json");
    expect(report.negatives).toBe(43);
    expect(report.negativesByConfidence.direct).toBeLessThanOrEqual(5);
  });

  it.each(["eval/team-questions.json", "eval/team-questions-2.json"])(
    "holds up on the team's own paraphrased questions (%s)",
    (file) => {
      const report = run(file);
      expect(report.recallAt3).toBeGreaterThanOrEqual(0.78);
      expect(report.mrr).toBeGreaterThanOrEqual(0.8);
      expect(report.negativesNotDirect).toBe(report.negatives);
      expect(report.wronglyDeclined).toBeLessThanOrEqual(1);
    },
  );
});
