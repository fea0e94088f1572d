import { englishShare, type Lexicon } from "../lexicon/lexicon.js";
import type { TermTotals } from "./passage-index.js";

/** A term is key to the corpus when the corpus uses it this many times more often than English at large. */
const KEYNESS_RATIO = 20;

/** Share assumed for a word the lexicon does not know: rarer than any it does. */
const UNKNOWN_SHARE = englishShare(1_000_000);

/**
 * The terms that say what this corpus is about, by keyness against general English (as corpus linguists
 * compare a text with a reference corpus): names, and words such as "sanctions" or "nuclear" that the
 * articles use far more than English does. A question that only shares everyday words ("lower", "back")
 * with the articles is not about them. Entities (`@…`) and terms of meaning (`~advice`) are always key.
 */
export function keyTermsOf(uses: TermTotals, writtenForms: Map<string, string[]>, lexicon: Lexicon): Set<string> {
  const shareInEnglish = new Map<string, number>();
  let total = 0;
  uses.forEach((_, count) => {
    total += count;
  });
  for (const [term, forms] of writtenForms) {
    for (const written of forms) {
      const rank = lexicon.rankOf(written.toLowerCase());
      const share = rank === undefined ? UNKNOWN_SHARE : englishShare(rank);
      shareInEnglish.set(term, Math.max(shareInEnglish.get(term) ?? 0, share));
    }
  }
  const key = new Set<string>();
  uses.forEach((term, count) => {
    const share = shareInEnglish.get(term) ?? UNKNOWN_SHARE;
    if (/^[@~]/.test(term) || count / total >= KEYNESS_RATIO * share) key.add(term);
  });
  return key;
}
