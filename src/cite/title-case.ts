import { capitalise } from "../nlp/capitalise.js";

/** Words that title case leaves in lower case mid-title (MLA 9 and Chicago 17: articles, prepositions, conjunctions, "to"). */
const MINOR_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "but",
  "or",
  "nor",
  "for",
  "so",
  "yet",
  "as",
  "at",
  "by",
  "in",
  "of",
  "off",
  "on",
  "per",
  "to",
  "up",
  "via",
  "with",
  "from",
  "into",
  "onto",
  "over",
  "upon",
  "about",
  "after",
  "against",
  "among",
  "before",
  "between",
  "through",
  "under",
  "without",
]);

/** MLA/Chicago title case: principal words capitalised; first and last word, and the word after a colon, always. */
export function titleCase(title: string): string {
  const words = title.split(" ");
  return words
    .map((word, i) => {
      const bare = word.toLowerCase().replace(/[^\p{L}]/gu, "");
      const first = i === 0 || /[:?!]$/.test(words[i - 1] ?? "");
      const last = i === words.length - 1;
      if (!first && !last && MINOR_WORDS.has(bare)) return word.toLowerCase();
      // Hyphenated compounds capitalise each part ("Sino-Soviet").
      return word.split("-").map(capitalise).join("-");
    })
    .join(" ");
}

/**
 * APA sentence case: only the first word, the first word after a colon, and proper nouns keep a capital.
 * Proper nouns are the words the article itself capitalises mid-sentence, so nothing is guessed.
 */
export function sentenceCase(title: string, properNouns: Set<string>): string {
  const words = title.split(" ");
  return words
    .map((word, i) => {
      const first = i === 0 || /:$/.test(words[i - 1] ?? "");
      if (first) return capitalise(word);
      const bare = word.replace(/[^\p{L}\p{N}'’-]/gu, "");
      return properNouns.has(bare) ? word : word.toLowerCase();
    })
    .join(" ");
}

/** Words a text capitalises where a sentence does not begin: its proper nouns. */
export function properNounsOf(text: string): Set<string> {
  const nouns = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?:”"])\s+|\n+/)) {
    const words = sentence.split(/\s+/).filter(Boolean);
    for (const word of words.slice(1)) {
      const bare = word.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/, "");
      if (/^\p{Lu}/u.test(bare)) nouns.add(bare);
    }
  }
  return nouns;
}

/**
 * A short title for notes and in-text references (CMOS 14.30, MLA 9 §6.8): the title's head, up to its first
 * punctuation, cut after four key words so it never ends on "the" or "to".
 */
export function shortTitle(title: string): string {
  const head = (title.split(/[,:;?!]/)[0] ?? title).trim().split(" ");
  const kept: string[] = [];
  let keyWords = 0;
  for (const word of head) {
    kept.push(word);
    if (!MINOR_WORDS.has(word.toLowerCase()) && ++keyWords === 4) break;
  }
  while (kept.length > 1 && MINOR_WORDS.has((kept.at(-1) ?? "").toLowerCase())) kept.pop();
  return kept.join(" ");
}
