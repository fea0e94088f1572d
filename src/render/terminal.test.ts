import { describe, expect, it } from "vitest";
import { madeUpArticle } from "../../test/article-fixture.js";
import { renderSourcesText } from "./terminal.js";

const article = (i: number) => madeUpArticle(i);

describe("the sources listed at the console", () => {
  const articles = [0, 1, 2].map(article);
  const topics = new Map([["a1", ["tariffs"]]]);

  it("lists each article with what is not known said so, and counts those past the limit", () => {
    const all = renderSourcesText(articles, topics);
    expect(all).toContain("a0: “Title 0” — author not named, Press, 2020");
    expect(all).toContain("URL: not given by the source");
    expect(all).toContain("About: tariffs");
    expect(all).not.toContain("more article");
    const two = renderSourcesText(articles, topics, 2);
    expect(two).toContain("a1: ");
    expect(two).not.toContain("a2: ");
    expect(two.endsWith("…and 1 more article (npm run sources lists every one).")).toBe(true);
  });
});
