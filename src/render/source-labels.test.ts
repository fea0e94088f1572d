import { describe, expect, it } from "vitest";
import type { Article } from "../corpus/types.js";
import { declineLines, suggestionLine } from "./source-labels.js";

const article = (i: number): Article => ({
  id: `a${i}`,
  title: `Title ${i}`,
  author: null,
  publisher: "Press",
  date: "2020",
  dateInferred: false,
  url: null,
  standfirst: null,
  authorNote: null,
  file: `a${i}.md`,
});

describe("declineLines", () => {
  it("lists what a few articles cover, and sums up a large corpus after eight", () => {
    const articles = Array.from({ length: 30 }, (_, i) => article(i));
    const topics = new Map(articles.map((a) => [a.id, ["tariffs", "farmers"]]));
    const lines = declineLines(["sourdough"], articles, topics);
    expect(lines.filter((l) => l.startsWith("• “"))).toHaveLength(8);
    expect(lines).toContain("• and 22 more articles (see sources)");
    expect(declineLines([], articles.slice(0, 2), topics).some((l) => l.includes("more article"))).toBe(false);
    expect(suggestionLine(topics, "use /compare")).toBe(
      "Try asking about what they cover (tariffs, farmers), or use /compare tariffs to see the authors side by side.",
    );
  });
});
