import { describe, expect, it } from "vitest";
import type { Passage } from "../corpus/types.js";
import { buildPassageIndex } from "./passage-index.js";

// Words are their own terms: the index is built without the language pipeline.
const readSentences = ({ text }: { text: string }) => [
  { text, terms: text.split(" ").map((word) => ({ term: word, written: word })) },
];
const indexOf = (texts: string[]) =>
  buildPassageIndex(
    texts.map((text, i): Passage => ({ id: `a#p${i + 1}`, sourceId: "a", paragraph: i + 1, part: null, heading: null, text })),
    readSentences,
  ).index;

describe("documentFrequency of several terms", () => {
  it("counts the passages holding any of them, each once", () => {
    const index = indexOf(["sanctions tariffs", "sanctions", "tariffs", "weather"]);
    expect(index.documentFrequency(["sanctions"])).toBe(2);
    expect(index.documentFrequency(["sanctions", "tariffs"])).toBe(3);
    expect(index.documentFrequency(["sanctions", "unheard"])).toBe(2);
    expect(index.documentFrequency(["unheard"])).toBe(0);
  });

  it("estimates a union too large to count as independent terms would make it, close to the true count", () => {
    // 12,000 passages: "even" in every second, "third" in every third; the true union is two thirds.
    const texts = Array.from({ length: 12_000 }, (_, i) =>
      [i % 2 === 0 ? "even" : "odd", i % 3 === 0 ? "third" : "rest"].join(" "),
    );
    const index = indexOf(texts);
    expect(index.documentFrequency(["even", "third"])).toBe(8000);
  });
});

describe("writtenIn: the words that show a term in a passage, for bold", () => {
  // Terms are lowercase words without a final "s"; "Kim Il-sung" is one term written as the tokenizer splits it.
  const reader = ({ text }: { text: string }) => [
    {
      text,
      terms: text.includes("Kim Il-sung")
        ? [{ term: "@kim", written: "Kim Il sung" }]
        : text.split(" ").map((word) => ({ term: word.toLowerCase().replace(/s$/, ""), written: word })),
    },
  ];
  const passages = [
    "Sanctions bite",
    "sanction relief",
    "Kim Il-sung ruled",
    "us and them",
    "the status quo",
    "O'Neill's view",
  ].map((text, i): Passage => ({ id: `a#p${i + 1}`, sourceId: "a", paragraph: i + 1, part: null, heading: null, text }));
  const { index } = buildPassageIndex(passages, reader);
  const entry = (i: number) => index.entries.at(i) ?? expect.unreachable();

  it("gives the corpus's ways of writing the term that the passage holds, as it writes them", () => {
    expect(index.writtenIn(entry(0), "sanction")).toEqual(["Sanctions"]);
    expect(index.writtenIn(entry(1), "sanction")).toEqual(["sanction"]);
    expect(index.writtenIn(entry(2), "@kim")).toEqual(["Kim Il sung"]);
  });

  it("finds none inside longer words, in another case, or for a term the corpus never writes", () => {
    expect(index.writtenIn(entry(3), "sanction")).toEqual([]);
    expect(index.writtenIn(entry(4), "u")).toEqual([]); // "us" inside "status"
    expect(index.writtenIn(entry(3), "u")).toEqual(["us"]);
    expect(index.writtenIn(entry(3), "unheard")).toEqual([]);
  });

  it("finds a word written with an apostrophe as a whole word", () => {
    expect(index.writtenIn(entry(5), "o'neill'")).toEqual(["O'Neill's"]);
    expect(index.writtenIn(entry(0), "o'neill'")).toEqual([]);
  });
});

describe("wording: what a comparison counts of a passage, read when the index is built", () => {
  // Every word is indexed; content words are those not starting with "x", nouns those starting with "n".
  const reader = ({ text }: { text: string }) => {
    const words = text.split(" ");
    const content = words.filter((word) => !word.startsWith("x")).map((term) => ({ term }));
    return [
      {
        text,
        terms: words.map((word) => ({ term: word, written: word })),
        content,
        nouns: content.filter(({ term }) => term.startsWith("n")),
      },
    ];
  };
  const passage = (text: string, i: number): Passage => ({
    id: `a#p${i + 1}`,
    sourceId: "a",
    paragraph: i + 1,
    part: null,
    heading: null,
    text,
  });
  // Terms are first met out of alphabetical order, so the rows are reordered when the ids are sorted.
  const { index } = buildPassageIndex(["zeta nu xi zeta", "xi alpha"].map(passage), reader);

  it("counts each passage's content terms and nouns, and only those", () => {
    expect(index.entries.at(0)?.wording()).toEqual({
      terms: new Map([
        ["nu", 1],
        ["zeta", 2],
      ]),
      nouns: new Map([["nu", 1]]),
    });
    expect(index.entries.at(1)?.wording()).toEqual({ terms: new Map([["alpha", 1]]), nouns: new Map() });
  });
});

describe("lookup: a question's terms read in each passage", () => {
  it("gives each passage's count and sentence mask of every term by slot, as occurrence does, 0 where it lacks it", () => {
    const index = indexOf(["war war peace", "peace talks", "weather", "talks war"]);
    const terms = ["war", "talks", "unheard", "peace", "war"];
    const lookup = index.lookup(terms);
    expect(lookup.size).toBe(3);
    expect(lookup.slotOf("unheard")).toBe(-1);
    const counts = new Uint32Array(lookup.size);
    const sentences = new Uint32Array(lookup.size);
    for (const entry of index.entries.all()) {
      counts.fill(7); // what the passage before left must not show through
      lookup.read(entry, counts, sentences);
      for (const term of ["war", "talks", "peace"]) {
        const slot = lookup.slotOf(term);
        expect(counts[slot]).toBe(entry.occurrence(term)?.count ?? 0);
        expect(sentences[slot]).toBe(entry.occurrence(term)?.sentences ?? 0);
      }
    }
    expect(counts[lookup.slotOf("war")]).toBe(1); // the last passage
  });
});
