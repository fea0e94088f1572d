import type { Answer } from "../answer/answer.js";
import type { ArticleLength } from "../answer/article-length.js";
import { readableDate } from "../cite/dates.js";
import type { TopicComparison } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import { capitalise } from "../nlp/capitalise.js";
import type { Correction } from "../nlp/spelling.js";
import type { FormNotGiven } from "../retrieval/form-check.js";
import type { NearestPassage } from "../retrieval/retrieve.js";

/** "Isabel Hilton’s article" / "the BASIC article": how prose names a source, never inventing an author. */
export function articleName(article: Article): string {
  return article.author ? `${article.author}’s article` : `the ${article.publisher} article`;
}

/** One line per source: title, who, where, when — and what is unknown said to be unknown. */
export function sourceLine(article: Article): string {
  const author = article.author ?? "author not named";
  const date = `${readableDate(article.date)}${article.dateInferred ? " (inferred from the text)" : ""}`;
  return `“${article.title}” — ${author}, ${article.publisher}, ${date}`;
}

/** Where a source's nearest passage is: "¶ 4 [hilton-2017#p4]". */
const where = (other: NearestPassage) =>
  `${other.paragraph === null ? other.passageId : `¶ ${other.paragraph}`} [${other.passageId}]`;

/** Sources named, at most, in each part of a sentence about them; a large corpus's others are counted. */
export const SOURCES_NAMED = 5;

export const moreArticles = (n: number): string => `${n} more article${n === 1 ? "" : "s"}`;

/** The articles of these ids, found in one pass over the corpus's articles. */
function articlesOf(ids: string[], articles: Article[]): Map<string, Article> {
  const wanted = new Set(ids);
  return new Map(articles.filter((a) => wanted.has(a.id)).map((a) => [a.id, a]));
}

/** How the sources not addressing the question are spoken of: each by name, or a number of them together. */
interface OthersWording {
  close: (name: string, where: string) => string;
  moreClose: (count: string) => string;
  silent: (name: string) => string;
  moreSilent: (count: string) => string;
}

/** What is said of the other sources: those with a related passage, then those with none, the first few of each by name. */
function saidOfOthers(others: NearestPassage[], byId: Map<string, Article>, wording: OthersWording): string[] {
  const known = others.filter((other) => byId.has(other.sourceId));
  const part = (
    group: NearestPassage[],
    one: (other: NearestPassage, name: string) => string,
    more: (count: string) => string,
  ) => [
    ...group.slice(0, SOURCES_NAMED).map((other) => one(other, articleName(byId.get(other.sourceId) as Article))),
    ...(group.length > SOURCES_NAMED ? [more(moreArticles(group.length - SOURCES_NAMED))] : []),
  ];
  return [
    ...part(
      known.filter((other) => other.passageId !== null),
      (other, name) => wording.close(name, where(other)),
      wording.moreClose,
    ),
    ...part(
      known.filter((other) => other.passageId === null),
      (_, name) => wording.silent(name),
      wording.moreSilent,
    ),
  ];
}

/**
 * Which sources address the question, in words. In a small corpus every source searched is named; in a large
 * one the first few of each kind, and the rest counted. A source is said not to discuss the question only when
 * none of its passages relates to it; otherwise its closest passage is named.
 */
export function coverageSentence(addressedBy: string[], others: NearestPassage[], articles: Article[]): string {
  const byId = articlesOf([...addressedBy, ...others.map((o) => o.sourceId)], articles);
  const addressing = addressedBy.flatMap((id) => byId.get(id) ?? []);
  if (addressing.length === 0) return "None of the articles addresses this.";
  const named = addressing.slice(0, SOURCES_NAMED).map(articleName);
  const unnamed = addressing.length - named.length;
  const list = unnamed > 0 ? `${named.join(", ")} and ${moreArticles(unnamed)}` : named.join(", ");
  if (others.length === 0) {
    if (addressing.length === 1) return `${capitalise(list)} addresses this.`;
    if (addressing.length === 2) return "Both articles address this.";
    // In a large corpus only the sources with a related passage are spoken of: "all" would claim the others too.
    return addressing.length === articles.length ? "All the articles address this." : `${capitalise(list)} address this.`;
  }
  const lead = addressing.length === 1 ? `Only ${list} addresses this` : `${capitalise(list)} address this`;
  const rest = saidOfOthers(others, byId, {
    close: (name, at) => `${name} only comes close, in ${at}`,
    moreClose: (count) => `${count} only come close`,
    silent: (name) => `${name} does not discuss it`,
    moreSilent: (count) => `${count} do not discuss it`,
  });
  return `${lead}; ${rest.join("; ")}.`;
}

/**
 * In an answer that only comes close, the sources not quoted: their closest passage comes much less close than
 * those shown (or none of their passages relates to the question at all). Said by comparison, which is true by
 * construction; "does not discuss it" could be untrue of an article that treats the idea in other words.
 */
