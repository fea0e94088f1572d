import type { IndexedPassage } from "./passage-index.js";
import type { MeaningSignal } from "./score.js";
import { type SemanticSpace, topIndices } from "./semantic-space.js";

/** Passages closest in meaning that are scored even without a shared word. */
const CLOSEST_LIMIT = 20;

const NO_MEANING: MeaningSignal = { closenessOf: () => 0, sentenceClosenessOf: () => [], closest: [] };

/** Closeness of each passage (and, on demand, sentence) to the question's words, 0..1; negatives count as 0. */
export function meaningSignal(space: SemanticSpace, entries: IndexedPassage[], questionWords: string[]): MeaningSignal {
  const question = space.embed(questionWords);
  if (!question) return NO_MEANING;
  const closeness = space.closenessOfAll(question);
  const closest = topIndices(closeness, CLOSEST_LIMIT).sort((a, b) => (closeness[b] ?? 0) - (closeness[a] ?? 0));
  return {
    closenessOf: (entry) => closeness[space.positionOf(entry)] ?? 0,
    sentenceClosenessOf: (entry) => space.sentenceCloseness(question, entry).map((c) => Math.max(0, c)),
    closest: closest.flatMap((i) => entries[i] ?? []),
  };
}
