import type { OnDemandList } from "../corpus/on-demand-list.js";
import type { IndexedPassage } from "./passage-index.js";
import type { MeaningSignal } from "./score.js";
import type { SemanticSpace } from "./semantic-space.js";

/** Passages closest in meaning that are scored even without a shared word. */
const CLOSEST_LIMIT = 20;

const NO_MEANING: MeaningSignal = { closenessOf: () => 0, sentenceClosenessOf: () => [], closest: [] };

/** Closeness of each passage (and, on demand, sentence) to the question's words, 0..1; negatives count as 0. */
export function meaningSignal(
  space: SemanticSpace,
  entries: OnDemandList<IndexedPassage>,
  questionWords: string[],
): MeaningSignal {
  const question = space.embed(questionWords);
  if (!question) return NO_MEANING;
  const nearest = space.nearest(question, CLOSEST_LIMIT);
  // Each passage is measured once per question, when scoring first asks (a few hundred of a large corpus).
  const known = new Map<IndexedPassage, number>();
  for (const { position, closeness } of nearest) {
    const entry = entries.at(position);
    if (entry) known.set(entry, closeness);
  }
  return {
    closenessOf(entry) {
      let closeness = known.get(entry);
      if (closeness === undefined) {
        closeness = space.closenessOf(question, entry);
        known.set(entry, closeness);
      }
      return closeness;
    },
    sentenceClosenessOf: (entry) => space.sentenceCloseness(question, entry).map((c) => Math.max(0, c)),
    closest: nearest.flatMap(({ position }) => entries.at(position) ?? []),
  };
}
