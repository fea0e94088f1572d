/**
 * Questions that ask for a count ("How many tests…?"), an amount ("How much money…?") or a time ("When did…?") and
 * sentences that give one. A passage that names the thing counted but gives no number of it does not answer such a
 * question directly, however many of its words it shares; nor one on the event that says nothing of when.
 */
const COUNTED = /\bhow many\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu;

/**
 * The words right after "how many": the thing counted, perhaps after an adjective ("nuclear tests"); none for
 * "how many times", which asks how often something on the question happened. Null when the question asks for no count.
 */
export function countedWords(question: string): string[] | null {
  const match = COUNTED.exec(question);
  if (!match) return null;
  const words = match.slice(1).flatMap((word) => (word ? [word.toLowerCase()] : []));
  return words[0] === "times" ? [] : words;
}

/**
 * The words right after "how much" that may name what is measured, before the verb ("how much food aid does…":
 * food, aid; "how much does it cost": none). Null when the question asks no "how much".
 */
export function amountWords(question: string): string[] | null {
  const match = AMOUNT_ASKED.exec(question);
  if (!match) return null;
  const words: string[] = [];
  for (const word of (match[1] ?? "").toLowerCase().split(/\s+/)) {
    if (word === "" || AUXILIARY.test(word)) break;
    words.push(word);
  }
  return words;
}

const AMOUNT_ASKED = /\bhow much\s+((?:[\p{L}-]+\s*){0,3})/iu;
/** Where the words of what is measured end: the verb's auxiliary, or "of" ("how much of the aid"). */
const AUXILIARY = /^(?:do|does|did|is|was|are|were|has|have|had|can|could|will|would|should|may|might|must|of)$/;

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** Numbers that date rather than count: "9 September", "September 9th", a year ("1950", "the 1990s"). */
const DATES = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:1\\d{3}|20\\d{2})s?\\b`,
  "gi",
);

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a few|several|many";

/**
 * Numerals and number words, round and rough ones included ("dozens", "several"), and ordinals from the third
 * ("its fifth so far" counts five; "first" and "second" mostly mean other things).
 */
const COUNT =
  /\b(?:\d[\d,.]*(?:st|nd|rd|th)?|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|several|once|twice)\b/i;

const COUNTS = new RegExp(COUNT.source, "gi");

/** Words that may follow a number without naming what it counts ("its fifth so far", "once a year"). */
const NOT_COUNTED =
  /^(?:so|of|in|on|at|to|a|an|the|and|or|but|as|per|each|by|for|with|from|than|more|less|over|about|out|is|was|were|are|has|have|had|it|its|their|his|her|times?)$/;

/**
 * Whether the sentence gives a number, of the thing asked about when `isCounted` says which words name it. In
 * English a number stands before what it counts, perhaps after an adjective or two ("two nuclear tests"): one
 * whose next words name something else ("the two countries", "three years after") counts that, not the thing.
 */
export function givesCount(sentence: string, isCounted?: (word: string) => boolean): boolean {
  const text = sentence.replace(DATES, " ");
  if (!isCounted) return COUNT.test(text);
  for (const match of text.matchAll(COUNTS)) {
    const next = text.slice((match.index ?? 0) + match[0].length).match(/^(?:\s+[\p{L}-]+){1,3}/u)?.[0] ?? "";
    const words = next.trim().toLowerCase().split(/\s+/);
    const first = words[0] ?? "";
    if (words.some(isCounted)) return true;
    // "One" is as often a pronoun ("its Asian one", "one way to…"): it counts the thing only when naming it.
    if (match[0].toLowerCase() !== "one" && (first === "" || NOT_COUNTED.test(first))) return true;
  }
  return false;
}

/**
 * A question asking when: one that opens with "when" and a verb ("When did…", "when was…"), or asks for a year or a
 * date. Not a "when" inside it ("Did Kim send condolences when Deng died?"), which sets the time of something else.
 */
const ASKS_WHEN =
  /^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:when\s+(?:did|does|do|was|were|is|are|will|would|could|can|has|have|had)\b|(?:in\s+)?(?:what|which)\s+(?:year|month|date|decade)\b|since\s+when\b)/iu;

export const asksWhen = (question: string): boolean => ASKS_WHEN.test(question);

/**
 * A time a sentence gives: a date, a year or decade, a month, a span counted from something ("three years after",
 * "two decades ago", "in 2011"), or one counted from now ("last year's G20 summit", "this past year").
 */
const TIME = new RegExp(
  `${DATES.source}|\\bago\\b|\\b(?:\\d+|${NUMBER_WORDS})\\s+(?:years?|months?|weeks?|days?|decades?)\\b|\\b(?:last|this|next|past|previous)\\s+(?:year|month|week|decade|century|spring|summer|autumn|winter)\\b`,
  "i",
);
/** A month named alone, in capitals; not "May", mostly the verb. */
const MONTH_ALONE = new RegExp(`\\b${MONTH.replace("May|", "")}\\b`);

export const givesTime = (sentence: string): boolean => TIME.test(sentence) || MONTH_ALONE.test(sentence);

/** An amount a sentence gives beside a number: a sum of money, a share, or one measured against another ("as much … as"). */
const AMOUNT = /[$£€¥]\s?\d|\d\s?%|\bper\s?cent\b|\bas (?:much|many)\b[^.;]*?\bas\b/i;

export const givesAmount = (sentence: string): boolean => givesCount(sentence) || AMOUNT.test(sentence);
