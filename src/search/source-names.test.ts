import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { nameTableFits, sourceNameFinder, sourceNameTable } from "./source-names.js";

const findSourceMentions = (articles: Parameters<typeof sourceNameFinder>[0], question: string) =>
  sourceNameFinder(articles)(question);
const engine = realEngine();

describe("sourceNameFinder", () => {
  it("finds an article by its author, the author's surname (possessive too) or its publisher", () => {
    expect(findSourceMentions(engine.articles, "What does Isabel Hilton think?")).toEqual({
      sourceIds: ["hilton-2017"],
      rest: "What does   think?",
    });
    expect(findSourceMentions(engine.articles, "Is Hilton’s view on China right?").sourceIds).toEqual(["hilton-2017"]);
    expect(findSourceMentions(engine.articles, "What does the BASIC article say?").sourceIds).toEqual(["basic-2016"]);
    expect(findSourceMentions(engine.articles, "Does the New Statesman piece mention Syria?").sourceIds).toEqual(["hilton-2017"]);
  });

  it("takes the author's first name mistyped right before the surname as part of the name, not as another word", () => {
    expect(findSourceMentions(engine.articles, "What does Isael Hilton say about China?").rest).toBe(
      "What does   say about China?",
    );
    expect(findSourceMentions(engine.articles, "isable hilton on russia").rest).toBe("  on russia");
    // Two letters off is another word, left to the question.
    expect(findSourceMentions(engine.articles, "Does Israel Hilton agree?").rest).toBe("Does Israel   agree?");
  });

  it("matches a name written in capitals only in capitals, and names nothing in an ordinary question", () => {
    expect(findSourceMentions(engine.articles, "What are the basic facts about sanctions?").sourceIds).toEqual([]);
  });

  it("takes a name in capitals written otherwise as the name where an article word or a possessive follows", () => {
    expect(findSourceMentions(engine.articles, "What does the Basic article say about Syria?").sourceIds).toEqual(["basic-2016"]);
    expect(findSourceMentions(engine.articles, "what's basic's view on china").sourceIds).toEqual(["basic-2016"]);
    expect(findSourceMentions(engine.articles, "Is this basic economics?").sourceIds).toEqual([]);
  });

  it("takes it as the name where it is the subject asked what it says ('does basic say…'), not otherwise", () => {
    for (const question of [
      "does basic talk about the korean war",
      "did basic say anything about japan",
      "what does basic think?",
    ])
      expect(findSourceMentions(engine.articles, question).sourceIds, question).toEqual(["basic-2016"]);
    expect(findSourceMentions(engine.articles, "does basic income matter").sourceIds).toEqual([]);
    expect(findSourceMentions(engine.articles, "do basic sanctions work").sourceIds).toEqual([]);
  });

  it("takes it as the name where it is set beside another article's name ('hilton vs basic'), not otherwise", () => {
    for (const question of ["hilton vs basic on china", "basic vs hilton on russia", "hilton and basic on sanctions"])
      expect(findSourceMentions(engine.articles, question).sourceIds.sort(), question).toEqual(["basic-2016", "hilton-2017"]);
    expect(findSourceMentions(engine.articles, "is basic income and welfare good").sourceIds).toEqual([]);
    expect(findSourceMentions(engine.articles, "hilton on basic needs").sourceIds).toEqual(["hilton-2017"]);
  });

  it("finds an article by its publisher's initials and its author's first name, as written and not first", () => {
    expect(findSourceMentions(engine.articles, "What does the NS piece say?").sourceIds).toEqual(["hilton-2017"]);
    expect(findSourceMentions(engine.articles, "What does the ns piece say?").sourceIds).toEqual(["hilton-2017"]);
    expect(findSourceMentions(engine.articles, "What does Isabel say about Russia?")).toEqual({
      sourceIds: ["hilton-2017"],
      rest: "What does   say about Russia?",
    });
    const article = (id: string, author: string | null, publisher: string) =>
      ({ ...engine.articles[0], id, author, publisher }) as (typeof engine.articles)[number];
    const find = sourceNameFinder([
      article("a", "Will Hutton", "New Society"),
      article("b", "Ann Lee", "North Star"),
      article("c", null, "The New York Times"),
    ]);
    expect(find("What does the NYT piece say?").sourceIds).toEqual(["c"]);
    expect(find("Will Russia help?").sourceIds).toEqual([]);
    expect(find("What does Will say?").sourceIds).toEqual(["a"]);
    expect(find("What will happen?").sourceIds).toEqual([]);
    // NS would stand for two publishers: for neither.
    expect(find("What does NS say?").sourceIds).toEqual([]);
  });

  it("names every article of a publisher, and takes the longest name first", () => {
    const article = (id: string, author: string | null, publisher: string) =>
      ({ ...engine.articles[0], id, author, publisher }) as (typeof engine.articles)[number];
    const find = sourceNameFinder([
      article("a", "Ann Lee", "The Paper"),
      article("b", null, "The Paper"),
      article("c", "Bo Lee", "Daily Review"),
    ]);
    expect(find("What did The Paper say?")).toEqual({ sourceIds: ["a", "b"], rest: "What did   say?" });
    expect(find("Is Ann Lee’s view new?").sourceIds).toEqual(["a"]);
    expect(find("What do the Lees think?").sourceIds).toEqual([]);
    expect(find("And Lee?").sourceIds).toEqual(["a", "c"]);
  });

  it("reads a name with an 's' and no apostrophe as its possessive, as chat writes it, but not after 'the'", () => {
    const find = (question: string) => findSourceMentions(engine.articles, question);
    expect(find("hiltons view on china")).toEqual({ sourceIds: ["hilton-2017"], rest: "  view on china" });
    expect(find("whats isabel hiltons main point").sourceIds).toEqual(["hilton-2017"]);
    expect(find("BASICs view on Syria").sourceIds).toEqual(["basic-2016"]);
    // "basics" is no name in capitals only; a plural after "the" is a family, not an author's article.
    expect(find("the basics of deterrence").sourceIds).toEqual([]);
    expect(find("what do the Hiltons think").sourceIds).toEqual([]);
  });

  it("finds the same through its table stored as JSON, one row per name, and refuses a table that does not fit", () => {
    const article = (id: string, author: string | null, publisher: string) =>
      ({ ...engine.articles[0], id, author, publisher }) as (typeof engine.articles)[number];
    const articles = [article("a", "Ann Lee", "BASIC"), article("b", null, "Basic Books"), article("c", "Lee", "Basic")];
    const table = sourceNameTable(articles);
    expect(table.filter(([key]) => key === "lee")).toEqual([["lee", null, 0, 2]]);
    expect(table.filter(([key]) => key === "basic")).toEqual([
      ["basic", "BASIC", 0],
      ["basic", null, 2],
    ]);
    const stored = JSON.parse(JSON.stringify(table));
    expect(nameTableFits(stored, articles.length)).toBe(true);
    const find = sourceNameFinder(articles, stored);
    expect(find("What does BASIC say?").sourceIds).toEqual(["a", "c"]);
    expect(find("Is basic news new?").sourceIds).toEqual(["c"]);
    expect(find("And Basic Books?").sourceIds).toEqual(["b"]);
    expect(find("Ann Lee's view?").sourceIds).toEqual(["a"]);
    expect(nameTableFits(stored, 2)).toBe(false);
    expect(nameTableFits([["lee", 3, 0]], 3)).toBe(false);
    expect(nameTableFits({}, 3)).toBe(false);
  });
});
