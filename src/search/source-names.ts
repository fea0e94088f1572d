import { surnameOf } from "../corpus/author-names.js";
import type { Article } from "../corpus/types.js";

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

/** Finds the sources a question names in it; see `sourceNameFinder`. */
export type SourceNameFinder = (question: string) => SourceMentions;

const WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /^['’]s\b/;

interface NamedSource {
  id: string;
  /** Written in capitals only ("BASIC"): it names the source only when written so. */
  exact: string | null;
}

/**
 * The sources a question names. A name names its source, not the topic: "What does Hilton say about
 * sanctions?" asks about sanctions, in Hilton's article. Names in capitals only ("BASIC") match only in
 * capitals. Every name is looked up in one table by its words, longest first, so the cost of a question does
 * not grow with the number of articles.
 */
export function sourceNameFinder(articles: Article[]): SourceNameFinder {
  const byWords = new Map<string, NamedSource[]>();
  let longest = 1;
  // Publishers and authors recur across articles: each distinct name is read once.
  const readNames = new Map<string, { key: string; exact: string | null } | null>();
  const read = (name: string) => {
    const words = name.match(WORD) ?? [];
    if (words.length === 0) return null;
    longest = Math.max(longest, words.length);
    return { key: words.join(" ").toLowerCase(), exact: name === name.toUpperCase() ? words.join(" ") : null };
  };
  for (const article of articles) {
    for (const name of namesOf(article)) {
      if (!readNames.has(name)) readNames.set(name, read(name));
      const found = readNames.get(name);
      if (!found) continue;
      const { key, exact } = found;
      const list = byWords.get(key) ?? [];
      // An article's names come one after another, so a repeat (author = surname) can only be the last one.
      if (list.at(-1)?.id !== article.id) list.push({ id: article.id, exact });
      byWords.set(key, list);
    }
  }
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
        const written = run.map((w) => w.text).join(" ");
        const found = byWords.get(written.toLowerCase())?.filter((s) => s.exact === null || s.exact === written) ?? [];
        if (found.length === 0) continue;
        for (const { id } of found) sourceIds.add(id);
        const last = run[run.length - 1];
        const end = (last?.end ?? 0) + (POSSESSIVE.exec(question.slice(last?.end ?? 0))?.[0].length ?? 0);
        spans.push([run[0]?.start ?? 0, end]);
        matched = n;
      }
      i += Math.max(1, matched);
    }
    const rest = spans.reduceRight((text, [start, end]) => `${text.slice(0, start)} ${text.slice(end)}`, question);
    return { sourceIds: [...sourceIds], rest };
  };
}
