import { describe, expect, it } from "vitest";
import { passageColumnsProblem, passagesOf, storePassages } from "./passage-store.js";
import { passageIdOf } from "./passages.js";
import type { Passage } from "./types.js";

const passage = (
  sourceId: string,
  paragraph: number | null,
  part: number | null,
  heading: string | null,
  text: string,
): Passage => ({
  id: passageIdOf(sourceId, paragraph, part),
  sourceId,
  paragraph,
  part,
  heading,
  text,
});

describe("passages stored as columns and texts", () => {
  const passages = [
    passage("a-2016", 1, null, null, "First paragraph — with a dash."),
    passage("a-2016", 2, 1, "Sanctions", "A long paragraph's first part."),
    passage("a-2016", 2, 2, "Sanctions", "Its second part, 北朝鮮."),
    passage("a-2016", null, null, null, "The author writes on Korea."),
    passage("b-2017", 1, null, "Sanctions", "Another article."),
  ];

  it("gives back every passage as it was: id, article, paragraph, part, heading and text", () => {
    const read = passagesOf(storePassages(passages, ["a-2016", "b-2017"]));
    expect(read.all().map((p) => JSON.parse(JSON.stringify(p)))).toEqual(passages);
    expect(read.all().map((p) => p.id)).toEqual(["a-2016#p1", "a-2016#p2.1", "a-2016#p2.2", "a-2016#author", "b-2017#p1"]);
  });

  it("finds columns that do not fit: lengths that differ, an article or heading not stored", () => {
    const { columns } = storePassages(passages, ["a-2016", "b-2017"]);
    expect(passageColumnsProblem(columns)).toBeNull();
    expect(passageColumnsProblem({ ...columns, sourceIds: ["a-2016"] })).toMatch(/passage 4 names no stored article/);
    expect(passageColumnsProblem({ ...columns, headings: [] })).toMatch(/passage 1 names no stored heading/);
    expect(passageColumnsProblem({ ...columns, part: columns.part.subarray(1) })).toMatch(/do not match/);
  });
});
