/**
 * Whether a sentence recommends a course of action in the writer's own voice: an actor and what it should do
 * ("Russia … should place stronger economic pressure on the DPRK", "he could do worse than to call his friend
 * Mr Putin", "The most pragmatic option is through China"), not any sentence with a modal verb.
 */

/** The wordings that can carry a recommendation; each occurrence is then checked against its clause. */
const CUES = [
  // Modals of obligation or advice before the action. "should have"/"must have" look back (hindsight, deduction)
  // and "has to do with" is about relevance: neither proposes anything.
  /\b(?:should|must|ought to|needs? to|has to|have to)\b(?!\s+(?:not\s+)?have\b)(?!\s+do\s+with\b)/gi,
  // Set phrases of advice.
  /\b(?:could do worse than|would do well to|it is time (?:for \w+ )?to|the (?:only |best |surest )?way forward)\b/gi,
  // A means proposed: "the most pragmatic option is through China", "one way … would be through Russia".
  /\b(?<cue>option|way|route|path|solution|course)\b[^,;:.!?]{0,60}?\b(?:is|would be|lies)\s+(?:through|via|by)\b/gi,
  // A choice put to an actor: "China could choose to…", "Putin can at least call for…", "it could instead…".
  /\b(?:can|could)\s+(?:at least|choose to|instead)\b/gi,
];

/**
 * Words that, earlier in the same clause, make the modal someone else's or not advice at all: reported speech
 * ("a proposal that both sides should…"), reasons ("because it needs to…"), conditions ("if it should…").
 */
const NOT_OWN_ADVICE =
  /\b(?:because|since|as|so that|in order|if|unless|whether|when|proposals?|proposed|proposes|assertions?|asserted|asserts|statements?|stated|states|said|says|argued|argues|claimed|claims|insisted|insists|demanded|demands|suggested|suggests|suggestions?|urged|urges|called for|calls for|warned|warns|believes|believed|belief|view)\b/i;

/** Where the clause holding position `at` begins: after the last punctuation that ends a clause. */
const clauseStart = (text: string, at: number): number => {
  const before = text.slice(0, at);
  const match = /[,;:.!?()–—"“”](?=[^,;:.!?()–—"“”]*$)/.exec(before);
  return match ? match.index + 1 : 0;
};

/** The wording by which the sentence recommends ("should", "could do worse than"), or null when it does not. */
export function recommendationCue(sentence: string): string | null {
  for (const cue of CUES) {
    for (const match of sentence.matchAll(cue)) {
      const at = match.index ?? 0;
      const end = /[.!?]/.exec(sentence.slice(at));
      if (end?.[0] === "?") continue; // a question asks; it does not advise
      const clause = sentence.slice(clauseStart(sentence, at), at);
      // "Should Pyongyang continue…, then…": a sentence that opens with "should" starts with a condition.
      if (/^should$/i.test(match[0]) && /(?:^|[.!?])\s*$/.test(sentence.slice(0, at))) continue;
      if (NOT_OWN_ADVICE.test(clause)) continue;
      return match.groups?.cue ?? match[0];
    }
  }
  return null;
}

export const recommends = (sentence: string): boolean => recommendationCue(sentence) !== null;
