import type { Article } from "../corpus/types.js";
import { capitalise } from "../nlp/capitalise.js";
import { MONTHS as MONTH_NAMES } from "../nlp/months.js";

const MONTHS = MONTH_NAMES.map(capitalise);
// MLA 9 abbreviates months longer than four letters.
const MLA_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

interface DateParts {
  year: string;
  month: number | null;
  day: number | null;
}

export function dateParts(date: string): DateParts {
  const [year = "", month, day] = date.split("-");
  return { year, month: month ? Number(month) : null, day: day ? Number(day) : null };
}

const monthName = (month: number | null, names: string[]) => (month === null ? null : (names[month - 1] ?? null));

/** APA 7: "2017, August 21"; an estimated date takes "ca." (circa), as APA does for approximate dates. */
export function apaDate(article: Article): string {
  const { year, month, day } = dateParts(article.date);
  const text = [year, [monthName(month, MONTHS), day].filter((x) => x !== null).join(" ")].filter(Boolean).join(", ");
  return article.dateInferred ? `ca. ${text}` : text;
}

/** MLA 9: "21 Aug. 2017"; a date supplied from outside the source goes in square brackets. */
export function mlaDate(article: Article): string {
  const { year, month, day } = dateParts(article.date);
  const text = [day, monthName(month, MLA_MONTHS), year].filter((x) => x !== null).join(" ");
  return article.dateInferred ? `[${text}]` : text;
}

/** Chicago 17: "August 21, 2017"; an inferred date goes in square brackets. */
export function chicagoDate(article: Article): string {
  const { year, month, day } = dateParts(article.date);
  const name = monthName(month, MONTHS);
  const text = name ? `${name}${day !== null ? ` ${day},` : ""} ${year}` : year;
  return article.dateInferred ? `[${text}]` : text;
}

/** "21 August 2017", "September 2016": for plain text. */
export function readableDate(date: string): string {
  const { year, month, day } = dateParts(date);
  return [day, monthName(month, MONTHS), year].filter((x) => x !== null).join(" ");
}
