import type { IndexedPassage } from "./passage-index.js";
import type { MeaningSignal } from "./score.js";
import type { SemanticSpace } from "./semantic-space.js";

/** Passages closest in meaning that are scored even without a shared word. */
const CLOSEST_LIMIT = 20;

const NO_MEANING: MeaningSignal = { closenessOf: () => 0, sentenceClosenessOf: () => [], closest: [] };

/**
 * Closeness of each passage to the question's words, 0..1: the better of the passage as a whole and its
 * closest sentence (a long passage may answer in one sentence). Negative cosines count as unrelated.
 */
export function meaningSignal(space: SemanticSpace, entries: IndexedPassage[], questionWords: string[]): MeaningSignal {
  const question = space.embed(questionWords);
  if (!question) return NO_MEANING;
  const sentences = new Map<IndexedPassage, number[]>();
  const closeness = new Map<IndexedPassage, number>();
  for (const entry of entries) {
    const measured = space.closeness(question, entry);
    const perSentence = measured.sentences.map((c) => Math.max(0, c));
    sentences.set(entry, perSentence);
    closeness.set(entry, Math.max(0, measured.passage, ...perSentence));
  }
  const closest = [...closeness]
    .sort((a, b) => b[1] - a[1])
    .slice(0, CLOSEST_LIMIT)
    .map(([entry]) => entry);
  return {
    closenessOf: (entry) => closeness.get(entry) ?? 0,
    sentenceClosenessOf: (entry) => sentences.get(entry) ?? [],
    closest,
  };
}
