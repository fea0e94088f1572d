import { describe, expect, it } from "vitest";
import { isPrescriptive, measureCertainty } from "./stance-cues.js";

describe("isPrescriptive", () => {
  it.each([
    "Denuclearisation of the Korean peninsula should remain the goal of the international community.",
    "Washington and its allies must be willing to engage with Russia and China.",
    "He could do worse than to call his friend Mr Putin.",
    "Pragmatism is the way forward.",
  ])("recognises a recommendation: %s", (sentence) => {
    expect(isPrescriptive(sentence)).toBe(true);
  });

  it.each(["China has consistently urged restraint.", "The dynasty began life as a Soviet puppet.", "Shoulder to shoulder."])(
    "leaves a description alone: %s",
    (sentence) => {
      expect(isPrescriptive(sentence)).toBe(false);
    },
  );
});

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
