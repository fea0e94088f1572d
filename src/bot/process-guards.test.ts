import { EventEmitter } from "node:events";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";
import { guardProcess } from "./process-guards.js";

/** A process stand-in: real events, and an exit that records its code instead of ending the test run. */
class FakeProcess extends EventEmitter {
  exitCode: number | null = null;
  exit(code: number): void {
    this.exitCode = code;
  }
}

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
    });
    proc.emit("uncaughtException", new Error("state may be broken"));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lines[0]).toMatchObject({ level: 60, msg: expect.stringMatching(/clean restart/) });
    expect(order).toEqual(["stopped"]);
    expect(proc.exitCode).toBe(1);
  });
});
