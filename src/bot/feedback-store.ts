import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from "node:fs";
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
/** Votes kept in memory while the disk refuses them; past this the oldest are given up (and reported). */
export const MAX_WAITING_VOTES = 10_000;
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30_000;

export type AppendLines = (file: string, text: string) => Promise<void>;

/**
 * 👍/👎 votes, one JSON line each, appended in order. A vote is acknowledged at once and kept until a write of
 * it succeeds: when the disk is full or failing, votes wait in memory (bounded) and the write is retried with a
 * growing pause, so a disk that recovers loses nothing. Failures go to `onError`, never to the voter.
 */
export class FeedbackStore {
  private waiting: string[] = [];
  private inFlight = 0;
  private writing = false;
  /** After a failed write the file may end in a cut line: the next write starts on a line of its own. */
  private startOnNewLine = false;
  private retryMs = FIRST_RETRY_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private idle: (() => void)[] = [];

  constructor(
    private readonly file: string,
    private readonly onError: (error: unknown, waitingVotes: number) => void,
    /** How lines are appended (the file system; a stand-in where a test needs a disk that stalls). */
    private readonly append: AppendLines = (file, text) => appendFile(file, text, "utf8"),
  ) {}

  /** Throws with the file's name when votes could not be written there (checked once, at start). */
  checkWritable(): void {
    const exists = existsSync(this.file);
    const target = exists ? this.file : dirname(this.file);
    try {
      if (exists && statSync(this.file).isDirectory()) throw new Error("a folder");
      accessSync(target, constants.W_OK);
    } catch {
      const what = exists ? "is not a writable file" : "is not a writable folder";
      throw new Error(`FEEDBACK_FILE: cannot write votes to ${this.file} (${target} ${what})`);
    }
    // Only a regular file can be read back (opening a pipe nobody writes to would block).
    this.startOnNewLine = exists && statSync(this.file).isFile() && !endsWithNewLine(this.file);
  }

  /** Votes not yet on disk: waiting, or in a write that has not finished. */
  get unwritten(): number {
    return this.waiting.length + this.inFlight;
  }

  /** Queues the vote; it is written after every earlier one. */
  record(vote: FeedbackVote): void {
    this.waiting.push(`${JSON.stringify(vote)}\n`);
    if (this.waiting.length > MAX_WAITING_VOTES) {
      const lost = this.waiting.splice(0, this.waiting.length - MAX_WAITING_VOTES).length;
      this.onError(
        new Error(`gave up ${lost} vote(s): ${MAX_WAITING_VOTES} were already waiting for the disk`),
        this.waiting.length,
      );
    }
    if (!this.retryTimer) void this.drain();
  }

  /** Resolves when every queued vote is written, or after `deadlineMs` whatever is still pending. */
  flush(deadlineMs = FLUSH_DEADLINE_MS): Promise<void> {
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = undefined;
      void this.drain();
    }
    if (!this.writing && this.waiting.length === 0) return Promise.resolve();
    const written = new Promise<void>((resolve) => this.idle.push(resolve));
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, deadlineMs).unref());
    return Promise.race([written, deadline]);
  }

  /** Writes everything waiting in one append of whole lines; on failure keeps it and tries again later. */
  private async drain(): Promise<void> {
    if (this.writing) return;
    while (this.waiting.length > 0) {
      this.writing = true;
      const batch = this.waiting.splice(0);
      this.inFlight = batch.length;
      try {
        await this.append(this.file, (this.startOnNewLine ? "\n" : "") + batch.join(""));
        this.inFlight = 0;
        this.startOnNewLine = false;
        this.retryMs = FIRST_RETRY_MS;
      } catch (error) {
        this.inFlight = 0;
        this.waiting.unshift(...batch);
        this.startOnNewLine = true;
        this.writing = false;
        this.onError(error, this.waiting.length);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          void this.drain();
        }, this.retryMs).unref();
        this.retryMs = Math.min(this.retryMs * 2, LONGEST_RETRY_MS);
        return;
      }
    }
    this.writing = false;
    for (const resolve of this.idle.splice(0)) resolve();
  }
}

function endsWithNewLine(file: string): boolean {
  const size = statSync(file).size;
  if (size === 0) return true;
  const fd = openSync(file, "r");
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}
