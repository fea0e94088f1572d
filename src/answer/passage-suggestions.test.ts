import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { suggestPassages } from "./passage-suggestions.js";

const engine = realEngine();

describe("passages suggested as an id is typed", () => {
  it("lists the first passages for nothing typed, and those whose id holds what is typed", () => {
    expect(suggestPassages(engine, "  ").map((c) => c.value)).toEqual(
      engine.passages
        .all()
        .slice(0, 25)
        .map((p) => p.id),
    );
    const hilton = suggestPassages(engine, "HILTON-2017#P1");
    expect(hilton.map((c) => c.value)).toEqual(
      engine.passages
        .all()
        .map((p) => p.id)
        .filter((id) => id.startsWith("hilton-2017#p1")),
    );
    expect(hilton.length).toBeGreaterThan(1);
    expect(hilton[0]?.name.startsWith("hilton-2017#p1 — ")).toBe(true);
    expect(hilton.every((c) => c.name.length <= 100)).toBe(true);
  });

  it("finds a passage by words it holds as written, first, then by the index", () => {
    const found = suggestPassages(engine, "rain of fire");
    const first = engine.passages.all().find((p) => p.text.toLowerCase().includes("rain of fire"));
    expect(found[0]?.value).toBe(first?.id);
    expect(suggestPassages(engine, "sanctions").length).toBeGreaterThan(1);
    expect(suggestPassages(engine, "qqqzzz")).toEqual([]);
  });
});
