import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ask } from "../answer/answer.js";
import { checkCorpus, loadCorpus } from "../corpus/load-corpus.js";
import { createEngine } from "../engine.js";
import { normaliseDate } from "./dates.js";
import { readHtmlArticle } from "./html-article.js";
import { ingest } from "./ingest.js";
import { readTextArticle } from "./text-article.js";

const RECEIVED = { basic: "eval/received/000_90305f0a19bc95f3.txt", hilton: "eval/received/003_b3a47db9ba065533.txt" };
const curated = new Map(loadCorpus("corpus").map((a) => [a.id, a]));
const PARAGRAPHS = [
  "For more than half a century, China has seen North Korea as a dangerous irritant as much as an asset. It might be useful for keeping the United States off guard.",
  "The North Korean regime has tended to be characterised as uniquely irrational and unpredictable. From its perspective, however, its behaviour makes eminent sense.",
];

/** A saved page as browsers save them: site furniture around the article, metadata in the head. */
function savedPage(head: string, byline = ""): string {
  return `<!doctype html><html><head>${head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/subscribe">Subscribe for £1 a month</a></li></ul></nav></header>
<main><article><h1>Why Russia holds the key</h1>${byline}
<p>${PARAGRAPHS[0]}</p>
<div class="share"><button>Share on Facebook</button><button>Copy link</button></div>
<h2>A long history</h2>
<p>${PARAGRAPHS[1]}</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ten things you did not know about Kim</a></li><li><a href="/b">Quiz: which dictator are you?</a></li></ul></aside></main>
<footer><p>© 2017 The Paper. All rights reserved. Advertise with us. Cookie settings.</p></footer>
</body></html>`;
}

describe("dates as pages print them", () => {
  it.each([
    ["2017-08-21T10:00:00+00:00", "2017-08-21"],
    ["2017-08-21", "2017-08-21"],
    ["2017/08/21", "2017-08-21"],
    ["21 August 2017", "2017-08-21"],
    ["August 21, 2017", "2017-08-21"],
    ["Sept 2016", "2016-09"],
    ["yesterday", null],
    ["21 Smarch 2017", null],
  ])("%s → %s", (text, date) => {
    expect(normaliseDate(text)).toBe(date);
  });
});

describe("saved web pages", () => {
  it("take title, author, publisher, date and URL from the page's meta tags, and leave the furniture out", () => {
    const article = readHtmlArticle(
      savedPage(`<title>Why Russia holds the key | The Paper</title>
        <meta property="og:title" content="Why Russia holds the key">
        <meta property="og:site_name" content="The Paper">
        <meta name="citation_author" content="Isabel Hilton">
        <meta property="article:published_time" content="2017-08-21T10:00:00+01:00">
        <meta property="og:url" content="https://paper.example/russia-key">`),
      "page.html",
    );
    expect(article).toMatchObject({
      title: "Why Russia holds the key",
      author: "Isabel Hilton",
      publisher: "The Paper",
      date: "2017-08-21",
      url: "https://paper.example/russia-key",
    });
    expect(article.blocks).toEqual([
      { kind: "paragraph", text: PARAGRAPHS[0] },
      { kind: "heading", text: "A long history" },
      { kind: "paragraph", text: PARAGRAPHS[1] },
    ]);
    expect(JSON.stringify(article.blocks)).not.toMatch(/Subscribe|Share on|Related|Quiz|Cookie/);
    expect(article.found).toContain("publisher: meta og:site_name");
  });

  it("read JSON-LD and a byline, and leave null what the page does not give", () => {
    const jsonLd = {
      "@context": "https://schema.org",
      "@graph": [
        {
          "@type": "NewsArticle",
          headline: "Why Russia holds the key",
          datePublished: "2017-08-21",
          publisher: { "@type": "Organization", name: "The Paper" },
        },
      ],
    };
    const article = readHtmlArticle(
      savedPage(
        `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`,
        '<p class="byline">By Isabel Hilton</p>',
      ),
      "page.html",
    );
    expect(article).toMatchObject({
      title: "Why Russia holds the key",
      author: "Isabel Hilton",
      publisher: "The Paper",
      date: "2017-08-21",
      url: null,
    });
    expect(article.blocks[0]).toEqual({ kind: "paragraph", text: PARAGRAPHS[0] });
  });

  it("never take an author page's URL or a broken JSON-LD block for a fact", () => {
    const article = readHtmlArticle(
      savedPage(
        `<meta property="article:author" content="https://paper.example/authors/hilton"><script type="application/ld+json">{not json</script>`,
      ),
      "page.html",
    );
    expect(article.author).toBeNull();
    expect(article.date).toBeNull();
  });
});

