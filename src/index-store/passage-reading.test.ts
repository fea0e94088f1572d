import { describe, expect, it, vi } from "vitest";
import { loadCorpus } from "../corpus/load-corpus.js";
import { loadThesaurus } from "../corpus/load-thesaurus.js";
import { ensureLexicon } from "../lexicon/lexicon.js";
import { createAnalyzer } from "../nlp/analyzer.js";
import { createNlp } from "../nlp/pipeline.js";
import type { Thesaurus } from "../nlp/thesaurus.js";
import { indexArticles } from "./corpus-index.js";
import { CHUNK, readAlongside, sharedTextsBetween, shareTexts } from "./passage-reading.js";

const nlp = createNlp();
const lexicon = ensureLexicon();
const analyzer = createAnalyzer(nlp, loadThesaurus("corpus"));
const articles = loadCorpus("corpus");
const corpusTexts = articles.flatMap((article) => article.blocks.map((block) => block.text));
/** Enough passages for the worker to read several chunks (few: tests that time things run beside this one). */
const texts = Array.from({ length: 8 * CHUNK }, (_, i) => corpusTexts[i % corpusTexts.length] ?? "");

describe("reading passages on a worker thread beside the build", () => {
  it("hands the worker the texts in shared memory, each read back as written", () => {
    const written = ["Kim’s “fire and fury”", "", "naïve 🚀 café", "plain"];
    const shared = shareTexts(written);
    expect(shared.bytes).toBeInstanceOf(SharedArrayBuffer);
    expect(sharedTextsBetween(shared, 0, 4)).toEqual(written);
    expect(sharedTextsBetween(shared, 2, 99)).toEqual(written.slice(2));
  });

  it("gives each passage exactly the reading the build's own analyzer gives, in order", async () => {
    const reading = readAlongside(texts, analyzer);
    try {
      // The worker reads ahead of a build that has not started; then the build takes what it read.
      await vi.waitFor(() => expect(reading.readByWorker()).toBeGreaterThan(4), { timeout: 20_000, interval: 50 });
      texts.forEach((text, position) => {
        expect(reading.read(position)).toEqual(analyzer.passageSentences(text));
      });
    } finally {
      reading.close();
    }
  });

  it("reads every passage itself when the worker fails", () => {
    // No analyzer can be made from this, so the worker reports its failure at once.
    const reading = readAlongside(texts.slice(0, 4 * CHUNK), analyzer, null as unknown as Thesaurus);
    try {
      texts.slice(0, 4 * CHUNK).forEach((text, position) => {
        expect(reading.read(position)).toEqual(analyzer.passageSentences(text));
      });
      expect(reading.readByWorker()).toBe(0);
    } finally {
      reading.close();
    }
  });

  it("builds the same index with a worker reading as without", () => {
    const alone = indexArticles(articles, nlp, analyzer, lexicon, Number.POSITIVE_INFINITY);
    const beside = indexArticles(articles, nlp, analyzer, lexicon, 0);
    expect(beside.tables).toEqual(alone.tables);
    expect(beside.semantics).toEqual(alone.semantics);
    expect(beside.topics).toEqual(alone.topics);
    expect(beside.writtenForms).toEqual(alone.writtenForms);
    expect(beside.corpusWords).toEqual(alone.corpusWords);
    // The texts the worker read are the ones stored: made once, in shared memory.
    const stored = (index: typeof alone) => index.passages.texts as Uint8Array;
    expect(stored(beside).buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(stored(beside)).equals(Buffer.from(stored(alone)))).toBe(true);
    expect(beside.passages.offsets).toEqual(alone.passages.offsets);
  });
});
