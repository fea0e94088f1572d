/**
 * Seeded synthetic corpora in the project's format, for measuring scale (`npm run bench -- --scale`): articles
 * recombined from the sentences of the real ones, with names and numbers swapped and new words brought in as the
 * corpus grows (a bigger corpus has a bigger vocabulary, as a real one would). The new words are English words
 * the lexicon knows, so that the work a real vocabulary makes (word vectors, neighbours) is measured too; words
 * made of syllables, as before, had no vector and hid it. Written outside corpus/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "../../src/corpus/load-corpus.js";
import { ensureLexicon } from "../../src/lexicon/lexicon.js";
import { seededRandom } from "./seeded-random.js";

/** Part of the folder's name: a corpus made by an earlier version of this generator is not reused. */
const GENERATOR_VERSION = 2;
/** New words are drawn from English words past this frequency rank (past the everyday ones). */
const NEW_WORDS_FROM_RANK = 5000;
const SYLLABLES = ["ka", "lo", "ver", "mi", "tan", "gor", "el", "sha", "rin", "bo", "qua", "dex", "ul", "fen", "zar", "ith"];
const NAMES = ["China", "Russia", "North Korea", "Japan", "Syria", "Iran", "Turkey", "South Korea", "the United States"];
const PUBLISHERS = ["The Paper", "Daily Review", "World Affairs", "Policy Weekly", "The Observer Desk"];

export interface SyntheticCorpus {
  dir: string;
  articles: number;
}

/** Writes (once per size and seed) a corpus of `articles` articles of about ten paragraphs each. */
export function syntheticCorpus(articles: number, seed = 1, root = "tmp/scale"): SyntheticCorpus {
  const dir = join(root, `${articles}-seed${seed}-v${GENERATOR_VERSION}`);
  if (existsSync(dir) && readdirSync(dir).filter((f) => f.endsWith(".md")).length === articles) return { dir, articles };
  mkdirSync(dir, { recursive: true });
  const next = seededRandom(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentences = loadCorpus("corpus")
    .flatMap((article) => article.blocks.filter((b) => b.kind === "paragraph"))
    .flatMap((block) => block.text.split(/(?<=[.!?])\s+(?=[A-Z“])/));
  // The vocabulary grows with the corpus: about two new words per article, from the less common English ones.
  const english = [...ensureLexicon().commonWords(NEW_WORDS_FROM_RANK + 4 * articles + 100)]
    .filter(([word, rank]) => rank >= NEW_WORDS_FROM_RANK && /^[a-z]{4,}$/.test(word))
    .map(([word]) => word);
  const invented = Array.from({ length: Math.max(20, articles * 2) }, () => pick(english));
  const swap = (sentence: string) =>
    sentence
      .replace(/\b(China|Russia|North Korea|Japan|Syria|the United States)\b/g, (name) => (next() < 0.3 ? pick(NAMES) : name))
      .replace(/\b\d{2,4}\b/g, (n) => String(Math.floor(next() * 10 ** n.length)))
      .replace(/\b(nuclear|regime|sanctions|policy|programme)\b/g, (w) => (next() < 0.25 ? pick(invented) : w));
  for (let i = 0; i < articles; i++) {
    // Paragraphs of one article differ (the corpus check refuses repeats).
    const paragraphs = new Set<string>();
    const wanted = 8 + Math.floor(next() * 5);
    while (paragraphs.size < wanted)
      paragraphs.add(Array.from({ length: 2 + Math.floor(next() * 4) }, () => swap(pick(sentences))).join(" "));
    const word = pick(invented);
    const front = [
      "---",
      `id: synthetic-${i + 1}`,
      `title: "On ${word[0]?.toUpperCase()}${word.slice(1)} and ${pick(NAMES).replace(/^the /, "")}"`,
      `author: "${pick(SYLLABLES).toUpperCase()}${pick(SYLLABLES)} ${pick(invented)}"`,
      `publisher: ${pick(PUBLISHERS)}`,
      `date: "${2000 + Math.floor(next() * 25)}-0${1 + Math.floor(next() * 9)}"`,
      "url: null",
      "---",
      "",
    ].join("\n");
    writeFileSync(join(dir, `synthetic-${i + 1}.md`), front + [...paragraphs].join("\n\n"));
  }
  copyFileSync("corpus/thesaurus.yaml", join(dir, "thesaurus.yaml"));
  return { dir, articles };
}
