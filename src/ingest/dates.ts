import { MONTHS } from "../nlp/months.js";

const pad = (n: number) => String(n).padStart(2, "0");
/** 1–12 for a month's name or its abbreviation of three letters or more ("Aug", "Sept"); 0 otherwise. */
const monthOf = (name: string) => (name.length < 3 ? 0 : MONTHS.findIndex((month) => month.startsWith(name.toLowerCase())) + 1);

/**
 * A date as the corpus writes it ("2017-08-21", "2016-09", "2016") from the ways pages and bylines print one:
 * ISO timestamps, "2017/08/21", "21 August 2017", "August 21, 2017", "Aug 2017". Null for anything else (not guessed).
 */
export function normaliseDate(text: string): string | null {
  const value = text.trim();
  // ISO, or the slashes of Google Scholar's citation_publication_date ("2017/08/21").
  let m = /^(\d{4})[-/](\d{2})(?:[-/](\d{2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(value);
  if (m && monthOf(m[2] ?? "") > 0) return `${m[3]}-${pad(monthOf(m[2] ?? ""))}-${pad(Number(m[1]))}`;
  m = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(value);
  if (m && monthOf(m[1] ?? "") > 0) return `${m[3]}-${pad(monthOf(m[1] ?? ""))}-${pad(Number(m[2]))}`;
  m = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(value);
  if (m && monthOf(m[1] ?? "") > 0) return `${m[2]}-${pad(monthOf(m[1] ?? ""))}`;
  return null;
}
