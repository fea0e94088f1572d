import type { Lexicon } from "../lexicon/lexicon.js";
import type { Alternative, Concept } from "../nlp/analyzer.js";
import type { SemanticSpace } from "./semantic-space.js";

/** How a question's words reach the corpus's own words; DESIGN.md says what each is for. */
export interface ExpansionOptions {
  /** WordNet relations (synonyms, derived forms, broader and narrower words), scaled by this. */
  wordnetScale: number;
  /** Corpus stems whose vectors are at least this close to the question word… */
  neighbourMinCosine: number;
  /** …count for their cosine times this… */
  neighbourScale: number;
  /** …and at most this many of them. */
  neighbourLimit: number;
}

export const DEFAULT_EXPANSION: ExpansionOptions = {
  wordnetScale: 1,
  neighbourMinCosine: 0.55,
  neighbourScale: 0.8,
  neighbourLimit: 8,
};

/**
 * Adds to each word of the question the corpus terms that say the same or nearly the same: from WordNet
 * (general word knowledge, sense-weighted) and from word vectors (closeness of use). Only terms the corpus
 * has are added; a passage matching one counts for the alternative's weight, below the word itself.
 */
export function expandConcepts(
  concepts: Concept[],
  lexicon: Lexicon,
  space: SemanticSpace,
  hasTerm: (term: string) => boolean,
  options: ExpansionOptions = DEFAULT_EXPANSION,
): Concept[] {
  return concepts.map((concept) => {
    if (concept.kind !== "word") return concept;
    const weights = new Map(concept.alternatives.map((a) => [a.term, a.weight]));
    const offer = (term: string, weight: number) => {
      if (hasTerm(term) && weight > (weights.get(term) ?? 0)) weights.set(term, weight);
    };
    for (const word of concept.words) {
      for (const { stem, weight } of lexicon.relatedStems(word)) offer(stem, weight * options.wordnetScale);
      for (const { stem, cosine } of space.neighbours(word, options.neighbourMinCosine, options.neighbourLimit)) {
        offer(stem, cosine * options.neighbourScale);
      }
    }
    const alternatives: Alternative[] = [...weights].map(([term, weight]) => ({ term, weight }));
    return { ...concept, alternatives };
  });
}
