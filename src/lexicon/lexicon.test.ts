import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON_DIR, LexiconError, loadLexicon } from "./lexicon.js";
import { relatedWords } from "./related-words.js";
import { loadWordnet } from "./wordnet.js";

describe("the prepared lexicon", () => {
  const lexicon = loadLexicon(DEFAULT_LEXICON_DIR);

  it("knows English words with their frequency ranks, and not non-words", () => {
    expect(lexicon.rankOf("the")).toBe(0);
    expect(lexicon.rankOf("sanctions")).toBeGreaterThan(lexicon.rankOf("war") ?? 0);
    expect(lexicon.rankOf("koera")).toBeUndefined();
  });

  it("gives unit vectors in which near words are closer than unrelated ones", () => {
    const cosine = (a: string, b: string) => {
      const [x, y] = [lexicon.vectorOf(a), lexicon.vectorOf(b)];
      if (!x || !y) throw new Error(`no vector for ${a} or ${b}`);
      return x.reduce((sum, v, i) => sum + v * (y[i] as number), 0) / 127 ** 2;
    };
    expect(lexicon.vectorOf("nuclear")).toHaveLength(lexicon.dimensions);
    expect(cosine("nuclear", "nuclear")).toBeCloseTo(1, 1);
    expect(cosine("atomic", "nuclear")).toBeGreaterThan(cosine("atomic", "banana"));
  });

  it("relates a word to the stems WordNet links it with", () => {
    const stems = lexicon.relatedStems("bombers").map((r) => r.stem);
    expect(stems).toContain("bomb");
    expect(lexicon.relatedStems("koera")).toEqual([]);
  });

  it("knows WordNet's adverbs of several words and what they relate to, not any run of words", () => {
    expect(lexicon.idioms.has("in the first place")).toBe(true);
    expect(lexicon.idioms.has("first place")).toBe(false);
    expect(lexicon.idioms.has("in the first")).toBe(false);
    expect(lexicon.relatedStems("in the first place").map((r) => r.stem)).toContain("origin");
    expect(lexicon.relatedStems("each year").map((r) => r.stem)).toContain("annual");
  });

  it("gives the words of a word's synonyms of several words, not the commonest English words", () => {
    const parts = (word: string) => lexicon.compoundParts(word).map((r) => r.stem);
    // nuke: nuclear_warhead; ICBM: intercontinental_ballistic_missile; WMD: weapon_of_mass_destruction.
    expect(parts("nukes")).toContain("nuclear");
    expect(parts("icbm")).toEqual(expect.arrayContaining(["ballist", "missil"]));
    expect(parts("wmd")).toContain("weapon");
    expect(parts("wmd")).not.toContain("of");
    expect(parts("kimchi")).toEqual([]);
    expect(parts("koera")).toEqual([]);
  });

  it("knows which words usually name one particular thing", () => {
    expect(lexicon.namesOneThing("ukraine")).toBe(true);
    expect(lexicon.namesOneThing("crimea")).toBe(true);
    // The bird comes first; a bomb is a kind of thing.
    expect(lexicon.namesOneThing("turkey")).toBe(false);
    expect(lexicon.namesOneThing("bomb")).toBe(false);
    // Menachem Begin, but also the verb.
    expect(lexicon.namesOneThing("begin")).toBe(false);
    expect(lexicon.namesOneThing("koera")).toBe(false);
  });

  it("knows which nouns “how much” asks an amount of, and which a degree", () => {
    for (const word of ["money", "oil", "food", "cash", "debt"]) expect(lexicon.measuredAsAmount(word), word).toBe(true);
    for (const word of ["influence", "pressure", "sway", "trade", "ordnance", "koera"])
      expect(lexicon.measuredAsAmount(word), word).toBe(false);
  });

  it("knows which verbs “how much does … ?” asks an amount of: having and giving, not caring or backing", () => {
    for (const word of ["spend", "give", "earn", "sell", "trade"]) expect(lexicon.verbOfGiving(word), word).toBe(true);
    for (const word of ["care", "matter", "support", "depend", "send"]) expect(lexicon.verbOfGiving(word), word).toBe(false);
  });

  it("reads a word in the part of speech the question uses it in, its other senses counting for less", () => {
    const weightOf = (pos: "n" | "v" | undefined, stem: string) =>
      lexicon.relatedStems("sway", pos).find((r) => r.stem === stem)?.weight ?? 0;
    // "sway" the noun is influence; the verb is to swing.
    expect(weightOf("n", "power")).toBeGreaterThan(weightOf("v", "power"));
    expect(weightOf("v", "shake")).toBeGreaterThan(weightOf("n", "shake"));
    expect(weightOf("v", "power")).toBeGreaterThan(0);
    // Without a part of speech, every sense counts fully.
    expect(weightOf(undefined, "power")).toBe(weightOf("n", "power"));
    expect(weightOf(undefined, "shake")).toBe(weightOf("v", "shake"));
  });

  it("refuses a folder that holds no prepared lexicon, saying how to prepare one", () => {
    const empty = mkdtempSync(join(tmpdir(), "lexicon-"));
    expect(() => loadLexicon(empty)).toThrow(LexiconError);
    expect(() => loadLexicon(empty)).toThrow(/npm run prepare-lexicon/);
    writeFileSync(join(empty, "meta.json"), JSON.stringify({ version: 0, dimensions: 100 }));
    expect(() => loadLexicon(empty)).toThrow(/another version/);
  });
});

describe("WordNet relations", () => {
  const wordnet = loadWordnet();

  it("finds base forms through inflections and WordNet's exception lists", () => {
    expect(wordnet.senses("bombers").map((s) => s.lemma)).toContain("bomber");
    expect(wordnet.senses("geese").map((s) => s.lemma)).toContain("goose");
  });

  it("weighs a word's common sense above its rare one (bomber the aircraft, not the sandwich)", () => {
    const related = relatedWords(wordnet, "bomber");
    expect(related.get("bomb") ?? 0).toBeGreaterThan(related.get("hero") ?? 0);
    expect(related.get("hero") ?? 0).toBeLessThan(0.3);
  });

  it("keeps to one part of speech when asked", () => {
    const noun = relatedWords(wordnet, "sway", "n");
    const verb = relatedWords(wordnet, "sway", "v");
    expect(noun.get("power") ?? 0).toBeGreaterThan(0);
    expect(verb.has("power")).toBe(false);
    expect(verb.get("swing") ?? 0).toBeGreaterThan(noun.get("swing") ?? 0);
  });

  it("links synonyms, derived forms and broader words", () => {
    expect(relatedWords(wordnet, "writer").get("author")).toBeGreaterThan(0.5);
    expect(relatedWords(wordnet, "seismic").has("earthquake")).toBe(true);
    expect(relatedWords(wordnet, "tremor").has("earthquake")).toBe(true);
  });
});
