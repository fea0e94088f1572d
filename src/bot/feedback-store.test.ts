import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

  it("reports a failed write to its error handler with the votes still waiting", async () => {
    const errors: [unknown, number][] = [];
    const store = new FeedbackStore(join(tmpdir(), "no-such-folder", "votes.jsonl"), (error, waiting) =>
      errors.push([error, waiting]),
    );
    store.record(vote(1));
    store.record(vote(2));
    await store.flush(100);
    expect(errors.length).toBeGreaterThan(0);
    expect(String(errors[0]?.[0])).toMatch(/ENOENT/);
    expect(errors.at(-1)?.[1]).toBe(2);
  });

  it("keeps what a failing disk refused and writes it, once and in order, when the disk recovers", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "feedback-")), "votes.jsonl");
    let failures = 2;
    // The first two writes fail after writing part of their text, as on a disk that fills up.
    const flakyDisk = async (path: string, text: string) => {
      if (failures-- > 0) {
        appendFileSync(path, text.slice(0, 7));
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      }
      appendFileSync(path, text);
    };
    const errors: unknown[] = [];
    const store = new FeedbackStore(file, (error) => errors.push(error), flakyDisk);
    store.record(vote(1));
    store.record(vote(2));
    await store.flush(100); // the first write failed
    store.record(vote(3));
    await store.flush(100); // tried again at once: the disk is still full
    await store.flush(1000);
    expect(errors).toHaveLength(2);
    const lines = readFileSync(file, "utf8").split("\n");
    const votes = lines.filter((line) => line.startsWith("{") && line.endsWith("}")).map((line) => JSON.parse(line).userId);
    expect(votes).toEqual(["u1", "u2", "u3"]);
    // The cut lines stand alone, so a reader skips them and no vote is glued to one.
    expect(lines.filter((line) => line !== "" && !line.endsWith("}"))).toHaveLength(2);
  });

  it("starts on a line of its own when the file it is given ends in a cut line", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "feedback-")), "votes.jsonl");
    writeFileSync(file, '{"at":"t0","userId":"u0"');
    const store = new FeedbackStore(file, (error) => {
      throw error;
    });
    store.checkWritable();
    store.record(vote(1));
    await store.flush();
    expect(JSON.parse(readFileSync(file, "utf8").split("\n")[1] ?? "").userId).toBe("u1");
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
