import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTempCorpus } from "../../test/temp-corpus.js";
import { corpusFileStats, corpusFileStatsBeside } from "./fingerprint.js";

describe("the corpus files' sizes and dates", () => {
  it("are the same looked at on a worker thread as here", () => {
    const dir = writeTempCorpus({ alpha: ["Sanctions were lifted."], beta: ["Tariffs rose.", "Then fell."] });
    const beside = corpusFileStatsBeside(dir, 0)();
    expect(beside).toEqual(corpusFileStats(dir));
    expect(beside.map(([name]) => name)).toEqual(["alpha.md", "beta.md"]);
  });

  it("give the folder's own error when it cannot be listed, when asked for", () => {
    const missing = join(writeTempCorpus({ alpha: ["Text."] }), "nowhere");
    const filesNow = corpusFileStatsBeside(missing, 0);
    expect(filesNow).toThrow(/ENOENT/);
  });
});
