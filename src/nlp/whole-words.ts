/** Escapes the characters a regular expression gives a meaning to, so text matches as written. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Any of the phrases as whole words in any script — not inside a longer word ("Russia" not in "Russian") —
 * captured as group 1. `suffix` is a regular-expression part allowed after the phrase (a possessive "’s").
 */
export function wholeWords(phrases: string[], flags: string, suffix = ""): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.map(escapeRegExp).join("|")})${suffix}(?![\\p{L}\\p{N}])`, flags);
}
