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

  it("reads a noun ending such a question as its verb", () => {
    expect(corrected("Does/AUX Russia/PROPN matter/NOUN ?/PUNCT")).toBe("AUX PROPN VERB PUNCT");
    expect(corrected("Does/AUX North/PROPN Korea/PROPN care/NOUN")).toBe("AUX PROPN PROPN VERB");
    expect(corrected("Does/AUX bombing/NOUN work/NOUN ?/PUNCT")).toBe("AUX NOUN VERB PUNCT");
    // Before more words it is left as tagged.
    expect(corrected("How/ADV does/AUX Moscow/PROPN fit/NOUN into/ADP it/PRON ?/PUNCT")).toBe(
      "ADV AUX PROPN NOUN ADP PRON PUNCT",
    );
    expect(corrected("Did/AUX US/PROPN sanctions/NOUN work/NOUN ?/PUNCT")).toBe("AUX PROPN NOUN NOUN PUNCT");
  });

  it("leaves tags that already read a subject there, and a do that is no auxiliary", () => {
    expect(corrected("What/PRON does/AUX China/PROPN want/VERB ?/PUNCT")).toBe("PRON AUX PROPN VERB PUNCT");
    expect(corrected("Did/AUX talks/VERB ?/PUNCT")).toBe("AUX VERB PUNCT");
    expect(corrected("What/PRON can/AUX China/PROPN do/VERB ?/PUNCT")).toBe("PRON AUX PROPN VERB PUNCT");
  });
});
