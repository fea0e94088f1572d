import { splitName, surnameOf } from "../corpus/author-names.js";
import type { Article } from "../corpus/types.js";
import { DO } from "../nlp/do-support.js";
import { initialsOf } from "../nlp/initials.js";
import { ARTICLE_NOUN, FRAMING_WORDS } from "../nlp/question-framing.js";
import { distanceWithin } from "../nlp/spelling.js";

export interface SourceMentions {
  /** Sources the question names ("What does Hilton say…", "the BASIC article"). */
  sourceIds: string[];
  /** The question with those names taken out: what it asks about. */
  rest: string;
}

/** How a question may name an article: its author, the author's surname, its publisher. */
function namesOf(article: Article): string[] {
  const surname = surnameOf(article.author);
  return [article.publisher, ...(article.author ? [article.author] : []), ...(surname && surname.length >= 3 ? [surname] : [])];
}

/**
 * The author's first name ("Isabel"), if a plain capitalised word: it names the article only as so written and
 * not as a question's first word, where many first names are words ("Will Russia help?", "Grace").
 */
function firstNameOf(article: Article): string | null {
  const first = article.author === null ? undefined : splitName(article.author).given[0];
  return first !== undefined && /^\p{Lu}\p{Ll}{2,}$/u.test(first) ? first : null;
}

/** Publishers' initials that stand for one publisher only and are no name already: a question may use them. */
function publisherInitials(articles: Article[]): Map<string, string> {
  const publishers = new Map<string, Set<string>>();
  for (const publisher of new Set(articles.map((article) => article.publisher))) {
    // "The New York Times" is NYT: a leading article is no part of the initials.
    const initials = initialsOf(publisher.replace(/^the\s+/i, ""));
    if (initials !== null) publishers.set(initials, (publishers.get(initials) ?? new Set()).add(publisher));
  }
  const names = new Set(articles.flatMap(namesOf).map((name) => name.toUpperCase()));
  const initials = new Map<string, string>();
  for (const [written, owners] of publishers) {
    const [publisher] = owners;
    if (owners.size === 1 && publisher !== undefined && !names.has(written)) initials.set(publisher, written);
  }
  return initials;
}

/** A word one letter off the author's first given name (of four letters or more: shorter ones are other words). */
function isMistypedGivenName(word: string, article: Article | undefined): boolean {
  const given = article?.author ? splitName(article.author).given[0] : undefined;
  if (given === undefined || given.length < 4 || word.length < 3) return false;
  const [a, b] = [word.toLowerCase(), given.toLowerCase()];
  return a !== b && distanceWithin(a, b, 1) <= 1;
}

/** Finds the sources a question names in it; see `sourceNameFinder`. */
export type SourceNameFinder = (question: string) => SourceMentions;

const WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /^['’]s\b/;
/** Words for an article: a name before one names an article ("the Basic article"). */
const ARTICLE_WORD = new RegExp(`^${ARTICLE_NOUN}s?$`, "i");
/** Verbs that ask what a source says: after "does X", X is the source asked ("does basic say…", "did ns cover…"). */
const ASKS_WHAT_SOURCE_SAYS = new Set([...FRAMING_WORDS, "talk", "talks", "speak", "speaks"]);
/** Words set between two things compared ("hilton vs basic"), or joined ("hilton and basic"). */
const VERSUS = /^(?:vs|versus)$/i;
const SET_BESIDE = /^(?:vs|versus|and|or)$/i;

/**
 * One name a question may use: its words in lower case, its words as written when it names only so written
 * (names in capitals only, like BASIC), and the articles it names, by position.
 */
export type NameRow = [key: string, exact: string | null, ...articles: number[]];

/**
 * Every name of the articles, sorted by key: made by the build and stored with the index (reading 60,000 names
 * was ~0.1 s of a start at 20,000 articles).
 */
export function sourceNameTable(articles: Article[]): NameRow[] {
  const rows = new Map<string, NameRow>();
  // Publishers and authors recur across articles: each distinct name is read once.
  const readNames = new Map<string, { key: string; exact: string | null } | null>();
  const read = (name: string, asWritten: boolean) => {
    const words = name.match(WORD) ?? [];
    if (words.length === 0) return null;
    return { key: words.join(" ").toLowerCase(), exact: asWritten || name === name.toUpperCase() ? words.join(" ") : null };
  };
  const initials = publisherInitials(articles);
  articles.forEach((article, position) => {
    const publisherInitials = initials.get(article.publisher);
    const firstName = firstNameOf(article);
    const names = [...namesOf(article), ...(publisherInitials ? [publisherInitials] : []), ...(firstName ? [firstName] : [])];
    for (const name of names) {
      // A first name is only matched as written; the other names are read the same wherever they come.
      const cacheKey = name === firstName ? `\u0001${name}` : name;
      if (!readNames.has(cacheKey)) readNames.set(cacheKey, read(name, name === firstName));
      const found = readNames.get(cacheKey);
      if (!found) continue;
      const id = `${found.key}\u0000${found.exact ?? ""}`;
      const row = rows.get(id) ?? [found.key, found.exact];
      // An article's names come one after another, so a repeat (author = surname) can only be the last one.
      if (row[row.length - 1] !== position) row.push(position);
      rows.set(id, row);
    }
  });
  return [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Whether every row of a stored table is a name and names articles there are. */
export function nameTableFits(table: unknown, articles: number): boolean {
  return (
    Array.isArray(table) &&
    table.every(
      (row) =>
        Array.isArray(row) &&
        typeof row[0] === "string" &&
        (row[1] === null || typeof row[1] === "string") &&
        row.slice(2).every((position) => Number.isInteger(position) && position >= 0 && position < articles),
    )
  );
}

/**
 * The sources a question names. A name names its source, not the topic: "What does Hilton say about
 * sanctions?" asks about sanctions, in Hilton's article. Names in capitals only ("BASIC") match only in
 * capitals. Every name is looked up in one sorted table by its words, longest first, so the cost of a question
 * does not grow with the number of articles.
 */
export function sourceNameFinder(articles: Article[], table: NameRow[] = sourceNameTable(articles)): SourceNameFinder {
  let longest = 1;
  for (const [key] of table) {
    let words = 1;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
    longest = Math.max(longest, words);
  }
  /** Where a name's rows start in the table; -1 when no article has the name. */
  const rowsOf = (written: string): number => {
    const key = written.toLowerCase();
    let low = 0;
    let high = table.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((table[mid]?.[0] ?? "") < key) low = mid + 1;
      else high = mid;
    }
    return table[low]?.[0] === key ? low : -1;
  };
  /**
   * The articles a run of words names (its rows from `low`), in article order. `asName`: the run is used as a name
   * whatever its case, so a name in capitals only may be written otherwise.
   */
  const named = (written: string, low: number, asName: boolean, start: number): number[] => {
    const key = table[low]?.[0];
    const positions: number[] = [];
    for (let i = low; table[i]?.[0] === key; i++) {
      const [, exact, ...articlesNamed] = table[i] as NameRow;
      // A name kept as written with small letters is a first name: not a question's first word ("Will Russia…?").
      const first = exact !== null && exact !== exact.toUpperCase() && start === 0;
      if ((exact === null || exact === written || asName) && !first) positions.push(...articlesNamed);
    }
    return positions.sort((a, b) => a - b);
  };
  return (question) => {
    const words = [...question.matchAll(WORD)].map((m) => ({
      text: m[0],
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    const sourceIds = new Set<string>();
    const spans: [number, number][] = [];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      for (let n = Math.min(longest, words.length - i); n >= 1 && matched === 0; n--) {
        const run = words.slice(i, i + n);
        const whole = run.map((w) => w.text).join(" ");
        // Chat drops a possessive's apostrophe ("hiltons view", "BASICs view"): a name and an "s" is the name, as
        // written for a name in capitals only ("the basics of…" names nothing); after "the", a family ("the Lees").
        const wholeRows = rowsOf(whole);
        const plural = wholeRows < 0 && /\p{L}s$/u.test(whole) && words[i - 1]?.text.toLowerCase() !== "the";
        const written = plural ? whole.slice(0, -1) : whole;
        // Most runs of words name no article: only those that may are read further.
        const rows = written === whole ? wholeRows : rowsOf(written);
        if (rows < 0) continue;
        const last = run[run.length - 1];
        const possessive = POSSESSIVE.exec(question.slice(last?.end ?? 0))?.[0].length ?? 0;
        const [before, next] = [words[i - 1]?.text ?? "", words[i + n]?.text ?? ""];
        // Written otherwise, a name is read as one where only a source can stand: before an article word or a
        // possessive ("the Basic article", "Basic's view"); as the subject asked what it says ("does basic say");
        // compared with something ("basic vs hilton"), or set beside another article's name ("hilton vs basic").
        const asName =
          (possessive > 0 && written === whole) ||
          ARTICLE_WORD.test(next) ||
          (DO.has(before.toLowerCase()) && ASKS_WHAT_SOURCE_SAYS.has(next.toLowerCase())) ||
          (VERSUS.test(next) && words[i + n + 1] !== undefined) ||
          (SET_BESIDE.test(before) && spans.at(-1)?.[1] === words[i - 2]?.end);
        const found = named(written, rows, asName, i);
        if (found.length === 0) continue;
        for (const position of found) {
          const id = articles[position]?.id;
          if (id !== undefined) sourceIds.add(id);
        }
        const end = (last?.end ?? 0) + possessive;
        // The author's first name mistyped right before the surname ("Isael Hilton") is part of the name, not a
        // word of the question to be read as another ("Israel").
        const previous = words[i - 1];
        const mistypedFirst =
          previous !== undefined &&
          !spans.some(([, e]) => e >= previous.start) &&
          found.some((position) => isMistypedGivenName(previous.text, articles[position]));
        spans.push([mistypedFirst ? previous.start : (run[0]?.start ?? 0), end]);
        matched = n;
      }
      i += Math.max(1, matched);
    }
    const rest = spans.reduceRight((text, [start, end]) => `${text.slice(0, start)} ${text.slice(end)}`, question);
    return { sourceIds: [...sourceIds], rest };
  };
}
