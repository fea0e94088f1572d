import { describe, expect, it } from "vitest";
import { madeUpArticle } from "../../test/article-fixture.js";
import type { Answer } from "../answer/answer.js";
import type { FormNotGiven } from "../retrieval/form-check.js";
import type { NearestPassage } from "../retrieval/retrieve.js";
import { answerHeader, declineLines, lengthText, suggestionLine } from "./source-labels.js";

const article = (i: number) => madeUpArticle(i);

describe("declineLines", () => {
  it("lists what a few articles cover, and sums up a large corpus after eight", () => {
    const articles = Array.from({ length: 30 }, (_, i) => article(i));
    const topics = new Map(articles.map((a) => [a.id, ["tariffs", "farmers"]]));
    const lines = declineLines(articles, topics, { unknownWords: ["sourdough"] });
    expect(lines.filter((l) => l.startsWith("• “"))).toHaveLength(8);
    expect(lines).toContain("• and 22 more articles (see sources)");
    expect(declineLines(articles.slice(0, 2), topics).some((l) => l.includes("more article"))).toBe(false);
    expect(suggestionLine(topics, "use /compare")).toBe(
      "Try asking about what they cover (tariffs, farmers), or use /compare tariffs to see the authors side by side.",
    );
  });

  it("says first how typos were read, so that a word said to be missing is seen to be the word read", () => {
    const lines = declineLines([article(0)], new Map(), {
      unknownWords: ["capital"],
      corrections: [{ from: "capitl", to: "capital" }],
    });
    expect(lines.slice(0, 3)).toEqual([
      "(Read “capitl” as “capital”.)",
      "The articles don’t address this, so there is nothing to quote.",
      "They never mention: capital.",
    ]);
  });
});

describe("declineLines for a question about an article itself", () => {
  it("gives the article's details, an unnamed author said to be unnamed, and no list of the others", () => {
    const articles = [{ ...article(0), author: null }, article(1)];
    const topics = new Map([[articles[0]?.id ?? "", ["tariffs"]]]);
    const lines = declineLines(articles, topics, {
      namedSources: [articles[0]?.id ?? ""],
      aboutNamedSources: true,
      suggestion: "Try.",
    });
    expect(lines[0]).toBe(
      `No passage is about the ${article(0).publisher} article itself, so there is nothing to quote. What is known of it:`,
    );
    expect(lines[1]).toMatch(/^• “.*” — author not named, .* — about tariffs$/);
    expect(lines.slice(2)).toEqual(["Try."]);
  });

  it("gives its length where known, its words rounded", () => {
    const lines = declineLines([article(0)], new Map(), {
      namedSources: [article(0).id],
      aboutNamedSources: true,
      articleLengths: { [article(0).id]: { paragraphs: 14, words: 1_037 } },
    });
    expect(lines[1]).toContain(" — 14 paragraphs, about 1,050 words");
    expect(lengthText({ paragraphs: 1, words: 42 })).toBe("1 paragraph, about 42 words");
  });
});

describe("declineLines for a question that names an article", () => {
  it("says what it says of the named article only, and lists only it", () => {
    const articles = [article(0), { ...article(1), author: "Ann Lee" }, article(2)];
    const lines = declineLines(articles, new Map(), { namedSources: [article(1).id], unknownWords: ["kimchi"] });
    expect(lines.slice(0, 3)).toEqual([
      "Ann Lee’s article doesn’t address this, so there is nothing to quote.",
      "It never mentions: kimchi.",
      "What it covers:",
    ]);
    expect(lines.filter((l) => l.startsWith("• "))).toHaveLength(1);
    expect(declineLines(articles, new Map(), { namedSources: [article(0).id, article(1).id] })[0]).toBe(
      `The ${article(0).publisher} article and Ann Lee’s article don’t address this, so there is nothing to quote.`,
    );
  });
});

