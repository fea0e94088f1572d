import type { FeedbackVote } from "./feedback-store.js";

export interface VoteTally {
  up: number;
  down: number;
}

export interface FeedbackSummary {
  votes: number;
  /** Lines that were not a whole vote (a write cut short by a crash or a full disk): skipped, counted. */
  skippedLines: number;
  byQuestion: { question: string; tally: VoteTally }[];
  byPassage: { passageId: string; tally: VoteTally }[];
}

function isVote(value: unknown): value is FeedbackVote {
  const v = value as Partial<FeedbackVote> | null;
  return (
    typeof v === "object" &&
    v !== null &&
    typeof v.userId === "string" &&
    typeof v.question === "string" &&
    (v.vote === "up" || v.vote === "down") &&
    Array.isArray(v.passageIds)
  );
}

const count = (tallies: Map<string, VoteTally>, key: string, vote: "up" | "down") => {
  const tally = tallies.get(key) ?? { up: 0, down: 0 };
  tally[vote] += 1;
  tallies.set(key, tally);
};

const sorted = (tallies: Map<string, VoteTally>) =>
  [...tallies].sort((a, b) => b[1].up + b[1].down - (a[1].up + a[1].down) || a[0].localeCompare(b[0]));

/**
 * The votes of a feedback file, for people improving answers: one vote per user per question (the last one
 * counts, so a changed mind is not counted twice), tallied per question and per passage shown. Lines that are
 * not whole votes (a partial last line) are skipped and counted.
 */
export function summariseFeedback(text: string): FeedbackSummary {
  const latest = new Map<string, FeedbackVote>();
  let skippedLines = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    if (!isVote(parsed)) {
      skippedLines += 1;
      continue;
    }
    const key = JSON.stringify([parsed.userId, parsed.question]);
    latest.delete(key);
    latest.set(key, parsed);
  }
  const byQuestion = new Map<string, VoteTally>();
  const byPassage = new Map<string, VoteTally>();
  for (const vote of latest.values()) {
    count(byQuestion, vote.question, vote.vote);
    for (const id of vote.passageIds) count(byPassage, id, vote.vote);
  }
  return {
    votes: latest.size,
    skippedLines,
    byQuestion: sorted(byQuestion).map(([question, tally]) => ({ question, tally })),
    byPassage: sorted(byPassage).map(([passageId, tally]) => ({ passageId, tally })),
  };
}
