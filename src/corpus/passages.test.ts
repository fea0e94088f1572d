import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { MAX_PASSAGE_CHARS, splitIntoPassages } from "./passages.js";
import type { ParsedArticle } from "./types.js";

const article = (blocks: ParsedArticle["blocks"], authorNote: string | null = null): ParsedArticle => ({
  id: "a",
  title: "T",
  author: null,
  publisher: "P",
  date: "2016",
  dateInferred: false,
  url: null,
  standfirst: null,
  authorNote,
  file: "a.md",
  blocks,
});
const naiveSentences = (text: string) => text.match(/[^.!?]+[.!?]+\s*/g) ?? [text];

describe("splitIntoPassages", () => {
  it("numbers paragraphs as a reader does, skipping headings, and keeps the heading each sits under", () => {
    const passages = splitIntoPassages(
      article([
        { kind: "paragraph", text: "One." },
        { kind: "heading", text: "Where now?" },
        { kind: "paragraph", text: "Two." },
      ]),
      naiveSentences,
    );
    expect(passages.map((p) => [p.id, p.paragraph, p.heading])).toEqual([
      ["a#p1", 1, null],
      ["a#p2", 2, "Where now?"],
    ]);
  });

  it("splits a very long paragraph at sentence boundaries into verbatim parts", () => {
    const sentence = "This sentence is about sanctions and their many effects on the economy.  ";
    const text = sentence.repeat(30).trim();
    const passages = splitIntoPassages(article([{ kind: "paragraph", text }]), naiveSentences);
    expect(passages.length).toBeGreaterThan(1);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(text).toContain(p.text);
      expect(p.text).toMatch(/^This.*\.$/s);
    }
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `a#p1.${i + 1}`));
  });

  it("adds the author note as its own passage, outside the paragraph count", () => {
    const passages = splitIntoPassages(article([{ kind: "paragraph", text: "One." }], "X is a writer."), naiveSentences);
    expect(passages.at(-1)).toMatchObject({ id: "a#author", paragraph: null, text: "X is a writer." });
  });
});

describe("the project's corpus", () => {
  const engine = realEngine();
  const receivedAs: Record<string, string> = {
    "basic-2016": "000_90305f0a19bc95f3.txt",
    "hilton-2017": "003_b3a47db9ba065533.txt",
  };

  it("quotes every passage verbatim from the article as received", () => {
    for (const passage of engine.passages.all()) {
      const file = receivedAs[passage.sourceId];
      expect(file, `no received copy known for ${passage.sourceId}`).toBeDefined();
      const original = readFileSync(join("eval", "received", file as string), "utf8");
      expect(original.includes(passage.text), passage.id).toBe(true);
    }
  });

  it("leaves site furniture out of the passages", () => {
    const all = engine.passages
      .all()
      .map((p) => p.text)
      .join("\n");
    for (const furniture of [
      "Share This",
      "Copy Link",
      "gift subscription",
      "Content from our partners",
      "New Thinking",
      "factsheet",
    ]) {
      expect(all).not.toContain(furniture);
    }
  });

  it("records that the BASIC article names no author and gives no URL, and that its date is inferred", () => {
    const basic = engine.articleById.get("basic-2016");
    expect(basic).toMatchObject({ author: null, url: null, date: "2016-09", dateInferred: true, publisher: "BASIC" });
    expect(engine.articleById.get("hilton-2017")).toMatchObject({
      author: "Isabel Hilton",
      publisher: "New Statesman",
      date: "2017-08-21",
    });
  });

  it("keeps in-article headings as headings, not passages", () => {
    expect(engine.passages.all().some((p) => p.text === "Where do we now stand?")).toBe(false);
    expect(engine.index.byId.get("basic-2016#p3")?.passage.heading).toBe("Where do we now stand?");
  });
});
