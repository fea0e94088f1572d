import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { writeTempCorpus } from "../../test/temp-corpus.js";
import { answerQuestion } from "../answer/answer.js";
import { createEngine } from "../engine.js";
import type { EvalQuestion } from "../evaluation/metrics.js";
import { renderAnswerText, renderTopicComparisonText } from "../render/terminal.js";
import { compareTopic } from "./compare.js";

const engine = realEngine();
const devQuestions = JSON.parse(readFileSync("eval/dev-questions.json", "utf8")) as EvalQuestion[];

describe("comparison on the real corpus", () => {
  it("quotes every comparison sentence verbatim from the passage it names, for every dev question", () => {
    let quotes = 0;
    for (const { q } of devQuestions) {
      for (const side of answerQuestion(engine, q).comparison?.sources ?? []) {
        for (const quote of side.quotes) {
          const passage = engine.index.byId.get(quote.passageId)?.passage;
          expect(passage?.sourceId).toBe(side.sourceId);
          expect(passage?.text.includes(quote.text), quote.text).toBe(true);
          expect(quote.paragraph).toBe(passage?.paragraph);
          quotes += 1;
        }
        const recommendation = side.recommendation;
        if (recommendation) {
          const passage = engine.index.byId.get(recommendation.passageId)?.passage;
          expect(passage?.sourceId).toBe(side.sourceId);
          expect(passage?.text.includes(recommendation.text)).toBe(true);
        }
      }
    }
    expect(quotes).toBeGreaterThanOrEqual(10);
  });

  it("quotes first from each side's best passage, whose context matched the question too", () => {
    let sides = 0;
    for (const { q } of devQuestions) {
      const answer = answerQuestion(engine, q);
      for (const side of answer.comparison?.sources ?? []) {
        const best = answer.passages.find((p) => p.sourceId === side.sourceId);
        expect(side.quotes[0]?.passageId, q).toBe(best?.id);
        sides += 1;
      }
    }
    expect(sides).toBeGreaterThanOrEqual(10);
  });

  it("sets both authors side by side when both address the question, most relevant first", () => {
    const answer = answerQuestion(engine, "What do the authors think about UN sanctions?");
    const sides = answer.comparison?.sources.map((s) => s.sourceId);
    expect(sides).toEqual(answer.addressedBy);
    expect(answer.comparison?.sources.find((s) => s.sourceId === "basic-2016")?.author).toBeNull();
    expect(answer.comparison?.sharedTerms).toEqual(expect.arrayContaining(["sanctions", "China"]));
  });

  it("gives no comparison when only one source addresses the question", () => {
    expect(answerQuestion(engine, "What does Syria have to do with North Korea?").comparison).toBeNull();
  });

  it("gives a side's recommendation only from a sentence that recommends in the writer's own voice", () => {
    const answer = answerQuestion(engine, "Is denuclearisation still a realistic goal?");
    const basic = compareTopic(engine, "denuclearisation");
    expect(answer.addressedBy).toEqual(["basic-2016"]);
    if (!basic.ok) throw new Error(basic.message);
    expect(basic.result.comparison.sources[0]?.recommendation?.text).toBe(
      "Denuclearisation of the Korean peninsula should remain the goal of the international community, but until the circumstances allow for this to become possible pragmatism is the way forward.",
    );
  });

  it("declines a topic that names an article in that article's name only", () => {
    const topic = compareTopic(engine, "Hilton on Syria");
    if (!topic.ok) throw new Error(topic.message);
    expect(topic.result).toMatchObject({ addressedBy: [], namedSources: ["hilton-2017"] });
    const text = renderTopicComparisonText(topic.result, engine);
    expect(text).toContain("Isabel Hilton’s article doesn’t address this");
    expect(text).not.toContain("The articles don’t");
  });

  it("takes a bare topic, and returns no sides for a topic no article covers", () => {
    const topic = compareTopic(engine, "sanctions");
    expect(topic.ok && topic.result.addressedBy.sort()).toEqual(["basic-2016", "hilton-2017"]);
    const none = compareTopic(engine, "sourdough");
    expect(none.ok && none.result).toMatchObject({ addressedBy: [], comparison: { sources: [], sharedTerms: [] } });
    expect(compareTopic(engine, "  ")).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
  });

  it("asks for a topic when given the articles alone to compare", () => {
    for (const topic of ["the two articles", "Hilton and BASIC", "how do they differ"])
      expect(compareTopic(engine, topic), topic).toEqual({
        ok: false,
        message: "Name a topic to compare the articles on, such as “North Korea”.",
      });
  });

  it("never says, in its own words, that the authors agree or disagree", () => {
    for (const { q } of devQuestions) {
      const ownWords = renderAnswerText(answerQuestion(engine, q), engine).replace(/“[^”]*”/g, "");
      expect(ownWords).not.toMatch(/\b(dis)?agree/i);
    }
  });
});

describe("comparison edge cases", () => {
  const tiny = createEngine(
    writeTempCorpus({
      alpha: ["Tariffs on steel hurt farmers. Farmers must be compensated.", "Unrelated words about gardens and roses."],
      beta: ["Tariffs on cars raise prices for drivers.", "Drivers pay more at the pump."],
      gamma: ["Weather in spring is mild and tariffs are mentioned once."],
    }),
  );

  it("reports no common ground when the sides share nothing but the question's word", () => {
    const result = compareTopic(tiny, "tariffs on steel and cars");
    if (!result.ok) throw new Error(result.message);
    expect(result.result.addressedBy.sort()).toEqual(["alpha", "beta"]);
    expect(result.result.comparison.sharedTerms).toEqual(["tariffs"]);
  });

  it("leaves out a source whose only match is weak", () => {
    const answer = answerQuestion(tiny, "Why are tariffs on steel hurting farmers?");
    expect(answer.addressedBy).toEqual(["alpha"]);
    expect(answer.comparison).toBeNull();
  });

  it("shows no recommendation for a side with no sentence that recommends", () => {
    const result = compareTopic(tiny, "tariffs on steel and cars");
    if (!result.ok) throw new Error(result.message);
    const byId = new Map(result.result.comparison.sources.map((s) => [s.sourceId, s]));
    expect(byId.get("alpha")?.recommendation?.text).toBe("Farmers must be compensated.");
    expect(byId.get("beta")?.recommendation).toBeNull();
  });

  it("quotes a second sentence of a passage strongly on the question before the best sentence of a weak one", () => {
    const engine = createEngine(
      writeTempCorpus({
        alpha: [
          "Steel tariffs hurt farmers across the plains. Steel tariffs also ruin the farmers who export grain.",
          "Farmers worry about steel.",
        ],
      }),
    );
    const result = compareTopic(engine, "How do steel tariffs hurt farmers?");
    if (!result.ok) throw new Error(result.message);
    expect(result.result.comparison.sources[0]?.quotes.map((q) => q.text)).toEqual([
      "Steel tariffs hurt farmers across the plains.",
      "Steel tariffs also ruin the farmers who export grain.",
    ]);
  });
});
