import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { guardProcess } from "./process-guards.js";

/** A process stand-in: real events, and an exit that records its code instead of ending the test run. */
class FakeProcess extends EventEmitter {
  pid = 4242;
  exitCode: number | null = null;
  killedBy: string | null = null;
  exit(code: number): void {
    this.exitCode = code;
  }
  kill(_pid: number, signal: string): void {
    this.killedBy = signal;
  }
}

const settled = { unwrittenVotes: 0 };

const capture = () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger("info", [], sink) };
};

describe("guardProcess", () => {
  it("logs an unhandled rejection with a reference and keeps running", async () => {
    const proc = new FakeProcess();
    const { lines, logger } = capture();
    let stopped = false;
    guardProcess(proc, logger, async () => {
      stopped = true;
      return settled;
    });
    proc.emit("unhandledRejection", new Error("one request failed"));
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines[0]).toMatchObject({ level: 50, ref: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(stopped).toBe(false);
    expect(proc.exitCode).toBeNull();
  });

  it("stops cleanly and exits 1 on an uncaught exception, after the pending work", async () => {
    const proc = new FakeProcess();
    const { lines, logger } = capture();
    const order: string[] = [];
    guardProcess(proc, logger, async () => {
      order.push("stopped");
      return settled;
    });
    proc.emit("uncaughtException", new Error("state may be broken"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines[0]).toMatchObject({ level: 60, msg: expect.stringMatching(/clean restart/) });
    expect(order).toEqual(["stopped"]);
    expect(proc.exitCode).toBe(1);
  });

  it("exits 0 on SIGTERM once stopped, and by the signal itself when a vote write is stuck (a normal exit would hang)", async () => {
    const clean = new FakeProcess();
    guardProcess(clean, capture().logger, async () => settled);
    clean.emit("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([clean.exitCode, clean.killedBy]).toEqual([0, null]);

    const stuck = new FakeProcess();
    guardProcess(stuck, capture().logger, async () => ({ unwrittenVotes: 1 }));
    stuck.emit("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([stuck.exitCode, stuck.killedBy]).toEqual([null, "SIGTERM"]);
  });

  it("ends by SIGKILL after an uncaught exception when votes are left unwritten, so a supervisor restarts it", async () => {
    const proc = new FakeProcess();
    guardProcess(proc, capture().logger, async () => ({ unwrittenVotes: 3 }));
    proc.emit("uncaughtException", new Error("state may be broken"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect([proc.exitCode, proc.killedBy]).toEqual([null, "SIGKILL"]);
  });
});
