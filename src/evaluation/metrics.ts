/** A question of an evaluation set: which sources address it and, per source, quotes a good answer contains. */
export interface EvalQuestion {
  id: string;
  q: string;
  addressedBy: string[];
  gold: Record<string, string[]>;
}

/** What the evaluation reads of an answer (the `ask --json` shape). */
export interface EvaluatedAnswer {
  answered: boolean;
  addressedBy: string[];
  passages: { sourceId: string; text: string }[];
  comparison: { sources: { sourceId: string; quotes: { text: string }[] }[] } | null;
  /** The sentence telling which sources address the question ("Only … addresses this; …"). */
  coverageStatement: string;
}

export interface EvalReport {
  questions: number;
  recallAt3: number;
  recallAt5: number;
  mrr: number;
  negatives: number;
  negativesDeclined: number;
  answerable: number;
  wronglyDeclined: number;
  addressedByAccuracy: number;
  /** Questions both (all) gold sources address: share whose comparison quotes a gold quote of each. */
  comparisonsWithGold: number;
  comparisonQuestions: number;
  /** One-source questions: share with no comparison and an "Only …" statement. */
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
  let negativesDeclined = 0;
  let answerable = 0;
  let wronglyDeclined = 0;
  let addressedRight = 0;
  let comparisonQuestions = 0;
  let comparisonsWithGold = 0;
  let singleSourceQuestions = 0;
  let singleSourceStated = 0;
  const misses: string[] = [];

  questions.forEach((question, i) => {
    const answer = answers[i] as EvaluatedAnswer;
    if (sameSources(answer.addressedBy, question.addressedBy)) addressedRight += 1;
    else
      misses.push(`${question.id} addressedBy [${answer.addressedBy.join(", ")}], expected [${question.addressedBy.join(", ")}]`);

    if (question.addressedBy.length === 0) {
      negatives += 1;
      if (!answer.answered) negativesDeclined += 1;
      else misses.push(`${question.id} answered, expected declined`);
      return;
    }
    answerable += 1;
    if (!answer.answered) {
      wronglyDeclined += 1;
      misses.push(`${question.id} declined, expected an answer`);
    }
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
      if (answer.comparison === null && answer.coverageStatement.startsWith("Only ")) singleSourceStated += 1;
      else misses.push(`${question.id} one source, but a comparison or no "Only …" statement`);
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
    negativesDeclined,
    answerable,
    wronglyDeclined,
    addressedByAccuracy: share(addressedRight, questions.length),
    comparisonsWithGold: share(comparisonsWithGold, comparisonQuestions),
    comparisonQuestions,
    singleSourceStated: share(singleSourceStated, singleSourceQuestions),
    singleSourceQuestions,
    misses,
  };
}
