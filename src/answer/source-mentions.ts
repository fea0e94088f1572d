import type { Article } from "../corpus/types.js";

export interface SourceMentions {
  /** Sources the question names ("What does Hilton say…", "the BASIC article"). */
  sourceIds: string[];
  /** The question with those names taken out: what it asks about. */
  rest: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
  const names = articles.flatMap((article) => namesOf(article).map((name) => ({ name, id: article.id })));
  for (const { name, id } of names.sort((a, b) => b.name.length - a.name.length)) {
    const capitalsOnly = name === name.toUpperCase();
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?:['’]s)?(?![\\p{L}\\p{N}])`,
      capitalsOnly ? "gu" : "giu",
    );
    if (!pattern.test(rest)) continue;
    rest = rest.replace(pattern, " ");
    if (!sourceIds.includes(id)) sourceIds.push(id);
  }
  return { sourceIds, rest };
}
