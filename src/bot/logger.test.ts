import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.js";

describe("createLogger", () => {
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
});
