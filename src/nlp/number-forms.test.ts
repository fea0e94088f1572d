import { describe, expect, it } from "vitest";
import { numberForms } from "./number-forms.js";

describe("numbers written the other way", () => {
  it("spells out numerals and ordinals, and writes number words as numerals", () => {
    expect(numberForms("5")).toEqual(["five"]);
    expect(numberForms("twelve")).toEqual(["12"]);
    expect(numberForms("5th")).toEqual(["fifth"]);
    expect(numberForms("fifth")).toEqual(["5th"]);
    expect(numberForms("first")).toEqual(["1st"]);
    expect(numberForms("twelfth")).toEqual(["12th"]);
    expect(numberForms("22nd")).toEqual([]);
  });

  it("reads a decade as its years, a short one in either century", () => {
    expect(numberForms("1950s")).toEqual(["1950", "1951", "1952", "1953", "1954", "1955", "1956", "1957", "1958", "1959"]);
    expect(numberForms("'50s")).toContain("1953");
    expect(numberForms("90s")).toEqual(expect.arrayContaining(["1990", "2099"]));
    expect(numberForms("fifties")).toContain("1955");
  });

  it("writes a month abbreviated or in full", () => {
    expect(numberForms("sept.")).toEqual(["september"]);
    expect(numberForms("september")).toEqual(["sep", "sept"]);
    // "mar" and "may" are mostly other words.
    expect(numberForms("mar")).toEqual([]);
    expect(numberForms("may")).toEqual([]);
  });

  it("leaves other words alone", () => {
    for (const word of ["sanctions", "05", "1950", "s", "tens"]) expect(numberForms(word)).toEqual([]);
  });
});
