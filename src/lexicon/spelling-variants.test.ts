import { describe, expect, it } from "vitest";
import { listedSpellingVariants, patternedSpellingVariant } from "./spelling-variants.js";

describe("American and British spellings", () => {
  const listed = listedSpellingVariants();

  it("reads the word lists both ways", () => {
    expect(listed.get("program")).toContain("programme");
    expect(listed.get("programme")).toContain("program");
    expect(listed.get("defense")).toContain("defence");
    expect(listed.get("behaviour")).toContain("behavior");
    expect(listed.get("sanctions")).toBeUndefined();
  });

  it("spells the -ize/-ise family the other way, derived forms included", () => {
    expect(patternedSpellingVariant("denuclearization")).toBe("denuclearisation");
    expect(patternedSpellingVariant("destabilising")).toBe("destabilizing");
    expect(patternedSpellingVariant("organizes")).toBe("organises");
  });

  it("leaves short words alone, where z and s often make two words", () => {
    for (const word of ["prize", "seize", "size", "rise", "advise"]) expect(patternedSpellingVariant(word)).toBeNull();
    expect(patternedSpellingVariant("sanctions")).toBeNull();
  });
});
