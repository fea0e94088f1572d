import { asksWhen, countedWords, givesCount, givesTime } from "../nlp/counts.js";
import { porterStem } from "../nlp/porter-stem.js";
import { sentenceBit } from "../search/passage-index.js";
import { type ScoredPassage, SHOWN_WEIGHT, type WeightedConcept } from "../search/score.js";

/**
 * For a question that asks for a count or a time: whether a passage gives it. A passage on the topic that gives
 * none does not answer "How many tests…?" or "When did…?" directly, however many of its words it shares.
 */
export interface FormCheck {
  asked: "count" | "time";
  /** Whether a sentence of the passage shows the question's idea and gives a number (a time). */
  gives(scored: ScoredPassage): boolean;
  /** For a count: the question's words for what is counted ("nuclear tests"); "" when none names it ("how many
   * times"). */
  counted: string;
}

/** The check for a question asking "how many" or "when"; null for any other question. */
export function formCheck(question: string, concepts: WeightedConcept[]): FormCheck | null {
  if (asksWhen(question)) return { asked: "time", gives: (scored) => givesOf(scored, [], givesTime), counted: "" };
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

/** The terms that show these words of the question (each word's concept, and the alternatives shown as it). */
const termsOfWords = (concepts: WeightedConcept[], words: string[]): string[] =>
  concepts
    .filter(({ concept }) => concept.words.some((word) => words.includes(word)))
    .flatMap(({ concept }) => concept.alternatives.filter((a) => a.weight >= SHOWN_WEIGHT).map((a) => a.term));

/** Whether a sentence of the passage gives the form and shows one of the terms (with none, any of the question's). */
function givesOf(scored: ScoredPassage, terms: string[], givesForm: (sentence: string) => boolean): boolean {
  const { entry, sentenceCoverages } = scored;
  let mask = 0;
  for (const term of terms) mask |= entry.occurrence(term)?.sentences ?? 0;
  const shows = (i: number) => (terms.length > 0 ? (mask & sentenceBit(i)) !== 0 : (sentenceCoverages[i] ?? 0) > 0);
  return entry.sentences.some((sentence, i) => shows(i) && givesForm(sentence));
}
