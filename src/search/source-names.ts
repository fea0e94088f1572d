import { surnameOf } from "../corpus/author-names.js";
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
  const surname = surnameOf(article.author);
  return [article.publisher, ...(article.author ? [article.author] : []), ...(surname && surname.length >= 3 ? [surname] : [])];
}

/** Finds the sources a question names in it; see `sourceNameFinder`. */
export type SourceNameFinder = (question: string) => SourceMentions;

/**
 * The sources a question names. A name names its source, not the topic: "What does Hilton say about
 * sanctions?" asks about sanctions, in Hilton's article. Names in capitals only ("BASIC") match only in
 * capitals. The patterns are compiled once, here, for the engine that keeps the finder.
 */
export function sourceNameFinder(articles: Article[]): SourceNameFinder {
  const patterns = articles
    .flatMap((article) => namesOf(article).map((name) => ({ name, id: article.id })))
    .sort((a, b) => b.name.length - a.name.length)
    .map(({ name, id }) => {
      const capitalsOnly = name === name.toUpperCase();
      return { pattern: wholeWords([name], capitalsOnly ? "gu" : "giu", "(?:['’]s)?"), id };
    });
  return (question) => {
    let rest = question;
    const sourceIds: string[] = [];
    for (const { pattern, id } of patterns) {
      pattern.lastIndex = 0;
      if (!pattern.test(rest)) continue;
      rest = rest.replace(pattern, " ");
      if (!sourceIds.includes(id)) sourceIds.push(id);
    }
    return { sourceIds, rest };
  };
}
