import { englishShare, type Lexicon } from "../lexicon/lexicon.js";
import type { Alternative, Concept } from "../nlp/analyzer.js";
import { numberForms } from "../nlp/number-forms.js";
import { porterStem } from "../nlp/porter-stem.js";
import type { SemanticSpace } from "./semantic-space.js";

/** How a question's words reach the corpus's own words; DESIGN.md says what each is for. */
export interface ExpansionOptions {
  /** WordNet relations (synonyms, derived forms, broader and narrower words), scaled by this. */
  wordnetScale: number;
  /** Corpus stems whose vectors are at least this close to the question word… */
  neighbourMinCosine: number;
  /** …count for up to this much, in proportion to how far above the minimum their closeness lies… */
  neighbourScale: number;
  /** …and at most this many of them. */
  neighbourLimit: number;
  /**
   * A word the corpus never uses is looked for by the words of its synonyms of several words ("nukes":
   * nuclear_warhead → nuclear), at the synonym's weight (at most 0.9) times this. Below 0.5/0.9 such a word ranks
   * passages but never shows the question's word: one word of a compound is not the compound ("GDP":
   * gross_domestic_product, and a passage saying "domestic" is not about GDP; "NATO": North Atlantic Treaty
   * Organization, and "north" is not NATO).
   */
  compoundScale: number;
  /** Everyday words ("place", "things") matter less than rare ones, by English frequency (0: off). */
  informativeness: number;
  /** Relations kept per word, strongest first. */
  maxAlternatives: number;
}

export const DEFAULT_EXPANSION: ExpansionOptions = {
  wordnetScale: 0.6,
  neighbourMinCosine: 0.6,
  neighbourScale: 1,
  neighbourLimit: 8,
  compoundScale: 0.55,
  informativeness: 1,
  maxAlternatives: 12,
};

/** Information of a word as rare as rank 100,000; rarer words (and unknown ones) count fully. */
const FULL_INFORMATION = -Math.log(englishShare(100_000));

/** How informative a word is in English at large, 0..1: its self-information relative to a rare word's. */
export function informationOf(lexicon: Lexicon, word: string): number {
  const rank = lexicon.rankOf(word);
  if (rank === undefined) return 1;
  return Math.min(1, -Math.log(englishShare(rank)) / FULL_INFORMATION);
}

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
    const information = Math.min(...concept.words.map((word) => informationOf(lexicon, word)));
    const importance = concept.importance * (1 - options.informativeness + options.informativeness * information);
    const weights = new Map(concept.alternatives.map((a) => [a.term, a.weight]));
    const offer = (term: string, weight: number) => {
      if (hasTerm(term) && weight > (weights.get(term) ?? 0)) weights.set(term, weight);
    };
    // Only for a word the articles never write: a word they write is matched as itself, and a part of a compound
    // ("nuclear") says less than the compound.
    const unwritten = options.compoundScale > 0 && !concept.alternatives.some((a) => hasTerm(a.term));
    for (const word of concept.words) {
      if (unwritten) for (const { stem, weight } of lexicon.compoundParts(word)) offer(stem, weight * options.compoundScale);
      // Another spelling of the word ("programme" for "program", "fifth" for "5th") is the word itself.
      for (const form of [...lexicon.spellingVariants(word), ...numberForms(word)]) offer(porterStem(form), 1);
      for (const { stem, weight } of lexicon.relatedStems(word, concept.wordClass)) offer(stem, weight * options.wordnetScale);
      // A name's neighbours in the vectors are others of its kind (Ukraine: Russia), other things, not other words for it.
      const neighbours = lexicon.namesOneThing(word)
        ? []
        : space.neighbours(word, options.neighbourMinCosine, options.neighbourLimit);
      for (const { stem, cosine } of neighbours) {
        const above = (cosine - options.neighbourMinCosine) / (1 - options.neighbourMinCosine);
        offer(stem, options.neighbourScale * above);
      }
    }
    // The word itself first, then its strongest relations: a long tail of faint ones adds cost, not answers.
    const [own, ...related] = [...weights].map(([term, weight]): Alternative => ({ term, weight }));
    const alternatives = [
      ...(own ? [own] : []),
      ...related.sort((a, b) => b.weight - a.weight).slice(0, options.maxAlternatives),
    ];
    return { ...concept, alternatives, importance };
  });
}
