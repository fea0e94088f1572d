import { wholeWords } from "../nlp/whole-words.js";

/** Text helpers for Discord: escaping what users typed, shortening without pretending to be whole. */

/** Marks a shortened text; every cut ends with it, so a shortened quote is never shown as if whole. */
export const ELLIPSIS = "…";

/**
 * Escapes Markdown in text a user typed, so it shows as typed: emphasis, code, spoilers, quotes, headings,
 * links, masked mentions. Mentions are also broken up (never parsed anyway: allowed mentions are empty).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_~`|>#[\]()-])/g, "\\$1")
    .replace(/@(everyone|here)/g, "@\u200b$1")
    .replace(/<([@#])/g, "<\u200b$1");
}

/** Cuts text to at most `max` characters at the last sentence end that fits, else the last word; adds "…". */
export function fitText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const room = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  const sentenceEnd = Math.max(room.lastIndexOf(". "), room.lastIndexOf("? "), room.lastIndexOf("! "));
  const wordEnd = room.lastIndexOf(" ");
  const end = sentenceEnd > max / 3 ? sentenceEnd + 1 : wordEnd > 0 ? wordEnd : room.length;
  return { text: `${room.slice(0, end).trimEnd()}${ELLIPSIS}`, cut: true };
}

/**
 * Cuts text to whole sentences within `max` characters ("…" added); only when not even the first sentence fits
 * is it cut at a word. Quotes are cut this way, so a shortened quote never ends mid-sentence when it can help it.
 */
export function fitSentences(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const room = text.slice(0, Math.max(0, max - ELLIPSIS.length - 1));
  const ends = [...room.matchAll(/[.?!…]["”’)]?(?=\s)/g)].map((m) => (m.index ?? 0) + m[0].length);
  const end = ends.at(-1);
  if (end === undefined) return fitText(text, max);
  return { text: `${room.slice(0, end)} ${ELLIPSIS}`, cut: true };
}

/** The end of a text in at most `max` characters, from a sentence start when one fits; marked with a leading "…". */
export function fitTail(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  const tail = text.slice(text.length - room);
  const sentenceStart = tail.search(/[.?!]\s+\S/);
  const start = sentenceStart >= 0 ? tail.slice(sentenceStart + 1).trimStart() : tail.slice(tail.indexOf(" ") + 1);
  return `${ELLIPSIS}${start}`;
}

/** Bolds whole-word occurrences of the words in a quote (Markdown), longest first so phrases win. */
export function boldWords(text: string, words: string[]): string {
  const unique = [...new Set(words.flatMap((w) => w.split(/\s+/)).filter((w) => w.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  if (unique.length === 0) return text;
  const pattern = wholeWords(unique, "gu");
  // Neighbouring bold words become one bold phrase: "**Security Council**", not "**Security** **Council**".
  return text.replace(pattern, "**$1**").replace(/\*\* \*\*/g, " ");
}

/** Escapes Markdown inside a quote from the corpus, so only our own bolding formats it. */
export const escapeQuote = (text: string): string => text.replace(/([\\*_~`|])/g, "\\$1");
