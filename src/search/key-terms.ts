import type { Lexicon } from "../lexicon/lexicon.js";
import type { IndexedPassage } from "./passage-index.js";

/** A term is key to the corpus when the corpus uses it this many times more often than English at large. */
const KEYNESS_RATIO = 20;
/** Zipf's law (as for SIF weights): a word's share of English text is about 1 / (rank × H). */
const ZIPF_H = Math.log(341_479) + 0.5772;
/** Share assumed for a word the lexicon does not know: rarer than any it does. */
const UNKNOWN_SHARE = 1 / (1_000_000 * ZIPF_H);

/**
 * The terms that say what this corpus is about, by keyness against general English (as corpus linguists
 * compare a text with a reference corpus): names, and words such as "sanctions" or "nuclear" that the
 * articles use far more than English does. A question that only shares everyday words ("lower", "back")
 * with the articles is not about them. Entities (`@…`) and terms of meaning (`~advice`) are always key.
 */
export function keyTermsOf(entries: IndexedPassage[], lexicon: Lexicon): Set<string> {
  const uses = new Map<string, number>();
  const englishShare = new Map<string, number>();
  let total = 0;
  for (const entry of entries) {
    for (const [term, { count }] of entry.terms) {
      uses.set(term, (uses.get(term) ?? 0) + count);
      total += count;
      for (const written of entry.writtenAs.get(term) ?? []) {
        const rank = lexicon.rankOf(written.toLowerCase());
        const share = rank === undefined ? UNKNOWN_SHARE : 1 / ((rank + 1) * ZIPF_H);
        englishShare.set(term, Math.max(englishShare.get(term) ?? 0, share));
      }
    }
  }
  const key = new Set<string>();
  for (const [term, count] of uses) {
    const share = englishShare.get(term) ?? UNKNOWN_SHARE;
    if (/^[@~]/.test(term) || count / total >= KEYNESS_RATIO * share) key.add(term);
  }
  return key;
}
