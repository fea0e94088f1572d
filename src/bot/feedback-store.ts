import { accessSync, constants } from "node:fs";
import { appendFile } from "node:fs/promises";
import { dirname } from "node:path";

export interface FeedbackVote {
  at: string;
  userId: string;
  question: string;
  vote: "up" | "down";
  passageIds: string[];
}

/** How long shutdown waits for pending writes (a stalled disk must not keep the bot from stopping). */
export const FLUSH_DEADLINE_MS = 5000;

/**
 * 👍/👎 votes, one JSON line each (one write per line, newline included), appended in order through a queue:
 * the vote is acknowledged at once, and a failed write is reported to `onError` rather than to the voter.
 */
export class FeedbackStore {
  private pending: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly onError: (error: unknown) => void,
    /** How a line is appended (the file system; a stand-in where a test needs a disk that stalls). */
    private readonly append: (file: string, line: string) => Promise<void> = (file, line) => appendFile(file, line, "utf8"),
  ) {}

  /** Throws with the file's name when votes could not be written there (checked once, at start). */
  checkWritable(): void {
    const target = dirname(this.file);
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new Error(`FEEDBACK_FILE: cannot write votes to ${this.file} (${target} is not a writable folder)`);
    }
  }

  /** Queues the vote; it is written after every earlier one. */
  record(vote: FeedbackVote): void {
    this.pending = this.pending.then(() => this.append(this.file, `${JSON.stringify(vote)}\n`)).catch(this.onError);
  }

  /** Resolves when every queued vote is written, or after `deadlineMs` whatever is still pending. */
  flush(deadlineMs = FLUSH_DEADLINE_MS): Promise<void> {
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
    return Promise.race([this.pending, deadline]);
  }
}
