/** Escapes the characters a regular expression gives a meaning to, so text matches as written. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Any of the phrases as whole words in any script — not inside a longer word ("Russia" not in "Russian") —
 * captured as group 1. `suffix` is a regular-expression part allowed after the phrase (a possessive "’s").
 */
export function wholeWords(phrases: string[], flags: string, suffix = ""): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.map(escapeRegExp).join("|")})${suffix}(?![\\p{L}\\p{N}])`, flags);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the code point ending just before `at` (or starting at it) is a letter or digit; none at the ends. */
const letterOrDigitBefore = (text: string, at: number): boolean => {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
};
const letterOrDigitAt = (text: string, at: number): boolean =>
  at < text.length && LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) ?? 0));

/**
 * Whether the text holds the word as a whole word, as `wholeWords([word], "u")` would find it — by scanning,
 * not by compiling an expression: bold asks this for several words of every passage shown.
 */
export function holdsWholeWord(text: string, word: string): boolean {
  if (word === "") return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!letterOrDigitBefore(text, at) && !letterOrDigitAt(text, at + word.length)) return true;
  }
  return false;
}
