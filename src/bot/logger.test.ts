import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";

const capture = () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, sink };
};

describe("createLogger", () => {
  it("hides interaction tokens in URLs and leaves out request bodies of a failed edit", () => {
    const { lines, sink } = capture();
    const interactionToken = `aW50ZXJhY3Rpb246${"x".repeat(120)}`;
    const failure = Object.assign(new Error("Unknown Webhook"), {
      url: `https://discord.com/api/v10/webhooks/123456789/${interactionToken}/messages/@original`,
      requestBody: { json: { content: "What does Hilton say about sanctions?" } },
    });
    createLogger("info", [], sink).error({ err: failure, callback: `/interactions/987/${interactionToken}/callback` }, "x");
    const line = lines.join("");
    expect(line).not.toContain(interactionToken);
    expect(line).not.toContain("sanctions");
    expect(line).toContain("/webhooks/123456789/[redacted]/messages/@original");
    expect(line).toContain("/interactions/987/[redacted]/callback");
  });

  it("replaces the token wherever it appears in a log line", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = "MTIzNDU2Nzg5.secret.token";
    const logger = createLogger("info", [token], sink);
    logger.error({ err: new Error(`request to /x?auth=${token} failed`), header: `Bot ${token}` }, `failed with ${token}`);
    const line = lines.join("");
    expect(line).not.toContain(token);
    // The message, the header, and the error's message and stack.
    expect(line.match(/\[redacted\]/g)).toHaveLength(4);
  });

  it("writes a line to standard output as it is logged, so a process killed right after still printed it", () => {
    // The one worker of the thread pool is kept busy opening a pipe nobody reads (a stalled disk): a line written
    // there later would never be written at all.
    const fifo = join(mkdtempSync(join(tmpdir(), "logger-")), "stalled");
    execFileSync("mkfifo", [fifo]);
    const script = `
      const { open } = await import("node:fs");
      const { createLogger } = await import(${JSON.stringify(new URL("./logger.ts", import.meta.url).href)});
      open(${JSON.stringify(fifo)}, "w", () => {});
      setTimeout(() => {
        createLogger("info", []).info("last words");
        process.kill(process.pid, "SIGKILL");
      }, 50);
    `;
    const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, UV_THREADPOOL_SIZE: "1" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.signal).toBe("SIGKILL");
    expect(run.stdout).toContain('"msg":"last words"');
  });
});
