import type { Article } from "../corpus/types.js";
import { wholeWords } from "../nlp/whole-words.js";

export interface SourceMentions {
  /** Sources the question names ("What does Hilton say…", "the BASIC article"). */
  sourceIds: string[];
  /** The question with those names taken out: what it asks about. */
  rest: string;
}

/** How a question may name an article: its author, the author's surname, its publisher. */
function namesOf(article: Article): string[] {
  const names = [article.publisher];
  if (article.author) {
    names.push(article.author);
    const surname = article.author.split(/\s+/).at(-1);
    if (surname && surname.length >= 3) names.push(surname);
  }
  return names;
}

/**
 * Finds the sources a question names. A name names its source, not the topic: "What does Hilton say about
 * sanctions?" asks about sanctions, in Hilton's article. Names in capitals only ("BASIC") match only in capitals.
 */
export function findSourceMentions(articles: Article[], question: string): SourceMentions {
  let rest = question;
  const sourceIds: string[] = [];
  for (const { pattern, id } of patternsFor(articles)) {
    pattern.lastIndex = 0;
    if (!pattern.test(rest)) continue;
    rest = rest.replace(pattern, " ");
    if (!sourceIds.includes(id)) sourceIds.push(id);
  }
  return { sourceIds, rest };
}

// Compiled once per corpus: every question is checked against every name.
const compiled = new WeakMap<Article[], { pattern: RegExp; id: string }[]>();
function patternsFor(articles: Article[]): { pattern: RegExp; id: string }[] {
  let patterns = compiled.get(articles);
  if (!patterns) {
    patterns = articles
      .flatMap((article) => namesOf(article).map((name) => ({ name, id: article.id })))
      .sort((a, b) => b.name.length - a.name.length)
      .map(({ name, id }) => {
        const capitalsOnly = name === name.toUpperCase();
        return { pattern: wholeWords([name], capitalsOnly ? "gu" : "giu", "(?:['’]s)?"), id };
      });
    compiled.set(articles, patterns);
  }
  return patterns;
}
