import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CorpusError, checkCorpus, loadCorpus } from "./load-corpus.js";
import { isValidPartialDate, parseArticle } from "./validate-article.js";

const front = (fields: string) => `---\n${fields}\n---\n\nFirst paragraph.\n\n## A heading\n\nSecond paragraph.\n`;
const GOOD = 'id: sample\ntitle: "A title"\nauthor: null\npublisher: Someone\ndate: "2016-09"';

const problemsOf = (source: string) => {
  const result = parseArticle("sample.md", source);
  return "problems" in result ? result.problems.map((p) => `${p.field}: ${p.message}`) : [];
};

describe("parseArticle", () => {
  it("accepts a well-formed article and keeps an unnamed author as null", () => {
    const result = parseArticle("sample.md", front(GOOD));
    if (!("article" in result)) throw new Error("expected an article");
    expect(result.article.author).toBeNull();
    expect(result.article.url).toBeNull();
    expect(result.article.blocks).toEqual([
      { kind: "paragraph", text: "First paragraph." },
      { kind: "heading", text: "A heading" },
      { kind: "paragraph", text: "Second paragraph." },
    ]);
  });

  it.each([
    ["no front matter", "Just text.", /front matter: no front matter/],
    ["invalid YAML", "---\ntitle: [unclosed\n---\n\nText.", /front matter: front matter is not valid YAML/],
    ["a missing title", front(GOOD.replace('title: "A title"\n', "")), /^title: missing/],
    ["a missing author field", front(GOOD.replace("author: null\n", "")), /^author: missing: write the value, or null/],
    ["an unparseable date", front(GOOD.replace('"2016-09"', '"September 2016"')), /^date: "September 2016" is not a date/],
    ["an impossible date", front(GOOD.replace('"2016-09"', '"2017-02-30"')), /^date: /],
    ["a bad id", front(GOOD.replace("id: sample", "id: Not Valid")), /^id: "Not Valid" must use lowercase/],
    ["a URL that is not one", front(`${GOOD}\nurl: somewhere`), /^url: "somewhere" is not an http/],
    ["an empty body", `---\n${GOOD}\n---\n\n## Only a heading\n`, /^body: has no paragraphs/],
    ["a repeated paragraph", `---\n${GOOD}\n---\n\nSame.\n\nOther.\n\nSame.\n`, /^body: paragraph 3 repeats paragraph 1/],
    ["front matter that is a list", "---\n- a\n- b\n---\n\nText.", /front matter: must be a YAML mapping/],
  ])("reports %s with its field", (_label, source, pattern) => {
    expect(problemsOf(source).some((line) => pattern.test(line))).toBe(true);
  });

  it("reports every problem of a file at once", () => {
    expect(problemsOf(front("id: sample")).length).toBeGreaterThanOrEqual(4);
  });

  it("reports a malformed optional field instead of dropping it", () => {
    expect(problemsOf(front(`${GOOD}\nstandfirst: 42\nauthorNote: ["x"]`))).toEqual([
      "standfirst: must be non-empty text or null",
      "authorNote: must be non-empty text or null",
    ]);
  });
});

describe("isValidPartialDate", () => {
  it("takes year, month or day precision and rejects impossible dates", () => {
    expect(["2016", "2016-09", "2017-08-21", "2016-02-29"].every(isValidPartialDate)).toBe(true);
    expect(["2016-13", "2017-02-29", "21 August 2017", ""].some(isValidPartialDate)).toBe(false);
  });
});

describe("loadCorpus", () => {
  const folderWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-"));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it("refuses duplicate ids across files, naming the file and the field", () => {
    const dir = folderWith({ "a.md": front(GOOD), "b.md": front(GOOD) });
    expect(() => loadCorpus(dir)).toThrow(/corpus-\w+\/b\.md: id: "sample" is already used by \/tmp\/corpus-\w+\/a\.md/);
  });

  it("names the file and field of every problem in the error message", () => {
    const dir = folderWith({ "good.md": front(GOOD), "broken.md": front(GOOD.replace("publisher: Someone\n", "")) });
    const error = (() => {
      try {
        loadCorpus(dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as Error).message).toMatch(/^\/tmp\/corpus-\w+\/broken\.md: publisher: missing from the front matter$/);
  });

  it("reports a folder named like an article instead of failing to read it", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-"));
    writeFileSync(join(dir, "a.md"), front(GOOD));
    mkdirSync(join(dir, "x.md"));
    expect(checkCorpus(dir).problems).toEqual([
      { file: join(dir, "x.md"), field: "file", message: "is a folder, not an article: rename it or move it out" },
    ]);
  });

  it("reports a missing folder and a folder without articles", () => {
    expect(checkCorpus("/no/such/folder").problems[0]?.message).toMatch(/not found/);
    expect(checkCorpus(folderWith({ "notes.txt": "x" })).problems[0]?.message).toMatch(/holds no \.md articles/);
  });

  it("finds the project's own corpus valid", () => {
    expect(checkCorpus("corpus").problems).toEqual([]);
  });
});
