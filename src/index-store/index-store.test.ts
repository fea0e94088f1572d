import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeTempCorpus } from "../../test/temp-corpus.js";
import { ask } from "../answer/answer.js";
import { createEngine, type Engine, engineOver, openEngine } from "../engine.js";
import { ensureLexicon } from "../lexicon/lexicon.js";
import { createNlp } from "../nlp/pipeline.js";
import { ListsUnpackedOnDemand } from "../search/packed-lists.js";
import { readCorpusIndex, readManifest } from "./index-files.js";

const parts = { nlp: createNlp(), lexicon: ensureLexicon() };
const scratch = () => mkdtempSync(join(tmpdir(), "index-"));
/** Opens the engine, keeping what it logs. */
const open = (corpusDir: string, indexDir: string) => {
  const lines: string[] = [];
  const engine = openEngine(corpusDir, { ...parts, indexDir, log: (line) => lines.push(line) });
  return { engine, lines };
};
const answerOf = (engine: Engine, question: string) => JSON.stringify(ask(engine, question));

describe("a stored index", () => {
  let built: Engine;
  let loaded: Engine & { origin: string };
  const indexDir = scratch();
  beforeAll(() => {
    built = createEngine("corpus", parts);
    expect(open("corpus", indexDir).engine.origin).toBe("built and saved");
    loaded = open("corpus", indexDir).engine;
  });

  it("is read back, not rebuilt, and answers every development question exactly as the built engine does", () => {
    expect(loaded.origin).toBe("loaded");
    const questions = readdirSync("eval")
      .filter((name) => name.endsWith(".json"))
      .flatMap((name) => (JSON.parse(readFileSync(join("eval", name), "utf8")) as { q: string }[]).map((q) => q.q));
    expect(questions.length).toBeGreaterThan(100);
    for (const question of questions) expect(answerOf(loaded, question), question).toBe(answerOf(built, question));
  });

  it("keeps the passages verbatim and the articles' facts as read", () => {
    expect(loaded.passages.all().map((p) => [p.id, p.text])).toEqual(built.passages.all().map((p) => [p.id, p.text]));
    expect(loaded.articles).toEqual(built.articles);
    expect([...loaded.topics]).toEqual([...built.topics]);
  });

  it("reads the same whether its arrays are read here or by a worker thread (as a large index's are)", () => {
    const manifest = readManifest(indexDir);
    if (!manifest) throw new Error("no manifest");
    const here = readCorpusIndex(indexDir, manifest, Number.POSITIVE_INFINITY);
    const beside = readCorpusIndex(indexDir, manifest, 0);
    expect(beside.tables.termIds.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(beside.tables).toEqual(here.tables);
    expect(beside.semantics).toEqual(here.semantics);
    // FlexSearch's lists are unpacked only for the terms asked for (the start's largest saving at scale).
    const fields = (here.search as unknown as { index: Map<string, { map: unknown }> }).index;
    expect(fields.get("terms")?.map).toBeInstanceOf(ListsUnpackedOnDemand);
    const engine = engineOver(beside, built.analyzer, built.lexicon);
    for (const question of ["Who supports North Korea?", "What do the authors recommend?"])
      expect(answerOf(engine, question)).toBe(answerOf(built, question));
  });
});

describe("when the index is rebuilt", () => {
  const corpus = () => {
    const dir = writeTempCorpus({ alpha: ["Sanctions on Ruritania were lifted in spring."], beta: ["Tariffs rose sharply."] });
    return { corpusDir: dir, indexDir: join(dir, ".index") };
  };

  it("is rebuilt when an article changes, and finds what was added", () => {
    const { corpusDir, indexDir } = corpus();
    expect(open(corpusDir, indexDir).engine.origin).toBe("built and saved");
    appendFileSync(join(corpusDir, "beta.md"), "\n\nA glacier calved into the fjord.\n");
    const { engine, lines } = open(corpusDir, indexDir);
    expect(engine.origin).toBe("built and saved");
    expect(lines[0]).toMatch(/^Indexing the articles in /);
    expect(ask(engine, "glacier fjord")).toMatchObject({ ok: true, answer: { addressedBy: ["beta"] } });
  });

  it("is rebuilt next start when an article changes while it is being built", () => {
    const { corpusDir, indexDir } = corpus();
    // The build says it is indexing once the articles are read: the edit comes after they were read.
    const log = (line: string) => {
      if (line.startsWith("Indexing")) appendFileSync(join(corpusDir, "beta.md"), "\n\nA glacier calved into the fjord.\n");
    };
    expect(openEngine(corpusDir, { ...parts, indexDir, log }).origin).toBe("built and saved");
    const { engine } = open(corpusDir, indexDir);
    expect(engine.origin).toBe("built and saved");
    expect(ask(engine, "glacier fjord")).toMatchObject({ ok: true, answer: { addressedBy: ["beta"] } });
    expect(open(corpusDir, indexDir).engine.origin).toBe("loaded");
  });

  it("is kept when files are only touched (same content)", () => {
    const { corpusDir, indexDir } = corpus();
    open(corpusDir, indexDir);
    utimesSync(join(corpusDir, "alpha.md"), new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(open(corpusDir, indexDir).engine.origin).toBe("loaded");
    expect(open(corpusDir, indexDir).engine.origin).toBe("loaded");
  });

  it("is rebuilt, with a line saying why, when its files are damaged", () => {
    const { corpusDir, indexDir } = corpus();
    open(corpusDir, indexDir);
    const damages: [() => void, RegExp][] = [
      [() => truncateSync(join(indexDir, "arrays.bin"), 10), /array .* lies outside arrays\.bin; building it again/],
      [() => writeFileSync(join(indexDir, "records.json"), "{not json"), /records\.json unreadable .*; building it again/],
      [() => writeFileSync(join(indexDir, "texts.bin"), "short"), /the texts do not match the passages; building it again/],
      [() => truncateSync(join(indexDir, "search", "lists.bin"), 6), /term index's part .* unreadable .*; building it again/],
      // A manifest of no known layout: no index at all.
      [() => writeFileSync(join(indexDir, "manifest.json"), "[]"), /^Indexing the articles/],
    ];
    for (const [damage, why] of damages) {
      damage();
      const { engine, lines } = open(corpusDir, indexDir);
      expect(engine.origin).toBe("built and saved");
      expect(lines[0]).toMatch(why);
      expect(ask(engine, "sanctions Ruritania")).toMatchObject({ ok: true, answer: { addressedBy: ["alpha"] } });
      expect(open(corpusDir, indexDir).engine.origin).toBe("loaded");
    }
  });

  it("still answers, from memory, when the index cannot be saved", () => {
    const { corpusDir } = corpus();
    const aFile = join(scratch(), "file");
    writeFileSync(aFile, "");
    const { engine, lines } = open(corpusDir, join(aFile, "index"));
    expect(engine.origin).toBe("built, not saved");
    expect(lines.join("\n")).toMatch(/Could not save the index to .*file\/index \(ENOTDIR/);
    expect(ask(engine, "sanctions Ruritania")).toMatchObject({ ok: true, answer: { addressedBy: ["alpha"] } });
  });

  it("is a corpus of its own for a copied corpus folder", () => {
    const { corpusDir, indexDir } = corpus();
    open(corpusDir, indexDir);
    const copy = scratch();
    cpSync(corpusDir, copy, { recursive: true });
    expect(open(copy, join(copy, ".index")).engine.origin).toBe("loaded");
  });
});
