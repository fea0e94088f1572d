import { describe, expect, it } from "vitest";
import type { Article } from "../corpus/types.js";
import { describedArticles } from "./article-descriptions.js";

const article = (id: string, date: string, author: string | null): Article => ({
  id,
  title: id,
  author,
  publisher: "Press",
  date,
  dateInferred: false,
  url: null,
  standfirst: null,
  authorNote: null,
  file: `${id}.md`,
});
const articles = [article("a", "2016-09", null), article("b", "2017-08-21", "Ann Lee"), article("c", "2017-03", "Bo Kim")];

describe("articles a question describes", () => {
  it("finds them by year, by age among the articles, and as unsigned, and takes the description out", () => {
    expect(describedArticles(articles, "What does the 2016 article say about sanctions?")).toEqual({
      sourceIds: ["a"],
      rest: "What does   say about sanctions?",
    });
    expect(describedArticles(articles, "Is the piece from 2017 hopeful?").sourceIds).toEqual(["b", "c"]);
    expect(describedArticles(articles, "In the older article, what is Syria's role?").sourceIds).toEqual(["a"]);
    expect(describedArticles(articles, "Does the most recent essay mention Iran?").sourceIds).toEqual(["b"]);
    expect(describedArticles(articles, "Does the anonymous author mention Iran?").sourceIds).toEqual(["a"]);
  });

  it("leaves a description that fits no article in the question, and years that date no article alone", () => {
    expect(describedArticles(articles, "What about the 2018 article?")).toEqual({
      sourceIds: [],
      rest: "What about the 2018 article?",
    });
    expect(describedArticles(articles, "What happened in 2016?").sourceIds).toEqual([]);
    expect(describedArticles([articles[1] as Article], "the older article").sourceIds).toEqual([]);
  });
});
