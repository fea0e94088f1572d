/**
 * Questions that ask for a count ("How many tests…?") and sentences that give one. A passage that names the
 * thing counted but gives no number of it does not answer such a question directly, however many of its words
 * it shares.
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

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** Numbers that date rather than count: "9 September", "September 9th", a year ("1950", "the 1990s"). */
const DATES = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:1\\d{3}|20\\d{2})s?\\b`,
  "gi",
);

/**
 * Numerals and number words, round and rough ones included ("dozens", "several"), and ordinals from the third
 * ("its fifth so far" counts five; "first" and "second" mostly mean other things).
 */
const COUNT =
  /\b(?:\d[\d,.]*(?:st|nd|rd|th)?|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|several|once|twice)\b/i;

export const givesCount = (sentence: string): boolean => COUNT.test(sentence.replace(DATES, " "));
