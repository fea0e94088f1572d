import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FeedbackStore } from "./feedback-store.js";

const vote = (n: number) => ({ at: `t${n}`, userId: `u${n}`, question: "q", vote: "up" as const, passageIds: [] });

describe("FeedbackStore", () => {
  it("acknowledges at once and writes every vote, in order, one line each", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "feedback-")), "votes.jsonl");
    const store = new FeedbackStore(file, (error) => {
      throw error;
    });
    const returned = [1, 2, 3].map((n) => store.record(vote(n)));
    expect(returned).toEqual([undefined, undefined, undefined]);
    await store.flush();
    const lines = readFileSync(file, "utf8").trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line).userId)).toEqual(["u1", "u2", "u3"]);
  });

  it("reports a failed write to its error handler and goes on with the next votes", async () => {
    const errors: unknown[] = [];
    const store = new FeedbackStore(join(tmpdir(), "no-such-folder", "votes.jsonl"), (error) => errors.push(error));
    store.record(vote(1));
    store.record(vote(2));
    await store.flush();
    expect(errors).toHaveLength(2);
  });

  it("refuses at start a file it could not write, naming it", () => {
    const store = new FeedbackStore("/no/such/folder/votes.jsonl", () => undefined);
    expect(() => store.checkWritable()).toThrow(/FEEDBACK_FILE: cannot write votes to \/no\/such\/folder\/votes\.jsonl/);
  });

  it("stops waiting for a stalled write after the deadline", async () => {
    // A disk that never finishes the write.
    const store = new FeedbackStore(
      join(tmpdir(), "x.jsonl"),
      () => undefined,
      () => new Promise(() => undefined),
    );
    store.record(vote(1));
    const started = Date.now();
    await store.flush(50);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
