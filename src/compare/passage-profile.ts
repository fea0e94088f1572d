import type { Passage } from "../corpus/types.js";
import type { Engine } from "../engine.js";
import type { LabelledTerm } from "../nlp/analyzer.js";
import { type CertaintyCues, findCertaintyCues, isPrescriptive } from "./stance-cues.js";

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

/** Per engine: each passage's profile, and a readable label for every term ("sanctions" for "sanction"). */
const cache = new WeakMap<Engine, { profiles: Map<Passage, PassageProfile>; labels: Map<string, string> }>();

function cacheOf(engine: Engine) {
  let entry = cache.get(engine);
  if (!entry) {
    entry = { profiles: new Map(), labels: new Map() };
    cache.set(engine, entry);
  }
  return entry;
}

export function profileOf(engine: Engine, passage: Passage): PassageProfile {
  const { profiles, labels } = cacheOf(engine);
  let profile = profiles.get(passage);
  if (!profile) {
    const count = (terms: LabelledTerm[]) => {
      const counts = new Map<string, number>();
      for (const { term, label } of terms) {
        counts.set(term, (counts.get(term) ?? 0) + 1);
        if (!labels.has(term)) labels.set(term, label);
      }
      return counts;
    };
    profile = {
      terms: count(engine.analyzer.labelledTerms(passage.text)),
      nouns: count(engine.analyzer.labelledTerms(passage.text, true)),
      certainty: findCertaintyCues(passage.text),
      prescriptive: (engine.index.byId.get(passage.id)?.sentences ?? []).map(isPrescriptive),
    };
    profiles.set(passage, profile);
  }
  return profile;
}

/** The readable form of a term seen in any profiled passage. */
export const labelOf = (engine: Engine, term: string): string => cacheOf(engine).labels.get(term) ?? term;

/** Adds up term counts (a single list is returned as it is: callers only read the result). */
export function addCounts(lists: Map<string, number>[]): Map<string, number> {
  if (lists.length === 1) return lists[0] as Map<string, number>;
  const total = new Map<string, number>();
  for (const counts of lists) for (const [term, count] of counts) total.set(term, (total.get(term) ?? 0) + count);
  return total;
}
