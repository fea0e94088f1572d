import type { Lexicon } from "../lexicon/lexicon.js";
import { amountWords, asksWhen, countedWords, givesAmount, givesCount, givesTime } from "../nlp/counts.js";
import { porterStem } from "../nlp/porter-stem.js";
import { sentenceBit } from "../search/passage-index.js";
import { type ScoredPassage, SHOWN_WEIGHT, type WeightedConcept } from "../search/score.js";

/** What a question asks for beyond its topic: a number of things, an amount of something, or a time. */
export type FormAsked = "count" | "amount" | "time";

/**
 * For a question that asks for a count, an amount or a time: whether a passage gives it. A passage on the topic that
 * gives none does not answer "How many tests…?", "How much money…?" or "When did…?" directly, however many of its
 * words it shares.
 */
export interface FormCheck {
  asked: FormAsked;
  /** Whether a sentence of the passage shows the question's idea and gives a number (an amount, a time). */
  gives(scored: ScoredPassage): boolean;
  /** For a count or an amount: the question's words for what is counted or measured ("nuclear tests", "money"); ""
   * when none names it ("how many times"). */
  counted: string;
}

/** A question answered only `closest` because no passage on it gives what it asks for (a number, an amount, a time). */
export interface FormNotGiven {
  asked: FormAsked;
  /** What was counted or measured ("troops", "money"; "" when no word names it, and for a time). */
  of: string;
}

/**
 * The check for a question asking "how many", "when", or "how much" of something measured as an amount (money,
 * oil: `Lexicon.measuredAsAmount`; not "how much influence", a degree) or with a verb of giving ("how much does
 * China give", `Lexicon.verbOfGiving`); null for any other question.
 */
export function formCheck(question: string, concepts: WeightedConcept[], lexicon: Lexicon): FormCheck | null {
  if (asksWhen(question)) {
    // The time must be given beside what the question asks the time of, not only beside its names: "When was the
    // Sino-Soviet split?" is not answered by "in 1950" in a sentence on a Soviet puppet.
    const terms = shownTerms(concepts.filter(({ concept }) => concept.kind === "word"));
    return { asked: "time", gives: (scored) => givesOf(scored, terms, givesTime), counted: "" };
  }
  return amountCheck(question, concepts, lexicon) ?? countCheck(question, concepts);
}

/** "How much money…?", "How much does the US spend…?": an amount, given beside what is measured or the verb. */
function amountCheck(question: string, concepts: WeightedConcept[], lexicon: Lexicon): FormCheck | null {
  const amount = amountWords(question);
  if (!amount) return null;
  const measured = amount.filter((word) => lexicon.measuredAsAmount(word));
  // With no word before the verb to name what is measured, the verb says whether it is an amount, and the amount
  // must be given beside it (a sentence on the spending, not any number in the passage).
  const giving =
    amount.length === 0
      ? concepts.flatMap(({ concept }) =>
          concept.wordClass === "v" ? concept.words.filter((word) => lexicon.verbOfGiving(word)) : [],
        )
      : [];
  if (measured.length === 0 && giving.length === 0) return null;
  const terms = termsOfWords(concepts, measured.length > 0 ? measured : giving);
  return { asked: "amount", gives: (scored) => givesOf(scored, terms, givesAmount), counted: measured.join(" ") };
}

/** "How many tests…?": a number of what is counted. */
function countCheck(question: string, concepts: WeightedConcept[]): FormCheck | null {
  const words = countedWords(question);
  if (!words) return null;
  const terms = termsOfWords(concepts, words);
  const counted = new Set(terms);
  const isCounted = (word: string) => counted.has(porterStem(word));
  return {
    asked: "count",
    gives: (scored) => givesOf(scored, terms, (sentence) => givesCount(sentence, terms.length > 0 ? isCounted : undefined)),
    counted: words.filter((word) => termsOfWords(concepts, [word]).length > 0).join(" "),
  };
}

/** The terms that show these concepts (each one's word, and the alternatives shown as it). */
const shownTerms = (concepts: WeightedConcept[]): string[] =>
  concepts.flatMap(({ concept }) => concept.alternatives.filter((a) => a.weight >= SHOWN_WEIGHT).map((a) => a.term));

/** The terms that show these words of the question. */
const termsOfWords = (concepts: WeightedConcept[], words: string[]): string[] =>
  shownTerms(concepts.filter(({ concept }) => concept.words.some((word) => words.includes(word))));

/** Whether a sentence of the passage gives the form and shows one of the terms (with none, any idea of the question). */
function givesOf(scored: ScoredPassage, terms: string[], givesForm: (sentence: string) => boolean): boolean {
  const { entry, sentenceCoverages } = scored;
  let mask = 0;
  for (const term of terms) mask |= entry.occurrence(term)?.sentences ?? 0;
  const shows = (i: number) => (terms.length > 0 ? (mask & sentenceBit(i)) !== 0 : (sentenceCoverages[i] ?? 0) > 0);
  return entry.sentences.some((sentence, i) => shows(i) && givesForm(sentence));
}
