import type { Lexicon } from "../lexicon/lexicon.js";
import type { Word } from "../nlp/analyzer.js";

/** Words English uses at all (news vocabulary up to this rank), or the articles do. */
const KNOWN_RANK = 50_000;
const MIN_KNOWN_SHARE = 0.7;
/** English function words (the, is, about…): a fifth of any English sentence of some length. */
const MIN_FUNCTION_SHARE = 0.2;
const MIN_WORDS = 4;

/**
 * Whether a question reads as English. It does unless both signs are missing: many of its words are not English
 * words ("Quel rôle joue la Russie dans la crise…", "Welche Rolle spielt Russland…"), and hardly any are English
 * function words. A terse English question ("Kim Jong-un arsenal size?") has no function words but known ones; a
 * mistyped one ("is denuclearisation stil a realistc goal") has its function words. Short questions are given
 * the benefit of the doubt. `wordsOf` (a full reading) is asked for only when the first sign is missing.
 */
export function readsAsEnglish(
  lexicon: Lexicon,
  corpusWords: ReadonlySet<string>,
  question: string,
  wordsOf: (text: string) => Word[],
): boolean {
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (lexicon.dimensions === 0 || words.length < MIN_WORDS) return true;
  const isKnown = (w: string) => corpusWords.has(w) || (lexicon.rankOf(w) ?? Number.POSITIVE_INFINITY) < KNOWN_RANK;
  // Chat drops the apostrophe of a possessive or an "is": "whats hiltons main point" is "what's Hilton's".
  const known = words.filter((w) => isKnown(w) || (w.length > 3 && w.endsWith("s") && isKnown(w.slice(0, -1))));
  if (known.length / words.length >= MIN_KNOWN_SHARE) return true;
  const read = wordsOf(question);
  return read.filter((w) => w.stop).length / Math.max(1, read.length) >= MIN_FUNCTION_SHARE;
}
