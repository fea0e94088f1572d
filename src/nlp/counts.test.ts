import { describe, expect, it } from "vitest";
import { amountWords, asksWhen, countedWords, givesAmount, givesCount, givesTime } from "./counts.js";

describe("countedWords", () => {
  it("finds the words after “how many”, none for “how many times”, and null for a question asking no count", () => {
    expect(countedWords("How many nuclear tests has it done?")).toEqual(["nuclear", "tests"]);
    expect(countedWords("how many troops")).toEqual(["troops"]);
    expect(countedWords("How many times did he visit?")).toEqual([]);
    expect(countedWords("How much influence does China have?")).toBeNull();
  });
});

describe("amountWords and givesAmount", () => {
  it("finds the words after “how much” up to the verb, none when the verb follows, null for no “how much”", () => {
    expect(amountWords("How much food aid does the WFP send?")).toEqual(["food", "aid"]);
    expect(amountWords("how much money")).toEqual(["money"]);
    expect(amountWords("How much does the US spend on troops?")).toEqual([]);
    expect(amountWords("How much of the aid reaches people?")).toEqual([]);
    expect(amountWords("How many tests?")).toBeNull();
  });

  it("takes numbers, sums, shares and one amount measured against another as amounts", () => {
    expect(givesAmount("China sends two million tonnes of oil.")).toBe(true);
    expect(givesAmount("Aid came to $40m last year.")).toBe(true);
    expect(givesAmount("Trade fell by 12% in a year.")).toBe(true);
    expect(givesAmount("It dropped as much ordnance on the North as in the whole Pacific war.")).toBe(true);
    expect(givesAmount("The US has provided large aid packages in the form of money.")).toBe(false);
  });
});

describe("asksWhen and givesTime", () => {
  it("takes a question opening with when and a verb, or asking for a year, as asking when", () => {
    for (const q of ["When did Kim Jong-un take power?", "so when was the test", "In what year did it start?", "Since when?"])
      expect(asksWhen(q), q).toBe(true);
    for (const q of ["Did Kim send condolences when Deng died?", "Whenever did that matter", "What happened?"])
      expect(asksWhen(q), q).toBe(false);
  });

  it("finds dates, years, months in capitals and spans counted in time, not the verb may", () => {
    for (const s of [
      "He took power in 2011.",
      "three years after Deng's death",
      "on 9 September",
      "in the 1950s",
      "in March",
      "long ago",
      "last year's summit",
    ])
      expect(givesTime(s), s).toBe(true);
    for (const s of ["Russia may feel secure.", "They march on.", "He has four ships."]) expect(givesTime(s), s).toBe(false);
  });
});

describe("givesCount", () => {
  it("takes numerals, number words and ordinals from the third as counts", () => {
    for (const sentence of [
      "He has held four summit meetings.",
      "It had 1,200 troops.",
      "its fifth so far",
      "He visited once a year.",
      "dozens of tests",
    ])
      expect(givesCount(sentence), sentence).toBe(true);
  });

  it("with what is counted given, takes only a number of that thing or of nothing named", () => {
    const isSoldier = (word: string) => ["soldiers", "troops"].includes(word);
    for (const sentence of [
      "It had 1,200 troops.",
      "It sent two thousand troops.",
      "It had two armed troops.",
      "its fifth so far",
    ])
      expect(givesCount(sentence, isSoldier), sentence).toBe(true);
    for (const sentence of [
      "the two countries may find a way",
      "three years after the war",
      "secure enough to risk losing its Asian one.",
      "one way to get to China",
    ])
      expect(givesCount(sentence, isSoldier), sentence).toBe(false);
  });

  it("takes no date, year or first and second as a count", () => {
    for (const sentence of [
      "The test on 9 September was a surprise.",
      "On September 9th it tested.",
      "A war began in 1950.",
      "In the 1990s it starved.",
      "The first test failed.",
      "a second thought",
    ])
      expect(givesCount(sentence), sentence).toBe(false);
  });
});
