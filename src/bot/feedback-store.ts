import { appendFile } from "node:fs/promises";

export interface FeedbackVote {
  at: string;
  userId: string;
  question: string;
  vote: "up" | "down";
  passageIds: string[];
}

/** 👍/👎 votes, one JSON line each, appended in order; `flush` waits for every pending write. */
export class FeedbackStore {
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  /** Rejects when the write fails (the caller tells the user); later votes are still written. */
  record(vote: FeedbackVote): Promise<void> {
    const write = this.pending.then(() => appendFile(this.file, `${JSON.stringify(vote)}\n`, "utf8"));
    this.pending = write.catch(() => undefined);
    return write;
  }

  flush(): Promise<void> {
    return this.pending;
  }
}