describe("the two articles as received (plain text)", () => {
  it("Hilton: the curated corpus's paragraphs exactly, with title, byline, date, standfirst and author note", () => {
    const article = readTextArticle(readFileSync(RECEIVED.hilton, "utf8"), RECEIVED.hilton);
    const hilton = curated.get("hilton-2017");
    expect(article.blocks).toEqual(hilton?.blocks);
    expect(article).toMatchObject({
      title: hilton?.title,
      author: hilton?.author,
      date: hilton?.date,
      standfirst: hilton?.standfirst,
      authorNote: hilton?.authorNote,
      publisher: null,
      url: null,
    });
  });

  it("BASIC: every curated paragraph and heading in order; no author or date invented", () => {
    const article = readTextArticle(readFileSync(RECEIVED.basic, "utf8"), RECEIVED.basic);
    const basic = curated.get("basic-2016");
    expect(article.title).toBe(basic?.title);
    expect(article.blocks.slice(0, basic?.blocks.length)).toEqual(basic?.blocks);
    // The one line of furniture that reads like a sentence: the report shows it as the last paragraph to check.
    expect(article.blocks.slice(basic?.blocks.length).map((b) => b.text)).toEqual([
      "For more on North Korea’s nuclear programme, see this BASIC factsheet here.",
    ]);
    expect([article.author, article.date, article.publisher]).toEqual([null, null, null]);
  });
});

describe("ingest into a corpus folder", () => {
  it("writes corpus files, reports what to fill in, never overwrites, and the result answers questions verbatim", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    const page = join(dir, "..", `page-${Date.now()}.html`);
    writeFileSync(
      page,
      savedPage(`<meta property="og:title" content="Why Russia holds the key"><meta property="og:site_name" content="The Paper">
        <meta name="author" content="Isabel Hilton">`),
    );
    const reports = ingest([RECEIVED.hilton, page], dir);
    expect(reports.map((r) => [r.id, r.missing])).toEqual([
      ["hilton-2017", ["publisher"]],
      ["hilton-undated", ["date"]],
    ]);
    expect(checkCorpus(dir).problems.map((p) => `${p.file.replace(`${dir}/`, "")}: ${p.field}`)).toEqual([
      "hilton-2017.md: publisher",
      "hilton-undated.md: date",
    ]);
    expect(() => ingest([RECEIVED.hilton], dir)).not.toThrow(); // a second copy gets an id of its own
    expect(reports[0]?.written).toBe(join(dir, "hilton-2017.md"));

    // The user fills in what was missing; the corpus then loads and answers from the received text.
    for (const [file, from, to] of [
      ["hilton-2017.md", "publisher: null", "publisher: New Statesman"],
      ["hilton-undated.md", "date: null", 'date: "2017-08-21"'],
      ["hilton-2017-2.md", "publisher: null", "publisher: New Statesman"],
    ] as const) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
    }
    expect(checkCorpus(dir).problems).toEqual([]);
    const result = ask(createEngine(dir), "Who could Trump call to solve his North Korea problem?");
    if (!result.ok) throw new Error(result.message);
    const received = readFileSync(RECEIVED.hilton, "utf8");
    expect(result.answer.passages.length).toBeGreaterThan(0);
    for (const passage of result.answer.passages.filter((p) => p.sourceId.startsWith("hilton-2017")))
      expect(received).toContain(passage.text);
  });

  it("copies a file already in the corpus format, and refuses a broken one or an id that is not a file name", () => {
    const dir = mkdtempSync(join(tmpdir(), "ingest-"));
    const source = mkdtempSync(join(tmpdir(), "sources-"));
    const write = (name: string, text: string) => {
      writeFileSync(join(source, name), text);
      return join(source, name);
    };
    const good = write(
      "good.md",
      '---\nid: lee-2020\ntitle: "T"\nauthor: null\npublisher: P\ndate: "2020"\n---\n\nA paragraph.\n',
    );
    expect(ingest([good], dir)[0]).toMatchObject({ id: "lee-2020", found: ["front matter"] });
    expect(readFileSync(join(dir, "lee-2020.md"), "utf8")).toBe(readFileSync(good, "utf8"));
    expect(() => ingest([good], dir)).toThrow(/already has an article "lee-2020"/);
    expect(() => ingest([write("bad.md", "---\nid: [\n---\n")], dir)).toThrow(/bad\.md: front matter is not valid YAML/);
    expect(() => ingest([write("escape.md", '---\nid: "../../etc/x"\n---\n')], dir)).toThrow(
      /id "\.\.\/\.\.\/etc\/x" must be lowercase/,
    );
  });
});
