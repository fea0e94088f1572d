import type { Article } from "../corpus/types.js";
import { ARTICLE_NOUN } from "../nlp/question-framing.js";
import type { SourceMentions, SourceNameFinder } from "./source-names.js";

/**
 * Articles a question describes rather than names: by year ("the 2016 article", "the piece from 2017"), by age
 * among the articles ("the older article", "the most recent piece"), or as the one whose author is not named
 * ("the anonymous author"). Like a name, a description says which article to search, not what to ask about.
 */
const BY_YEAR = new RegExp(
  `\\b(?:the\\s+)?((?:19|20)\\d{2})\\s+${ARTICLE_NOUN}\\b|\\b${ARTICLE_NOUN}\\s+(?:from|of|published in|written in)\\s+((?:19|20)\\d{2})\\b`,
  "giu",
);
const BY_AGE = new RegExp(
  `\\b(?:the\\s+)?(older|oldest|earlier|earliest|newer|newest|later|latest|more recent|most recent)\\s+${ARTICLE_NOUN}\\b`,
  "giu",
);
const UNSIGNED = new RegExp(
  `\\b(?:the\\s+)?(?:anonymous|unnamed|unsigned|unknown)\\s+(?:author|writer|${ARTICLE_NOUN})\\b`,
  "giu",
);
const EARLIEST = new Set(["older", "oldest", "earlier", "earliest"]);
/** Every description names an article or its writer: a question that does not is not scanned further. */
const MAY_DESCRIBE = new RegExp(`${ARTICLE_NOUN}|author|writer`, "iu");

/** The articles a question describes, and the question with the descriptions taken out. */
export function describedArticles(articles: Article[], question: string): SourceMentions {
  if (!MAY_DESCRIBE.test(question)) return { sourceIds: [], rest: question };
  const found = new Set<string>();
  // Each description found takes its words out of the question; one that fits no article leaves them in.
  const take = (whole: string, chosen: Article[]) => {
    for (const article of chosen) found.add(article.id);
    return chosen.length > 0 ? " " : whole;
  };
  let rest = question.replace(BY_YEAR, (whole, before?: string, after?: string) =>
    take(
      whole,
      articles.filter((article) => article.date.startsWith(before ?? after ?? "-")),
    ),
  );
  rest = rest.replace(BY_AGE, (whole, age: string) => {
    const dates = articles.map((article) => article.date).sort();
    if (new Set(dates).size < 2) return whole;
    const wanted = EARLIEST.has(age.toLowerCase()) ? dates[0] : dates[dates.length - 1];
    return take(
      whole,
      articles.filter((article) => article.date === wanted),
    );
  });
  rest = rest.replace(UNSIGNED, (whole) =>
    take(
      whole,
      articles.filter((article) => article.author === null),
    ),
  );
  return { sourceIds: [...found], rest };
}

/** Sources a question names or describes: names first, then descriptions in what is left. */
export function sourceFinder(articles: Article[], byName: SourceNameFinder): SourceNameFinder {
  return (question) => {
    const named = byName(question);
    const described = describedArticles(articles, named.rest);
    if (described.sourceIds.length === 0) return named;
    return { sourceIds: [...new Set([...named.sourceIds, ...described.sourceIds])], rest: described.rest };
  };
}
