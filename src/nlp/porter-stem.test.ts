import { describe, expect, it } from "vitest";
import { porterStem } from "./porter-stem.js";

describe("porterStem", () => {
  it("stems English words as wink-nlp stems tokens", () => {
    expect(porterStem("sanctions")).toBe("sanction");
    expect(porterStem("bombers")).toBe("bomber");
  });

  it("keeps a word with a digit whole, so codes stay apart ('ww3' is not 'wwi', 'mp3' not 'mpi')", () => {
    for (const code of ["ww3", "mp3", "x33", "g20", "covid19"]) expect(porterStem(code)).toBe(code);
    expect(porterStem("ww3")).not.toBe(porterStem("wwi"));
    // As other words, in any case: an article's "G20" is a question's "g20".
    expect(porterStem("G20")).toBe("g20");
  });
});
