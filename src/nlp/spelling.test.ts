import { describe, expect, it } from "vitest";
import { createSpeller } from "./spelling.js";

// A tiny English: rank is how common a word is (0 the most common).
const ranks: Record<string, number> = {
  the: 0,
  but: 30,
  what: 40,
  about: 55,
  way: 90,
  free: 200,
  china: 300,
  korea: 900,
  sway: 11_650,
  fret: 26_716,
  abut: 67_000,
  waht: 80_592,
};
const correct = createSpeller({
  rankOf: (word) => ranks[word],
  commonWords: () => new Map(Object.entries(ranks)),
  corpusWords: new Set(["china", "korea", "sanctions", "way", "pyongyang"]),
});

/** A speller whose common words are `common`, with their ranks. */
const spellerOf = (common: Record<string, number>, corpus: string[], readAsWritten: string[] = []) =>
  createSpeller({
    rankOf: (word) => common[word],
    commonWords: () => new Map(Object.entries(common)),
    corpusWords: new Set(corpus),
    readAsWritten: new Set(readAsWritten),
  });

describe("spelling", () => {
  it("reads a word that is no word as the likeliest word one edit away (transposed, missing, extra letters)", () => {
    expect(correct("chian koera sanctons").text).toBe("china korea sanctions");
  });

  it("takes a letter replaced by a key beside it, or one left out, over one replaced from across the keyboard", () => {
    const speller = spellerOf({ with: 15, fifth: 3_000, what: 40, want: 500 }, ["fifth"]);
    // "fifth" missing an f, not "with" with f for w (w and f sit apart), though "with" is 70 times commoner.
    expect(speller("fith").text).toBe("fifth");
    // n for h: beside each other on the keyboard.
    expect(speller("wnat").corrections).toEqual([{ from: "wnat", to: "what" }]);
  });

  it("takes a letter left out or two swapped over one replaced by a key beside it", () => {
    const speller = spellerOf({ piece: 2_238, price: 596, sites: 1_500, elites: 30_000 }, ["price", "elites"], ["piece"]);
    // e for r is a key beside it, one of five; "ie" for "ei" the one swap there is.
    expect(speller("peice").text).toBe("piece");
    // "eites" is "elites" missing its l, likelier than "sites" with its s replaced by one of the keys beside it.
    expect(speller("eites").text).toBe("elites");
  });

  it("reads a rarer word after a question word as the auxiliary one slip from it ('what dose' → does)", () => {
    const speller = createSpeller({
      rankOf: (word) => ({ what: 40, how: 60, does: 100, did: 80, had: 30, hard: 575, dose: 9_338, id: 9_314 })[word],
      commonWords: () => new Map([["what", 40]]),
      corpusWords: new Set(["china"]),
    });
    expect(speller("waht dose China want").text).toBe("what does China want");
    expect(speller("what id China do").text).toBe("what did China do");
    // Not a common word, which may well follow a question word, nor one where no question word comes before it.
    expect(speller("how hard is it").text).toBe("how hard is it");
    expect(speller("the dose of China").text).toBe("the dose of China");
  });

  it("reads as written the words it is told to, though no list knows them", () => {
    const speller = (readAsWritten?: Set<string>) =>
      createSpeller({
        rankOf: (word) => ranks[word],
        commonWords: () => new Map(Object.entries(ranks)),
        corpusWords: new Set(["china", "tah"]),
        readAsWritten,
      });
    expect(speller()("tbh chian").text).toBe("tah china");
    expect(speller(new Set(["tbh"]))("tbh chian").text).toBe("tbh china");
  });

  it("reads a typo as one of those words, however rare they are in English ('sumarize': summarize)", () => {
    const speller = createSpeller({
      rankOf: (word) => ({ ...ranks, summarize: 43_280 })[word],
      commonWords: () => new Map(Object.entries(ranks)),
      corpusWords: new Set(["china"]),
      readAsWritten: new Set(["summarize"]),
    });
    expect(speller("sumarize china").text).toBe("summarize china");
  });

  it("reads a word written without its space as two words of the corpus, and two a space split as one", () => {
    expect(correct("chinakorea sanctions")).toEqual({
      text: "china korea sanctions",
      corrections: [{ from: "chinakorea", to: "china korea" }],
    });
    expect(correct("Has Pyong yang tested")).toEqual({
      text: "Has Pyongyang tested",
      corrections: [{ from: "Pyong yang", to: "Pyongyang" }],
    });
    // Two words the corpus has both stay apart; a word that splits into no two corpus words stays whole.
    expect(correct("china way").text).toBe("china way");
    expect(correct("kimchi").text).toBe("kimchi");
  });

  it("keeps the first letter's case and says what it changed", () => {
    expect(correct("North Koera")).toEqual({ text: "North Korea", corrections: [{ from: "Koera", to: "korea" }] });
  });

  it("corrects a real word only toward a far likelier one", () => {
    // A letter left out ("about") is a likelier slip than a stray one added ("but").
    expect(correct("abut").text).toBe("about");
    expect(correct("how much sway").text).toBe("how much sway");
  });

  it("reads a word listed only far down the vocabulary, where the web's misspellings are, as a possible typo", () => {
    expect(correct("waht is juche").text).toBe("what is juche");
    expect(correct("fret").text).toBe("fret");
  });

  it("leaves contractions and acronyms whole, and reads the word before a possessive", () => {
    expect(correct("doesn't it, isn't it, shouldn't it").corrections).toEqual([]);
    expect(correct("TPP about Koera's sanctons").text).toBe("TPP about Korea's sanctions");
    // A question all in capitals has no acronym to tell apart.
    expect(correct("CHIAN KOERA").text).toBe("China Korea");
  });

  it("tries two edits against the corpus's own words for longer unknown words", () => {
    expect(correct("pyongynag").text).toBe("pyongyang");
    expect(correct("snactions").text).toBe("sanctions");
    // Two letters replaced (the letters no longer match either), and a third one too many.
    expect(correct("sanktiobs").text).toBe("sanctions");
    expect(correct("sanktiobx").text).toBe("sanktiobx");
  });

  it("reads an unknown word as a rarer real word one edit away, before a corpus word two away", () => {
    const speller = createSpeller({
      rankOf: (word) => ({ acting: 2_000, placating: 81_712, plcating: 300_000 })[word],
      commonWords: () => new Map([["acting", 2_000]]),
      corpusWords: new Set(["acting"]),
    });
    expect(speller("pacating").text).toBe("placating");
    // Beyond the real words the vocabulary lists the web's misspellings: none is taken for what was meant.
    expect(speller("plcatng").text).toBe("plcatng");
  });

  it("reads a capitalised word inside a sentence as a name: mistyped at one slip at most", () => {
    const speller = createSpeller({
      rankOf: () => undefined,
      commonWords: () => new Map(),
      corpusWords: new Set(["warmer", "beijing"]),
    });
    expect(speller("What did Warmbier do in Beijign?").text).toBe("What did Warmbier do in Beijing?");
    expect(speller("Warmbier").text).toBe("Warmer");
    expect(speller("so. Warmbier").text).toBe("so. Warmer");
    expect(speller("what did warmbier do").text).toBe("what did warmer do");
  });

  it("leaves short words, corpus words and hopeless words alone", () => {
    expect(correct("xq way zzzzzzzz").text).toBe("xq way zzzzzzzz");
    expect(correct("xq way zzzzzzzz").corrections).toEqual([]);
  });
});
