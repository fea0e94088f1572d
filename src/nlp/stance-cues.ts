import { hedges as hedgeList } from "hedges";
import { escapeRegExp } from "./whole-words.js";

/**
 * Words by which a question asks for advice ("What do the authors recommend?"): such a question is answered by
 * sentences that recommend, whatever their words.
 */
const ASKS_FOR_ADVICE = /^(recommend\w*|advis\w*|advice|prescri\w*)$/i;
export const asksForAdvice = (word: string): boolean => ASKS_FOR_ADVICE.test(word);

/** Questions that ask for reasons ("Why…", "What motivates…"), whose best quotes give reasons. */
const ASKS_FOR_REASONS = /^\W*(why|what (motivates|drives|explains|is behind)|for what reasons?|what reasons?)\b/i;
/** Wording that gives a reason. */
const GIVES_REASON =
  /\b(because|since|based on|desire|reasons?|rationale|motive|motivated|purpose|in order to|so that|driven by|intended to)\b/i;

export const asksForReasons = (question: string): boolean => ASKS_FOR_REASONS.test(question);
export const givesReason = (sentence: string): boolean => GIVES_REASON.test(sentence);

/**
 * Boosters: words by which a writer signals certainty (after Hyland, "Metadiscourse", 2005). They take
 * precedence over the hedge list, which counts some of them ("certainly", "clearly") as possible hedges.
 */
export const BOOSTERS = [
  "actually",
  "always",
  "certain",
  "certainly",
  "clear",
  "clearly",
  "conclusively",
  "definitely",
  "demonstrably",
  "doubtless",
  "evident",
  "evidently",
  "in fact",
  "indeed",
  "indisputably",
  "inevitably",
  "must",
  "never",
  "no doubt",
  "obvious",
  "obviously",
  "of course",
  "plainly",
  "sure",
  "surely",
  "truly",
  "undeniably",
  "undoubtedly",
  "without doubt",
];

/**
 * The `hedges` package lists *possible* hedges, quantifiers and reporting verbs among them ("many", "about",
 * "say", "will"); in an opinion piece those measure quantity or tense, not doubt, so they are not counted.
 */
const NOT_EPISTEMIC = new Set([
  "a bit",
  "about",
  "and all that",
  "and so forth",
  "around",
  "bunch",
  "can",
  "couple",
  "diagnostic",
  "et cetera",
  "few",
  "find",
  "finds",
  "found",
  "like",
  "little",
  "many",
  "most",
  "much",
  "read",
  "say",
  "says",
  "several",
  "should",
  "some",
  "somebody",
  "someone",
  "something",
  "something or other",
  "somewhere",
  "understand",
  "understands",
  "understood",
  "will",
]);

/** Hedges: the maintained `hedges` word list (wooorm), less the boosters and the words that are not epistemic. */
export const HEDGES = hedgeList.filter((word) => !BOOSTERS.includes(word) && !NOT_EPISTEMIC.has(word));

export interface CertaintyWords {
  count: number;
  /** Distinct words found, most frequent first. */
  words: string[];
}

export interface Certainty {
  hedges: CertaintyWords;
  boosters: CertaintyWords;
}

// Longest phrases first, so "almost never" is one hedge rather than a hedge and a booster.
const CUE_PATTERN = new RegExp(
  `\\b(${[...HEDGES, ...BOOSTERS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})\\b`,
  "gi",
);
const BOOSTER_SET = new Set(BOOSTERS);

/** Every hedge and booster of a text, in order of appearance. */
export interface CertaintyCues {
  hedges: string[];
  boosters: string[];
}

export function findCertaintyCues(text: string): CertaintyCues {
  const cues: CertaintyCues = { hedges: [], boosters: [] };
  for (const match of text.matchAll(CUE_PATTERN)) {
    const word = (match[1] ?? "").toLowerCase();
    (BOOSTER_SET.has(word) ? cues.boosters : cues.hedges).push(word);
  }
  return cues;
}

/** Counts the cues of one or more texts, words most frequent first. */
export function summariseCertainty(cues: CertaintyCues[]): Certainty {
  const summarise = (words: string[]): CertaintyWords => {
    const counts = new Map<string, number>();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return {
      count: words.length,
      words: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word),
    };
  };
  return { hedges: summarise(cues.flatMap((c) => c.hedges)), boosters: summarise(cues.flatMap((c) => c.boosters)) };
}

/** Counts hedging and boosting language in a text. */
export const measureCertainty = (text: string): Certainty => summariseCertainty([findCertaintyCues(text)]);
