import { describe, expect, it } from "vitest";
import type { Passage } from "../corpus/types.js";
import type { Concept } from "../nlp/analyzer.js";
import { buildPassageIndex, type IndexedPassage } from "./passage-index.js";
import { DEFAULT_SCORING, type MeaningSignal, rankPassages, weighConcepts } from "./score.js";

// A hand-built index of three passages: words are their own terms (lowercase), the one place is an entity.
const passage = (id: string, text: string): Passage => ({
  id,
  sourceId: id.split("#")[0] as string,
  paragraph: 1,
  part: null,
  heading: null,
  text,
});
const termsOf = (text: string) =>
  (text.match(/[A-Za-z]+/g) ?? []).map((w) => ({ term: w === "Ruritania" ? "@ruritania" : w.toLowerCase(), written: w }));
const readSentences = ({ text }: { text: string }) =>
  text.split(/(?<=\.) /).map((sentence) => ({ text: sentence, terms: termsOf(sentence) }));
const { index } = buildPassageIndex(
  [
    passage("a#p1", "Sanctions hurt Ruritania. Tariffs rose."),
    passage("b#p1", "Sanctions hurt farmers. Ruritania is far away."),
    passage("c#p1", "Weather in spring is mild."),
  ],
  readSentences,
);
const word = (term: string, alternatives: [string, number][] = []): Concept => ({
  label: term,
  kind: "word",
  alternatives: [{ term, weight: 1 }, ...alternatives.map(([t, weight]) => ({ term: t, weight }))],
  words: [term],
  naming: true,
  importance: 1,
});
const entity = (name: string): Concept => ({ ...word(`@${name}`), label: name, kind: "entity" });
const rank = (concepts: Concept[], meaning?: MeaningSignal, keyTerms: string[] = []) =>
  rankPassages(index, weighConcepts(index, concepts), DEFAULT_SCORING, {
    meaning: meaning ?? { closenessOf: () => 0, sentenceClosenessOf: () => [], closest: [] },
    keyTerms: new Set(keyTerms),
  });
const byId = (ranked: ReturnType<typeof rank>) => new Map(ranked.map((s) => [s.entry.passage.id, s]));

describe("scoring", () => {
  it("measures coverage as the weighted share of the question's ideas a passage shows", () => {
    const scored = byId(rank([word("sanctions"), word("hurt")]));
    expect(scored.get("a#p1")?.coverage).toBeCloseTo(1);
    // Two ideas as rare as each other weigh the same: each passage shows one of them.
    const half = byId(rank([word("farmers"), word("tariffs")]));
    expect(half.get("a#p1")?.coverage).toBeCloseTo(0.5);
    expect(half.get("b#p1")?.coverage).toBeCloseTo(0.5);
    // An idea in most passages ("sanctions") weighs less than a rare one and does not select candidates alone.
    const skewed = byId(rank([word("sanctions"), word("farmers")]));
    expect(skewed.get("b#p1")?.coverage).toBeCloseTo(1);
    expect(skewed.has("a#p1")).toBe(false);
  });

  it("halves the coverage of a passage that does not name the question's place", () => {
    const question = [word("sanctions"), word("farmers"), entity("ruritania")];
    const withPlace = byId(rank(question)).get("b#p1");
    const question2 = [word("sanctions"), word("farmers"), entity("atlantis")];
    const withoutPlace = byId(rank(question2)).get("b#p1");
    expect(withoutPlace?.coverage).toBeLessThan((withPlace?.coverage ?? 0) * 0.5 + 1e-9);
  });

  it("counts an alternative for its weight, below the word itself", () => {
    const direct = byId(rank([word("tariffs")])).get("a#p1");
    const viaSynonym = byId(rank([word("duties", [["tariffs", 0.6]])])).get("a#p1");
    expect(direct?.coverage).toBeCloseTo(1);
    expect(viaSynonym?.coverage).toBeCloseTo(0.6);
  });

  it("rewards the single sentence that states the ideas together", () => {
    const scored = byId(rank([word("sanctions"), entity("ruritania")]));
    // a#p1 says both in one sentence; b#p1 spreads them over two.
    expect(scored.get("a#p1")?.sentenceCoverage).toBeCloseTo(1);
    expect(scored.get("b#p1")?.sentenceCoverage).toBeLessThan(1);
    expect(scored.get("a#p1")?.score).toBeGreaterThan(scored.get("b#p1")?.score ?? 0);
  });

  it("fuses closeness of meaning: a passage sharing no word can rank when its meaning is close", () => {
    const c = index.byId.get("c#p1") as IndexedPassage;
    const meaning: MeaningSignal = {
      closenessOf: (entry) => (entry === c ? 0.9 : 0),
      sentenceClosenessOf: (entry) => (entry === c ? [0.9] : []),
      closest: [c],
    };
    const ranked = rank([word("climate")], meaning);
    expect(ranked[0]?.entry.passage.id).toBe("c#p1");
    expect(ranked[0]).toMatchObject({ coverage: 0, closeness: 0.9 });
    expect(ranked[0]?.score).toBeCloseTo(DEFAULT_SCORING.semanticShare * 0.9);
  });

  it("anchors a passage to the question only through a key term matched closely", () => {
    expect(byId(rank([word("sanctions")], undefined, ["sanctions"])).get("a#p1")?.anchored).toBe(true);
    expect(byId(rank([word("sanctions")], undefined, [])).get("a#p1")?.anchored).toBe(false);
    // A weak alternative (0.6) relates, but does not anchor.
    expect(byId(rank([word("duties", [["tariffs", 0.6]])], undefined, ["tariffs"])).get("a#p1")?.anchored).toBe(false);
  });

  it("lists as matched only the ideas a passage shows by the word or a close alternative", () => {
    const scored = byId(rank([word("duties", [["tariffs", 0.3]]), word("sanctions")])).get("a#p1");
    expect(scored?.matched).toEqual(["sanctions"]);
    expect(scored?.coverage).toBeGreaterThan(0.5);
  });
});
