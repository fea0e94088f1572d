import { Document } from "flexsearch";
import type { Passage } from "../corpus/types.js";

/** A passage with the term counts the scoring stage needs. */
export interface IndexedPassage {
  passage: Passage;
  termCounts: Map<string, number>;
  /** Terms of each sentence, to tell ideas stated together from ideas scattered over a paragraph. */
  sentenceTerms: Set<string>[];
  length: number;
}

export interface PassageIndex {
  entries: IndexedPassage[];
  byId: Map<string, IndexedPassage>;
  averageLength: number;
  /** How many passages hold any of the terms. */
  documentFrequency(terms: string[]): number;
  /** Indexed terms that start with the prefix (for words the corpus only has in compounds: "food" → "foodstuff"). */
  termsStartingWith(prefix: string): string[];
  /** Passages holding at least one of the terms, as FlexSearch ranks them. */
  candidates(terms: string[], limit: number): IndexedPassage[];
}

/** Passages are indexed under analyzer terms (stems and entities), so FlexSearch's own encoder stays out of the way. */
export function buildPassageIndex(
  passages: Passage[],
  termsOf: (text: string) => string[],
  splitSentences: (text: string) => string[],
): PassageIndex {
  const flex = new Document<{ id: string; terms: string }>({
    document: { id: "id", index: [{ field: "terms", tokenize: "strict", encode: (text: string) => text.split(" ") }] },
  });
  const entries: IndexedPassage[] = [];
  const byId = new Map<string, IndexedPassage>();
  const postings = new Map<string, Set<string>>();
  for (const passage of passages) {
    const terms = termsOf(passage.text);
    const termCounts = new Map<string, number>();
    for (const term of terms) {
      termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      const list = postings.get(term) ?? new Set<string>();
      list.add(passage.id);
      postings.set(term, list);
    }
    const sentenceTerms = splitSentences(passage.text).map((sentence) => new Set(termsOf(sentence)));
    const entry = { passage, termCounts, sentenceTerms, length: terms.length };
    entries.push(entry);
    byId.set(passage.id, entry);
    flex.add({ id: passage.id, terms: terms.join(" ") });
  }
  const averageLength = entries.reduce((sum, e) => sum + e.length, 0) / Math.max(1, entries.length);

  return {
    entries,
    byId,
    averageLength,
    documentFrequency(terms) {
      if (terms.length === 1) return postings.get(terms[0] as string)?.size ?? 0;
      const union = new Set<string>();
      for (const term of terms) for (const id of postings.get(term) ?? []) union.add(id);
      return union.size;
    },
    termsStartingWith(prefix) {
      return [...postings.keys()].filter((term) => term.length > prefix.length && term.startsWith(prefix));
    },
    candidates(terms, limit) {
      if (terms.length === 0) return [];
      const results = flex.search(terms.join(" "), { suggest: true, limit });
      const ids = results.flatMap((field) => field.result);
      return [...new Set(ids)].flatMap((id) => byId.get(String(id)) ?? []);
    },
  };
}
