import type { Analyzer } from "../nlp/analyzer.js";
import { recommends } from "../nlp/recommendation.js";
import { type CertaintyCues, findCertaintyCues } from "../nlp/stance-cues.js";
import type { IndexedPassage, PassageIndex } from "./passage-index.js";

/** What a comparison reads of one passage: computed once per passage, then only added up per question. */
export interface PassageProfile {
  /** Counts of content terms (entities and content words). */
  terms: Map<string, number>;
  /** Counts of entities and nouns only: what common ground is told in. */
  nouns: Map<string, number>;
  certainty: CertaintyCues;
  /** Per sentence of the indexed passage: whether it recommends rather than describes. */
  prescriptive: boolean[];
}

/** A passage's profile, made from the index when a comparison asks for it and kept for a while by the engine. */
export interface PassageProfiles {
  of(entry: IndexedPassage): PassageProfile;
  /** The readable form of a term ("ally" for the stem "alli", "North Korea" for the entity). */
  labelOf(term: string): string;
  /** Term counts of the whole corpus: the prior comparisons set each side's wording against. */
  corpusCounts(): { countOf(term: string): number; total: number };
}

/**
 * Profiles kept for the passages most recently compared: on a corpus of 200,000 passages, keeping every profile a
 * long-running bot ever made would grow without bound (a few KB each).
 */
const PROFILES_KEPT = 4096;

export function passageProfiles(analyzer: Analyzer, index: PassageIndex): PassageProfiles {
  const profiles = new Map<IndexedPassage, PassageProfile>();
  let corpus: { countOf(term: string): number; total: number } | undefined;
  const of = (entry: IndexedPassage): PassageProfile => {
    let profile = profiles.get(entry);
    if (!profile) {
      // The counts were taken when the index was built: no text is read again with wink-nlp here.
      const { terms, nouns } = entry.wording();
      profile = {
        terms,
        nouns,
        certainty: findCertaintyCues(entry.passage.text),
        prescriptive: entry.sentences.map(recommends),
      };
      if (profiles.size >= PROFILES_KEPT) profiles.clear();
      profiles.set(entry, profile);
    }
    return profile;
  };
  return {
    of,
    labelOf: (term) => analyzer.entityLabel(term) ?? baseForm(index.formsOf(term)) ?? term,
    corpusCounts() {
      // From the index's totals, not by reading every passage again: on a large corpus that took seconds, on
      // the first comparing question, after the bot had promised an answer. Terms of meaning (~advice) and
      // numbers (years) are no wording.
      if (!corpus) {
        const isWording = (term: string) => !term.startsWith("~") && !/^\d+$/.test(term);
        const totals = index.termTotals();
        let total = 0;
        totals.forEach((term, count) => {
          if (isWording(term)) total += count;
        });
        corpus = { countOf: (term) => (isWording(term) ? totals.count(term) : 0), total };
      }
      return corpus;
    },
  };
}

/** Adds up term counts (a single list is returned as it is: callers only read the result). */
export function addCounts(lists: Map<string, number>[]): Map<string, number> {
  const [only] = lists;
  if (lists.length === 1 && only) return only;
  const total = new Map<string, number>();
  for (const counts of lists) for (const [term, count] of counts) total.set(term, (total.get(term) ?? 0) + count);
  return total;
}

/** A word as a reader names it: the shortest of the ways the corpus writes it, lowercase ("ally", not "allies"). */
function baseForm(forms: string[]): string | undefined {
  return forms
    .map((form) => form.toLowerCase())
    .reduce<string | undefined>((best, form) => (best === undefined || form.length < best.length ? form : best), undefined);
}
