import type { Article } from "../src/corpus/types.js";

/** A made-up article "a{i}": no author, no URL, unless the test says otherwise. */
export const madeUpArticle = (i: number, facts: Partial<Article> = {}): Article => ({
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
  ...facts,
});
