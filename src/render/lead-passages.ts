import type { Answer, AnswerPassage } from "../answer/answer.js";

/**
 * What a short answer shows: the best passage of each source that addresses the question (one is enough to see
 * what an author says; the rest are one tap or flag away). A single addressing source has the room of two, so
 * it shows its best two; with none addressing, the closest one.
 */
export function leadPassages(answer: Answer): AnswerPassage[] {
  if (answer.addressedBy.length === 1) {
    const [only] = answer.addressedBy;
    return answer.passages.filter((p) => p.sourceId === only).slice(0, 2);
  }
  const lead = answer.addressedBy
    .map((sourceId) => answer.passages.find((p) => p.sourceId === sourceId))
    .filter((p): p is AnswerPassage => p !== undefined);
  return lead.length > 0 ? lead : answer.passages.slice(0, 1);
}
