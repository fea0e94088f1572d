import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { lookUpPassage } from "./passage-lookup.js";

const engine = realEngine();

describe("a passage looked up by id", () => {
  it("is found in any case and with brackets, with its neighbours in the article", () => {
    const found = lookUpPassage(engine, " [HILTON-2017#P2] ");
    expect(found.ok && found.found.passage.id).toBe("hilton-2017#p2");
    expect(found.ok && [found.found.previous?.id, found.found.next?.id]).toEqual(["hilton-2017#p1", "hilton-2017#p3"]);
    const first = lookUpPassage(engine, "basic-2016#p1");
    expect(first.ok && first.found.previous).toBeNull();
  });

  it("when unknown, says which ids exist: the article's own, or the first sources and how many more", () => {
    const inArticle = lookUpPassage(engine, "hilton-2017#p99");
    expect(!inArticle.ok && inArticle.message).toMatch(/hilton-2017 has passages hilton-2017#p1 to hilton-2017#p\d+/);
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...(engine.articles[0] as (typeof engine.articles)[number]),
      id: `a${i}`,
    }));
    const unknown = lookUpPassage({ ...engine, articles: many }, "nowhere#p1");
    expect(!unknown.ok && unknown.message).toMatch(/sources are a0, a1, .*, a9 and 20 more \(see sources\)\.$/);
  });
});
