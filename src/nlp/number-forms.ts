import { MONTHS } from "./months.js";

/**
 * A number or a month written the other way: "5th" and "fifth", "12" and "twelve", "Sept." and "September", and a
 * decade as its years ("the 1950s", "the fifties", "the '50s" → 1950 … 1959). An asker and an article write
 * them as they please; a stem of one form never matches the other.
 */

const CARDINALS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const ORDINALS = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
const DECADE_WORDS = ["", "", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

const ORDINAL_SUFFIX = /^(\d+)(?:st|nd|rd|th)$/;
const FULL_DECADE = /^(1\d|20)(\d)0['’]?s$/;
const SHORT_DECADE = /^['’]?(\d)0['’]?s$/;

/** The years of a decade, in the centuries it may mean ("the 50s": 1950s, or 2050s). */
const yearsOf = (centuries: string[], tens: string): string[] =>
  centuries.flatMap((century) => Array.from({ length: 10 }, (_, year) => `${century}${tens}${year}`));

/** Months' abbreviations ("mar" is left out: as a word it is mostly the verb). */
const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: "january",
  feb: "february",
  apr: "april",
  jun: "june",
  jul: "july",
  aug: "august",
  sep: "september",
  sept: "september",
  oct: "october",
  nov: "november",
  dec: "december",
};

/** The other ways of writing a lowercase number or month (none for a word that is neither). */
export function numberForms(word: string): string[] {
  const month = MONTH_ABBREVIATIONS[word.replace(/\.$/, "")];
  if (month !== undefined) return [month];
  if (MONTHS.includes(word))
    return Object.entries(MONTH_ABBREVIATIONS).flatMap(([abbreviation, full]) => (full === word ? [abbreviation] : []));
  const cardinal = CARDINALS.indexOf(word);
  if (cardinal >= 0) return [String(cardinal)];
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return [`${ordinal}${ordinalSuffix(ordinal)}`];
  if (/^\d+$/.test(word)) {
    const spelled = CARDINALS[Number(word)];
    return spelled !== undefined && String(Number(word)) === word ? [spelled] : [];
  }
  const ordinalDigits = ORDINAL_SUFFIX.exec(word);
  if (ordinalDigits) {
    const spelled = ORDINALS[Number(ordinalDigits[1])];
    return spelled === undefined ? [] : [spelled];
  }
  const full = FULL_DECADE.exec(word);
  if (full) return yearsOf([full[1] ?? ""], full[2] ?? "");
  const short = SHORT_DECADE.exec(word);
  if (short) return yearsOf(["19", "20"], short[1] ?? "");
  const decade = DECADE_WORDS.indexOf(word);
  return decade >= 2 ? yearsOf(["19", "20"], String(decade)) : [];
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}
