import { describe, expect, it } from "vitest";
import { measureCertainty } from "./stance-cues.js";

describe("measureCertainty", () => {
  it("counts hedges and boosters separately, most frequent first", () => {
    const result = measureCertainty("It may work; perhaps it may not. It is clearly and certainly a mistake.");
    expect(result.hedges).toEqual({ count: 3, words: ["may", "perhaps"] });
    expect(result.boosters).toEqual({ count: 2, words: ["certainly", "clearly"] });
  });

  it("reads a multi-word cue as one, and finds none in plain text", () => {
    expect(measureCertainty("It almost never happens.").hedges.words).toEqual(["almost never"]);
    expect(measureCertainty("The regime tested a missile.")).toEqual({
      hedges: { count: 0, words: [] },
      boosters: { count: 0, words: [] },
    });
  });
});