describe("answerHeader of an answer that only comes close", () => {
  const closest = (
    missing: string[],
    others: NearestPassage[] = [],
    usedNowhere = missing,
    formNotGiven: FormNotGiven | null = null,
  ) =>
    answerHeader(
      {
        confidence: "closest",
        missing,
        usedNowhere,
        formNotGiven,
        corrections: [],
        addressedBy: ["a0"],
        others,
        paragraphAsked: null,
      } as unknown as Answer,
      [article(0), { ...article(1), author: "Ann Lee" }, article(2)],
      "Try.",
    );

  it("names the sources not quoted as coming less close, with their nearest passage, never as silent", () => {
    const lines = closest(
      [],
      [
        { sourceId: "a1", passageId: "a1#p4", paragraph: 4 },
        { sourceId: "a2", passageId: null, paragraph: null },
      ],
    );
    expect(lines).toContain(
      "Ann Lee’s article comes less close, at best in ¶ 4 [a1#p4]; nothing in the Press article comes this close.",
    );
    expect(lines.join(" ")).not.toContain("does not discuss");
    expect(closest([]).join(" ")).not.toContain("less close");
  });

  it("says what a question asking how many did not find a number of", () => {
    expect(closest([], [], [], { asked: "count", of: "troops" })).toContain("None of them gives a number of troops.");
    expect(closest([], [], [], { asked: "count", of: "" })).toContain("None of them gives a number.");
    expect(closest([]).join(" ")).not.toContain("None of them");
  });

  it("says what a question asking how much did not find an amount of", () => {
    expect(closest([], [], [], { asked: "amount", of: "money" })).toContain("None of them gives an amount of money.");
    expect(closest([], [], [], { asked: "amount", of: "" })).toContain("None of them gives an amount.");
    expect(closest([]).join(" ")).not.toContain("amount");
  });

  it("says that no passage tells when, for a question asking when", () => {
    expect(closest([], [], [], { asked: "time", of: "" })).toContain("None of them says when.");
  });

  it("says which of the question's words no passage uses, not that the articles say nothing on them", () => {
    expect(closest(["sway"])).toContain("No passage uses the word “sway” or one close to it.");
    expect(closest(["sway", "lunch"])).toContain("No passage uses these words or ones close to them: “sway”, “lunch”.");
    expect(closest([]).join(" ")).not.toContain("No passage uses");
  });

  it("says of a word some passage not shown uses only that the passages shown do not use it", () => {
    const lines = closest(["sway", "climate", "time"], [], ["sway"]);
    expect(lines).toContain("No passage uses the word “sway” or one close to it.");
    expect(lines).toContain("The passages shown do not use these words or ones close to them: “climate”, “time”.");
    expect(closest(["climate"], [], [])).toEqual(
      expect.arrayContaining(["The passages shown do not use the word “climate” or one close to it."]),
    );
    expect(closest(["climate"], [], []).join(" ")).not.toContain("No passage uses");
  });
});

describe("which sources address a question, in a large corpus", () => {
  const articles = Array.from({ length: 40 }, (_, i) => ({ ...article(i), author: `Author ${i}` }));
  const near = (i: number): NearestPassage => ({ sourceId: `a${i}`, passageId: `a${i}#p2`, paragraph: 2 });
  const header = (confidence: "direct" | "closest", addressedBy: string[], others: NearestPassage[]) =>
    answerHeader(
      {
        confidence,
        missing: [],
        usedNowhere: [],
        corrections: [],
        addressedBy,
        others,
        paragraphAsked: null,
      } as unknown as Answer,
      articles,
      "Try.",
    )[0];

  it("names five of each kind and counts the rest, never saying all when only some were spoken of", () => {
    const ids = (from: number, to: number) => articles.slice(from, to).map((a) => a.id);
    expect(header("direct", ids(0, 8), [near(10), near(11)])).toBe(
      "Author 0’s article, Author 1’s article, Author 2’s article, Author 3’s article, Author 4’s article and 3 more articles address this; Author 10’s article only comes close, in ¶ 2 [a10#p2]; Author 11’s article only comes close, in ¶ 2 [a11#p2].",
    );
    const others = [...Array.from({ length: 7 }, (_, i) => near(20 + i)), { sourceId: "a30", passageId: null, paragraph: null }];
    const said = header("direct", ["a0"], others) ?? "";
    expect(said.startsWith("Only Author 0’s article addresses this; Author 20’s article only comes close")).toBe(true);
    expect(said).toContain("Author 24’s article only comes close, in ¶ 2 [a24#p2]; 2 more articles only come close; ");
    expect(said.endsWith("Author 30’s article does not discuss it.")).toBe(true);
    expect(header("direct", ids(0, 3), [])).toBe("Author 0’s article, Author 1’s article, Author 2’s article address this.");
    expect(header("direct", ids(0, 40), [])).toBe("All the articles address this.");
  });
});
