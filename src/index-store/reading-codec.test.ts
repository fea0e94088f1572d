import { describe, expect, it } from "vitest";
import { loadThesaurus } from "../corpus/load-thesaurus.js";
import { createAnalyzer } from "../nlp/analyzer.js";
import { createNlp } from "../nlp/pipeline.js";
import { decodeReadings, encodeReadings } from "./reading-codec.js";

const analyzer = createAnalyzer(createNlp(), loadThesaurus("corpus"));

describe("readings handed from the worker as strings and numbers", () => {
  it("gives back exactly the readings encoded, empty passages included, each repeated string once", () => {
    const readings = [
      "Pyongyang tested a bomb. Moscow and Beijing said nothing; Beijing’s “restraint” was noted.",
      "",
      "North Korea’s nuclear tests, and China’s reliance on trade with North Korea.",
    ].map((text) => analyzer.passageSentences(text));
    const encoded = encodeReadings(readings);
    expect(decodeReadings(encoded)).toEqual(readings);
    expect(new Set(encoded.strings).size).toBe(encoded.strings.length);
  });

  it("refuses numbers that point outside the strings or stop short", () => {
    const encoded = encodeReadings([analyzer.passageSentences("Beijing props up Pyongyang.")]);
    expect(() => decodeReadings({ ...encoded, strings: [] })).toThrow(/outside its strings/);
    expect(() => decodeReadings({ ...encoded, numbers: encoded.numbers.subarray(0, 3) })).toThrow(/end early/);
  });
});