function lessCloseLine(others: NearestPassage[], articles: Article[]): string | null {
  const byId = articlesOf(
    others.map((o) => o.sourceId),
    articles,
  );
  const said = saidOfOthers(others, byId, {
    close: (name, at) => `${name} comes less close, at best in ${at}`,
    moreClose: (count) => `${count} come less close`,
    silent: (name) => `nothing in ${name} comes this close`,
    moreSilent: (count) => `nothing in ${count} comes this close`,
  });
  return said.length === 0 ? null : `${capitalise(said.join("; "))}.`;
}

/** The first three topics of the corpus, found once per corpus (a large one has thousands of articles). */
const leading = new WeakMap<Map<string, string[]>, string[]>();
function leadingTopics(topics: Map<string, string[]>): string[] {
  let found = leading.get(topics);
  if (!found) {
    const seen = new Set<string>();
    for (const list of topics.values()) {
      for (const topic of list) seen.add(topic);
      if (seen.size >= 3) break;
    }
    found = [...seen].slice(0, 3);
    leading.set(topics, found);
  }
  return found;
}

/** Where to go from an answer that does not answer: the articles' own topics, and the comparison command. */
export function suggestionLine(topics: Map<string, string[]>, compareCommand: string): string {
  const shared = leadingTopics(topics);
  if (shared.length === 0) return `Try other words, or ${compareCommand} on a topic.`;
  return `Try asking about what they cover (${shared.join(", ")}), or ${compareCommand} ${shared[0]} to see the authors side by side.`;
}

/**
 * The question's words the passages shown do not show, and of them those no passage of the corpus uses. Said of
 * the words, not the topic: the articles may still treat the idea in words of their own, so "nothing in them on X"
 * could be untrue of them; and said of every passage only of words no passage uses.
 */
function missingWordsLines(missing: string[], usedNowhere: string[]): string[] {
  const line = (words: string[], subject: string) => {
    const quoted = words.map((word) => `“${word}”`);
    if (quoted.length === 0) return [];
    return quoted.length === 1
      ? [`${subject} the word ${quoted[0]} or one close to it.`]
      : [`${subject} these words or ones close to them: ${quoted.join(", ")}.`];
  };
  return [
    ...line(usedNowhere, "No passage uses"),
    ...line(
      missing.filter((word) => !usedNowhere.includes(word)),
      "The passages shown do not use",
    ),
  ];
}

/** Typos read as other words, so that what is answered (or said to be missing) is seen to be what was read. */
const correctionLines = (corrections: Correction[], escapeText: (text: string) => string = (t) => t): string[] =>
  corrections.length === 0
    ? []
    : [`(Read ${corrections.map((c) => `“${escapeText(c.from)}” as “${escapeText(c.to)}”`).join(", ")}.)`];

/** The lines above the quotes: typos read as other words, and how directly the passages answer. */
export function answerHeader(
  answer: Answer,
  articles: Article[],
  suggestion: string,
  escapeText: (text: string) => string = (t) => t,
): string[] {
  const lines = correctionLines(answer.corrections, escapeText);
  // A question naming articles searched those only: what is said is said of them.
  const named = [...articlesOf(answer.namedSources, articles).values()];
  const one = named.length === 1;
  if (answer.openingAndEnding) {
    // "Each article" when none is named: one at a time, as the passages are shown.
    const several = named.length > 1;
    const subject = named.length > 0 ? named.map(articleName).join(" and ") : "each article";
    lines.push(
      `No summary is written here: this is how ${subject} ${several ? "open and end, in their" : "opens and ends, in its"} own words.`,
    );
    // Of more than one, how to set them side by side on a topic.
    if (named.length !== 1) lines.push(suggestion);
  } else if (answer.paragraphAsked !== null) {
    const shown = [...articlesOf(answer.addressedBy, articles).values()];
    const of = shown.length === 1 ? articleName(shown[0] as Article) : "each article";
    lines.push(`${capitalise(paragraphPlace(answer.paragraphAsked))} of ${of}, as written:`);
  } else if (answer.confidence === "direct") lines.push(coverageSentence(answer.addressedBy, answer.others, articles));
  else {
    const subject = named.length > 0 ? capitalise(named.map(articleName).join(" and ")) : "The articles";
    lines.push(`${subject} ${one ? "doesn’t" : "don’t"} answer this directly; these passages come closest.`);
    if (answer.formNotGiven) lines.push(notGivenLine(answer.formNotGiven, escapeText));
    const lessClose = lessCloseLine(answer.others, articles);
    if (lessClose) lines.push(lessClose);
    lines.push(...missingWordsLines(answer.missing.map(escapeText), answer.usedNowhere.map(escapeText)));
    lines.push(suggestion);
  }
  return lines;
}

/** The line above a comparison: who addresses the topic, or that these passages only come closest. */
export function topicHeader(topic: TopicComparison, articles: Article[]): string {
  return topic.confidence === "direct"
    ? coverageSentence(topic.addressedBy, topic.others, articles)
    : "The articles don’t address this directly; here is what comes closest.";
}

