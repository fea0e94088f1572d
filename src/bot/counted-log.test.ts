import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { countedLog } from "./counted-log.js";
import { createLogger } from "./logger.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("countedLog", () => {
  it("writes the first occurrence at once, then one line per interval with the count", () => {
    vi.useFakeTimers();
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const log = countedLog(createLogger("info", [], sink), "info", "reconnecting", 30_000);
    for (let i = 0; i < 300; i++) log({ attempt: i });
    vi.advanceTimersByTime(30_000);
    log({ attempt: 300 });
    vi.advanceTimersByTime(60_000);
    expect(lines.map((l) => l.count)).toEqual([1, 299, 1]);
    expect(lines[1]).toMatchObject({ attempt: 299, msg: "reconnecting" });
  });
});
