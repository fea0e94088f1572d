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

/** What one answer got right, before it is added up. */
interface Judgement {
  addressedRight: boolean;
  /** Per gold source: rank of its first gold passage among those shown (−1: not shown). */
  goldRanks: number[];
  /** For two or more gold sources: whether the comparison quotes gold of each. */
  comparisonWithGold: boolean | null;
  /** For one gold source: whether it was answered from that source alone, with no comparison. */
  singleSourceRight: boolean | null;
  reciprocalRank: number;
  misses: string[];
}

function judge(question: EvalQuestion, answer: EvaluatedAnswer): Judgement {
  const misses: string[] = [];
  const addressedRight = sameSources(answer.addressedBy, question.addressedBy);
  if (!addressedRight)
    misses.push(`${question.id} addressedBy [${answer.addressedBy.join(", ")}], expected [${question.addressedBy.join(", ")}]`);
  const none: Judgement = {
    addressedRight,
    goldRanks: [],
    comparisonWithGold: null,
    singleSourceRight: null,
    reciprocalRank: 0,
    misses,
  };
  if (question.addressedBy.length === 0) {
    if (answer.confidence === "direct") misses.push(`${question.id} answered directly, but the articles do not address it`);
    return none;
  }
  if (answer.confidence === "none") misses.push(`${question.id} declined, expected an answer`);
  const goldRanks = Object.entries(question.gold).map(([key, quotes]) => {
    const rank = answer.passages.findIndex((p) => sourceMatches(p.sourceId, key) && containsAny(p.text, quotes));
    if (rank < 0 || rank >= 3) misses.push(`${question.id} gold of ${key} at rank ${rank < 0 ? "none" : rank + 1}`);
    return rank;
  });
  const several = question.addressedBy.length >= 2;
  const comparisonWithGold = several
    ? Object.entries(question.gold).every(([key, quotes]) =>
        answer.comparison?.sources.some(
          (side) => sourceMatches(side.sourceId, key) && side.quotes.some((q) => containsAny(q.text, quotes)),
        ),
      )
    : null;
  if (comparisonWithGold === false) misses.push(`${question.id} comparison lacks a gold quote of some author`);
  const singleSourceRight = several ? null : answer.comparison === null && addressedRight;
  if (singleSourceRight === false) misses.push(`${question.id} one source, but answered from [${answer.addressedBy.join(", ")}]`);
  const first = answer.passages.findIndex((p) => containsAny(p.text, Object.values(question.gold).flat()));
  return { ...none, goldRanks, comparisonWithGold, singleSourceRight, reciprocalRank: first >= 0 ? 1 / (first + 1) : 0 };
}

export function evaluate(questions: EvalQuestion[], answers: EvaluatedAnswer[]): EvalReport {
  if (answers.length !== questions.length) throw new Error("evaluate: expected one answer per question");
  const negativesByConfidence: ConfidenceCounts = { direct: 0, closest: 0, none: 0 };
  const answerableByConfidence: ConfidenceCounts = { direct: 0, closest: 0, none: 0 };
  const judgements = questions.flatMap((question, i) => {
    const answer = answers[i];
    if (!answer) return [];
    (question.addressedBy.length === 0 ? negativesByConfidence : answerableByConfidence)[answer.confidence] += 1;
    return [judge(question, answer)];
  });
  const ranks = judgements.flatMap((j) => j.goldRanks);
  const count = (test: (j: Judgement) => boolean) => judgements.filter(test).length;
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  const negatives = questions.filter((q) => q.addressedBy.length === 0).length;
  const answerable = questions.length - negatives;
  const comparisonQuestions = count((j) => j.comparisonWithGold !== null);
  const singleSourceQuestions = count((j) => j.singleSourceRight !== null);
  return {
    questions: questions.length,
    recallAt3: share(ranks.filter((r) => r >= 0 && r < 3).length, ranks.length),
    recallAt5: share(ranks.filter((r) => r >= 0 && r < 5).length, ranks.length),
    mrr: share(
      judgements.reduce((sum, j) => sum + j.reciprocalRank, 0),
      answerable,
    ),
    negatives,
    negativesNotDirect: negatives - negativesByConfidence.direct,
    negativesByConfidence,
    answerable,
    wronglyDeclined: answerableByConfidence.none,
    answerableByConfidence,
    addressedByAccuracy: share(
      count((j) => j.addressedRight),
      questions.length,
    ),
    comparisonsWithGold: share(
      count((j) => j.comparisonWithGold === true),
      comparisonQuestions,
    ),
    comparisonQuestions,
    singleSourceStated: share(
      count((j) => j.singleSourceRight === true),
      singleSourceQuestions,
    ),
    singleSourceQuestions,
    misses: judgements.flatMap((j) => j.misses),
  };
}