/** Articles a decline lists with what they are about; a larger corpus is summed up after them. */
const COVERED_ARTICLES_LISTED = 8;

/** "14 paragraphs, about 1,100 words": a count of words is rounded, as what a reader means by one is not exact. */
export function lengthText({ paragraphs, words }: ArticleLength): string {
  const rounded = words < 100 ? words : Math.round(words / 50) * 50;
  return `${paragraphs} paragraph${paragraphs === 1 ? "" : "s"}, about ${rounded.toLocaleString("en-GB")} words`;
}

/**
 * An article's details (with its address and length, when asked about the articles themselves) and what it is
 * about.
 */
function coveredLine(article: Article, topics: Map<string, string[]>, withUrl = false, length?: ArticleLength): string {
  const about = topics.get(article.id) ?? [];
  const url = withUrl ? ` — ${article.url ?? "no URL given"}` : "";
  const size = length ? ` — ${lengthText(length)}` : "";
  return `• ${sourceLine(article)}${url}${size}${about.length > 0 ? ` — about ${about.join(", ")}` : ""}`;
}

/** Why nothing is quoted, as far as it is known. */
export interface DeclineReasons {
  /** Words of the question no article uses. */
  unknownWords?: string[];
  inEnglish?: boolean;
  /** Sources the question names: only they were searched, so only they are spoken of. */
  namedSources?: string[];
  /** The question asks about the named sources themselves (nothing else), and no author note answers it. */
  aboutNamedSources?: boolean;
  /** How long the articles asked about are, where known. */
  articleLengths?: Record<string, ArticleLength>;
  /** What to ask instead. */
  suggestion?: string;
  /** A paragraph asked for by its place that none of the articles has. */
  paragraphAsked?: number | "last" | null;
  /** Typos read as other words (escaped for where they are shown). */
  corrections?: Correction[];
}

const paragraphPlace = (which: number | "last"): string => (which === "last" ? "last paragraph" : `paragraph ${which}`);

/** What to say instead of quoting something loosely related: what was missing and what the corpus covers. */
export function declineLines(articles: Article[], topics: Map<string, string[]>, reasons: DeclineReasons = {}): string[] {
  const {
    unknownWords = [],
    inEnglish = true,
    namedSources = [],
    aboutNamedSources = false,
    articleLengths = {},
    suggestion = "",
    paragraphAsked = null,
    corrections = [],
  } = reasons;
  // A question naming articles searched those only: what is said is said of them, not of the others.
  const named = inEnglish ? [...articlesOf(namedSources, articles).values()] : [];
  const one = named.length === 1;
  const subject = named.length > 0 ? capitalise(named.map(articleName).join(" and ")) : "The articles";
  if (aboutNamedSources && (named.length > 0 || paragraphAsked !== null)) {
    // Asked about an article itself: its details say what is known (an unnamed author said to be unnamed), and
    // how many paragraphs it has, when the one asked for is not among them.
    const shown = named.length > 0 ? named : articles.slice(0, COVERED_ARTICLES_LISTED);
    const them = shown.length === 1 ? "it" : "them";
    return [
      ...correctionLines(corrections),
      paragraphAsked !== null
        ? `${subject} ${shown.length === 1 ? "has" : "have"} no ${paragraphPlace(paragraphAsked)}. What is known of ${them}:`
        : `No passage is about ${named.map(articleName).join(" or ")} itself, so there is nothing to quote. What is known of ${them}:`,
      ...shown.map((article) => coveredLine(article, topics, true, articleLengths[article.id])),
      ...(suggestion ? [suggestion] : []),
    ];
  }
  const lines = [
    ...correctionLines(corrections),
    !inEnglish
      ? "Only questions in English are understood: please ask again in English."
      : aboutNamedSources
        ? "The question names nothing to look for in the articles, so there is nothing to quote."
        : `${subject} ${one ? "doesn’t" : "don’t"} address this, so there is nothing to quote.`,
  ];
  if (inEnglish && unknownWords.length > 0)
    lines.push(`${one ? "It never mentions" : "They never mention"}: ${unknownWords.join(", ")}.`);
  lines.push(one ? "What it covers:" : "What they do cover:");
  const listed = named.length > 0 ? named : articles;
  for (const article of listed.slice(0, COVERED_ARTICLES_LISTED))
    lines.push(coveredLine(article, topics, false, articleLengths[article.id]));
  const more = listed.length - COVERED_ARTICLES_LISTED;
  if (more > 0) lines.push(`• and ${moreArticles(more)} (see sources)`);
  if (suggestion) lines.push(suggestion);
  return lines;
}

/** What a "how many", "how much" or "when" question asked for that none of the passages gives. */
function notGivenLine({ asked, of }: FormNotGiven, escapeText: (text: string) => string): string {
  if (asked === "time") return "None of them says when.";
  const kind = asked === "count" ? "a number" : "an amount";
  return of ? `None of them gives ${kind} of ${escapeText(of)}.` : `None of them gives ${kind}.`;
}
