import { correctDoSupport } from "./do-support.js";
import type { Nlp } from "./pipeline.js";
import { porterStem } from "./porter-stem.js";

/** A word of running text, with what matching needs of it. */
export interface Word {
  raw: string;
  lower: string;
  stem: string;
  stop: boolean;
  /** Universal part-of-speech tag ("NOUN", "VERB", …). */
  pos: string;
  /**
   * In a question, the stem of a verb's or adjective's base form where it is not the word's own: the inflections the
   * stemmer leaves ("fought" → fight, "went" → go, "friendlier" → friend).
   */
  baseStem?: string;
}

/**
 * The stem of a question word's base form, for the inflections the stemmer leaves: a verb's ("fought", "went") and
 * an adjective's when regular ("friendlier", "bigger"). Not an adjective's of another root ("best" → good, which
 * would read the corpus's "goods"), nor a noun's (the stemmer takes plurals off; "media" is no "medium").
 */
function baseStemOf(lower: string, pos: string, lemma: string | undefined): string | undefined {
  const base = lemma?.toLowerCase();
  if (!base || base === lower) return undefined;
  if (pos === "VERB" || (pos === "ADJ" && base.slice(0, 3) === lower.slice(0, 3))) return porterStem(base);
  return undefined;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const POSSESSIVE = /^['’]s$/i;
/** wink-nlp splits "we've", "I'll", "don't" into words it knows as stop words, but leaves "I'm" whole and unmarked. */
const I_AM = /^i['’]m$/i;
/** A word whose parts are joined by hyphens, each part letters or digits. */
const HYPHENATED = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const MAX_CACHED_STEMS = 200_000;

/**
 * Reads text into words with stems, stop-word flags and parts of speech (punctuation and mentions left out).
 * `keepWords` are stop words that carry meaning here ("should") and so are not marked as stop words.
 */
export interface WordReader {
  (text: string): Word[];
  /** The text's sentences as the tokenizer splits them, each with its words: one reading of the text. */
  sentences(text: string): { text: string; words: Word[] }[];
}

type Tokens = ReturnType<ReturnType<Nlp["readDoc"]>["tokens"]>;

export function createWordReader(nlp: Nlp, keepWords: ReadonlySet<string>): WordReader {
  const its = nlp.its;
  // Stemming is a third of the cost of reading a question; a word's stem never changes, so it is kept.
  const stemCache = new Map<string, string>();

  // Only words not met before are stemmed, one by one: asking wink-nlp for a sentence's stems stems all its words.
  const stemOf = (raw: string): string => {
    let stem = stemCache.get(raw);
    if (stem === undefined) {
      stem = porterStem(raw);
      if (stemCache.size < MAX_CACHED_STEMS) stemCache.set(raw, stem);
    }
    return stem;
  };

  const words = (text: string): Word[] => wordsOf(nlp.readDoc(text).tokens());
  words.sentences = (text: string) => {
    const sentences = nlp.readDoc(text).sentences();
    return Array.from({ length: sentences.length() }, (_, i) => {
      const sentence = sentences.itemAt(i);
      return { text: sentence.out(), words: wordsOf(sentence.tokens(), true) };
    });
  };
  return words;

  /** `asText`: read as an article's text, where a hyphenated word is also kept as one, for a question that joins it. */
  function wordsOf(tokens: Tokens, asText = false): Word[] {
    const raws = tokens.out();
    const stems = raws.map(stemOf);
    const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
    // A question's tags are corrected where the tagger misreads "does oil play" (`do-support.ts`), and its words'
    // base forms are read (an article's are not: ~10 % more of a build's reading).
    const tags = asText ? tokens.out(its.pos) : correctDoSupport(raws, tokens.out(its.pos));
    const lemmas = asText ? [] : (tokens.out(its.lemma as never) as unknown as string[]);
    const result: Word[] = [];
    raws.forEach((raw, i) => {
      // Mentions (@everyone, <@123>) address people on Discord; they say nothing about the topic.
      if (!HAS_LETTER_OR_DIGIT.test(raw) || POSSESSIVE.test(raw) || raw.startsWith("@")) return;
      const pos = tags[i] ?? "X";
      // wink-nlp splits most hyphenated words ("self-reliance") but keeps some whole ("Non-Proliferation",
      // "pro-Russia"): those are read as their parts too, so "non proliferation" and "Russia" find them, and an
      // article's as the word joined too ("nonproliferation"). A code with a letter or a number for a part
      // ("G-20", "F-16") is one word, written as often without the hyphen.
      if (HYPHENATED.test(raw)) {
        const parts = raw.split("-");
        const joined = parts.join("");
        const code = parts.some((part) => part.length === 1 || /^\d+$/.test(part));
        for (const part of code ? [joined] : parts)
          result.push({ raw: part, lower: part.toLowerCase(), stem: stemOf(part), stop: false, pos });
        if (asText && !code)
          result.push({ raw, lower: joined.toLowerCase(), stem: stemOf(joined.toLowerCase()), stop: false, pos });
        return;
      }
      const lower = raw.toLowerCase();
      const stop = (stops[i] === true || I_AM.test(raw)) && !keepWords.has(lower);
      const stem = stems[i] ?? lower;
      const baseStem = baseStemOf(lower, pos, lemmas[i]) ?? stem;
      result.push({ raw, lower, stem, stop, pos, ...(baseStem !== stem ? { baseStem } : {}) });
    });
    return result;
  }
}
