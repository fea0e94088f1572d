/** A question of an evaluation set: which sources address it and, per source, quotes a good answer contains. */
export interface EvalQuestion {
  id: string;
  q: string;
  addressedBy: string[];
  gold: Record<string, string[]>;
}

/** What the evaluation reads of an answer (the `ask --json` shape). */
export interface EvaluatedAnswer {
  confidence: "direct" | "closest" | "none";
  addressedBy: string[];
  passages: { sourceId: string; text: string }[];
  comparison: { sources: { sourceId: string; quotes: { text: string }[] }[] } | null;
}

export interface ConfidenceCounts {
  direct: number;
  closest: number;
  none: number;
}

export interface EvalReport {
  questions: number;
  recallAt3: number;
  recallAt5: number;
  mrr: number;
  negatives: number;
  /** Negatives not answered `direct` (target: all). */
  negativesNotDirect: number;
  negativesByConfidence: ConfidenceCounts;
  answerable: number;
  /** Answerable questions answered `none`. */
  wronglyDeclined: number;
  answerableByConfidence: ConfidenceCounts;
  addressedByAccuracy: number;
  /** Questions both (all) gold sources address: share whose comparison quotes a gold quote of each. */
  comparisonsWithGold: number;
  comparisonQuestions: number;
  /** One-source questions: share answered from that source alone, with no comparison. */
  singleSourceStated: number;
  singleSourceQuestions: number;
  /** Per question, what went wrong, for reading rather than scoring. */
  misses: string[];
}

/** Quotes match ignoring case, curly versus straight quotes, dash kinds and runs of white space. */
export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Gold names sources by short key ("hilton"); corpus ids carry a year ("hilton-2017"). */
const sourceMatches = (sourceId: string, key: string): boolean => sourceId === key || sourceId.startsWith(`${key}-`);

const containsAny = (text: string, quotes: string[]) => {
  const haystack = normaliseForMatch(text);
  return quotes.some((quote) => haystack.includes(normaliseForMatch(quote)));
};

const sameSources = (actual: string[], expected: string[]) =>
  actual.length === expected.length && expected.every((key) => actual.some((id) => sourceMatches(id, key)));

export function evaluate(questions: EvalQuestion[], answers: EvaluatedAnswer[]): EvalReport {
  let pairs = 0;
  let hits3 = 0;
  let hits5 = 0;
  let reciprocalSum = 0;
  let negatives = 0;
  let answerable = 0;
  const negativesByConfidence: ConfidenceCounts = { direct: 0, closest: 0, none: 0 };
  const answerableByConfidence: ConfidenceCounts = { direct: 0, closest: 0, none: 0 };
  let addressedRight = 0;
  let comparisonQuestions = 0;
  let comparisonsWithGold = 0;
  let singleSourceQuestions = 0;
  let singleSourceStated = 0;
  const misses: string[] = [];

  if (answers.length !== questions.length) throw new Error("evaluate: expected one answer per question");
  questions.forEach((question, i) => {
    const answer = answers[i];
    if (!answer) return;
    if (sameSources(answer.addressedBy, question.addressedBy)) addressedRight += 1;
    else
      misses.push(`${question.id} addressedBy [${answer.addressedBy.join(", ")}], expected [${question.addressedBy.join(", ")}]`);

    if (question.addressedBy.length === 0) {
      negatives += 1;
      negativesByConfidence[answer.confidence] += 1;
      if (answer.confidence === "direct") misses.push(`${question.id} answered directly, but the articles do not address it`);
      return;
    }
    answerable += 1;
    answerableByConfidence[answer.confidence] += 1;
    if (answer.confidence === "none") misses.push(`${question.id} declined, expected an answer`);
    for (const [key, quotes] of Object.entries(question.gold)) {
      pairs += 1;
      const rank = answer.passages.findIndex((p) => sourceMatches(p.sourceId, key) && containsAny(p.text, quotes));
      if (rank >= 0 && rank < 3) hits3 += 1;
      if (rank >= 0 && rank < 5) hits5 += 1;
      if (rank < 0 || rank >= 3) misses.push(`${question.id} gold of ${key} at rank ${rank < 0 ? "none" : rank + 1}`);
    }
    if (question.addressedBy.length >= 2) {
      comparisonQuestions += 1;
      const quotedEach = Object.entries(question.gold).every(([key, quotes]) =>
        answer.comparison?.sources.some(
          (side) => sourceMatches(side.sourceId, key) && side.quotes.some((q) => containsAny(q.text, quotes)),
        ),
      );
      if (quotedEach) comparisonsWithGold += 1;
      else misses.push(`${question.id} comparison lacks a gold quote of some author`);
    } else {
      singleSourceQuestions += 1;
      if (answer.comparison === null && sameSources(answer.addressedBy, question.addressedBy)) singleSourceStated += 1;
      else misses.push(`${question.id} one source, but answered from [${answer.addressedBy.join(", ")}]`);
    }
    const allQuotes = Object.values(question.gold).flat();
    const first = answer.passages.findIndex((p) => containsAny(p.text, allQuotes));
    reciprocalSum += first >= 0 ? 1 / (first + 1) : 0;
  });

  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    questions: questions.length,
    recallAt3: share(hits3, pairs),
    recallAt5: share(hits5, pairs),
    mrr: share(reciprocalSum, answerable),
    negatives,
    negativesNotDirect: negatives - negativesByConfidence.direct,
    negativesByConfidence,
    answerable,
    wronglyDeclined: answerableByConfidence.none,
    answerableByConfidence,
    addressedByAccuracy: share(addressedRight, questions.length),
    comparisonsWithGold: share(comparisonsWithGold, comparisonQuestions),
    comparisonQuestions,
    singleSourceStated: share(singleSourceStated, singleSourceQuestions),
    singleSourceQuestions,
    misses,
  };
}
