import { countedWords, givesCount } from "../nlp/counts.js";
import { sentenceBit } from "../search/passage-index.js";
import { type ScoredPassage, SHOWN_WEIGHT, type WeightedConcept } from "../search/score.js";

/** For a question that asks how many: whether a passage gives the count, and what was counted. */
export interface CountCheck {
  /** Whether a sentence of the passage shows what is counted and gives a number. */
  givesCount(scored: ScoredPassage): boolean;
  /** The question's words for what is counted ("nuclear tests"); "" when none names it ("how many times"). */
  counted: string;
}

/** The check for a question asking "how many"; null for any other question. */
export function countCheck(question: string, concepts: WeightedConcept[]): CountCheck | null {
  const words = countedWords(question);
  if (!words) return null;
  const terms = termsOfWords(concepts, words);
  return {
    givesCount: (scored) => givesCountOf(scored, terms),
    counted: words.filter((word) => termsOfWords(concepts, [word]).length > 0).join(" "),
  };
}

/** The terms that show these words of the question (each word's concept, and the alternatives shown as it). */
const termsOfWords = (concepts: WeightedConcept[], words: string[]): string[] =>
  concepts
    .filter(({ concept }) => concept.words.some((word) => words.includes(word)))
    .flatMap(({ concept }) => concept.alternatives.filter((a) => a.weight >= SHOWN_WEIGHT).map((a) => a.term));

/** Whether a sentence of the passage gives a number and shows one of the terms (with none, any of the question's). */
function givesCountOf(scored: ScoredPassage, terms: string[]): boolean {
  const { entry, sentenceCoverages } = scored;
  let mask = 0;
  for (const term of terms) mask |= entry.occurrence(term)?.sentences ?? 0;
  const shows = (i: number) => (terms.length > 0 ? (mask & sentenceBit(i)) !== 0 : (sentenceCoverages[i] ?? 0) > 0);
  return entry.sentences.some((sentence, i) => shows(i) && givesCount(sentence));
}
