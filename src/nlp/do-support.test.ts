import { describe, expect, it } from "vitest";
import { correctDoSupport } from "./do-support.js";

const corrected = (tagged: string) => {
  const pairs = tagged.split(" ").map((pair) => pair.split("/") as [string, string]);
  return correctDoSupport(
    pairs.map(([token]) => token),
    pairs.map(([, tag]) => tag),
  ).join(" ");
};

describe("do-support in a question", () => {
  it("reads the word after do as the subject and the next as its verb, as English orders them", () => {
    // The tagger's reading of each, as wink-nlp gives it.
    expect(corrected("What/DET role/NOUN does/AUX oil/VERB play/VERB ?/PUNCT")).toBe("DET NOUN AUX NOUN VERB PUNCT");
    expect(corrected("Do/AUX sanctions/VERB work/NOUN ?/PUNCT")).toBe("AUX NOUN VERB PUNCT");
    expect(corrected("Did/AUX sanctions/VERB hurt/ADJ farmers/NOUN ?/PUNCT")).toBe("AUX NOUN VERB NOUN PUNCT");
    expect(corrected("Why/ADV do/AUX n't/PART sanctions/VERB work/NOUN ?/PUNCT")).toBe("ADV AUX PART NOUN VERB PUNCT");
  });

  it("leaves tags that already read a subject there, and a do that is no auxiliary", () => {
    expect(corrected("What/PRON does/AUX China/PROPN want/VERB ?/PUNCT")).toBe("PRON AUX PROPN VERB PUNCT");
    expect(corrected("Did/AUX talks/VERB ?/PUNCT")).toBe("AUX VERB PUNCT");
    expect(corrected("What/PRON can/AUX China/PROPN do/VERB ?/PUNCT")).toBe("PRON AUX PROPN VERB PUNCT");
  });
});
