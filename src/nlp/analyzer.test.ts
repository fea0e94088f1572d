import { describe, expect, it } from "vitest";
import { createAnalyzer } from "./analyzer.js";
import { createNlp } from "./pipeline.js";
import { TermTally } from "./term-tally.js";
import { EMPTY_THESAURUS, validateThesaurus } from "./thesaurus.js";

const nlp = createNlp();
const analyzer = createAnalyzer(nlp, {
  ...EMPTY_THESAURUS,
  entities: {
    "united-states": { phrases: ["United States", "US", "Washington"] },
    russia: { phrases: ["Russia", "Moscow", "Kremlin"] },
    putin: { phrases: ["Putin"], broader: ["russia"] },
  },
  questionWords: ["authors", "think"],
  keepWords: ["should"],
  questionPhrases: { "the bomb": "nuclear weapons" },
});
const passageTerms = (text: string) => analyzer.passageSentences(text).flatMap((sentence) => sentence.terms);
const indexed = (text: string) => passageTerms(text).map((t) => t.term);
const terms = (q: string) =>
  analyzer.questionConcepts(q).map((c) => c.alternatives.map((a) => `${a.term}:${a.weight}`).join("|"));

describe("analyzer", () => {
  it("reads capital US as the United States but leaves the pronoun us alone", () => {
    expect(indexed("The US and us")).toEqual(["@united-states"]);
    expect(terms("Does the US trust us?")).toEqual(["@united-states:1", "trust:1"]);
  });

  it("reads the initials of a name of several words as the name, unless two names share them or they spell a word", () => {
    const reader = createAnalyzer(nlp, {
      ...EMPTY_THESAURUS,
      entities: {
        "north-korea": { phrases: ["North Korea"] },
        "united-nations": { phrases: ["UN Security Council"] },
        daesh: { phrases: ["Islamic State"] },
        "kim-jong-un": { phrases: ["Kim Jong-un"] },
        trump: { phrases: ["Trump", "Donald Trump"] },
        "kim-jong-il": { phrases: ["Kim Jong-il"] },
      },
    });
    const first = (q: string) => reader.questionConcepts(q).map((c) => c.alternatives[0]?.term);
    expect(first("Is NK isolated?")).toEqual(["@north-korea", "isol"]);
    expect(first("Is N. Korea isolated?")).toEqual(["@north-korea", "isol"]);
    expect(first("What did the UNSC decide?")).toEqual(["@united-nations", "decid"]);
    // In lower case, initials with no vowel ("nk") are no English word; "unsc" might be one, so it is left.
    expect(first("is nk isolated?")).toEqual(["@north-korea", "isol"]);
    expect(first("what did the unsc decide?")).not.toContain("@united-nations");
    // "IS" would be the verb in a question written in capitals.
    expect(first("WHAT IS ISOLATION")).not.toContain("@daesh");
    // A name shortened to one of its words alone ("Trump") is not shortened to initials.
    expect(first("What did DT say?")).not.toContain("@trump");
    // KJ stands for two Kims: neither.
    expect(first("Is KJ rational?")).not.toContain("@kim-jong-un");
    expect(first("Is KJ rational?")).not.toContain("@kim-jong-il");
  });

  it("reads an adverb of several words as one idea whose words are no topics, given the idioms", () => {
    const idioms = new Set(["in the first place", "as well", "each year"]);
    const reader = createAnalyzer(nlp, EMPTY_THESAURUS, idioms);
    const concepts = (q: string) => reader.questionConcepts(q).map((c) => `${c.label}:${c.naming}`);
    expect(concepts("Whose idea was the bomb in the first place?")).toEqual([
      "idea:true",
      "bomb:true",
      "in the first place:false",
    ]);
    expect(reader.questionConcepts("How much oil each year?").find((c) => c.label === "each year")?.words).toEqual(["each year"]);
    // One of function words only says nothing of the topic either way.
    expect(concepts("Does Japan worry as well?")).toEqual(["Japan:true", "worry:false"]);
    // Without idioms, the words are read one by one.
    expect(terms("Whose idea was the bomb in the first place?")).toContain("place:1");
  });

  it("lets a name opening with a stop word yield to a longer name from its next word", () => {
    const reader = createAnalyzer(nlp, {
      ...EMPTY_THESAURUS,
      entities: { "north-korea": { phrases: ["North Korea", "North Korean", "the North"] } },
    });
    const labels = (q: string) => reader.questionConcepts(q).map((c) => c.label);
    expect(labels("Is the North Korean economy weak?")).toEqual(["North Korean", "economy", "weak"]);
    expect(labels("Why is the North so poor?")).toEqual(["the North", "poor"]);
  });

  it("reads 'get' as a light verb, no idea of the question", () => {
    expect(terms("Has Russia gotten closer to China?")).not.toContain("gotten:1");
    expect(analyzer.questionConcepts("Does Kim get recognised?").map((c) => c.label)).toEqual(["Kim", "recognised"]);
  });

  it("takes 'talk about' for framing, but talks as a topic", () => {
    expect(terms("Do they talk about Russia?")).toEqual(["@russia:1"]);
    expect(terms("Are the peace talks on Russia over?")).toContain("talk:1");
  });

  it("takes colloquial ways of asking about something for framing, but a deal as a topic", () => {
    expect(terms("What's the deal with Russia?")).toEqual(["@russia:1"]);
    expect(terms("what is up with Russia")).toEqual(["@russia:1"]);
    expect(terms("Did Russia actually sign the deal?")).toEqual(["@russia:1", "sign:1", "deal:1"]);
  });

  it("reads names joined by 'or' as one idea either shows, but two words so joined as two", () => {
    expect(terms("Is Moscow or Washington the key?")).toEqual(["@russia:1|@united-states:1", "key:1"]);
    expect(terms("Does it cover Putin, or the US?")).toEqual(["@putin:1|@russia:0.5|@united-states:1"]);
    expect(terms("Is Russia a help or a headache?")).toEqual(["@russia:1", "help:1", "headach:1"]);
    // Only a name to a name right before it, across function words only.
    expect(terms("Russia, sanctions or the US")).toEqual(["@russia:1", "sanction:1", "@united-states:1"]);
    expect(terms("Russia or does the article say the US")).toEqual(["@russia:1", "@united-states:1"]);
  });

  it("takes a lone letter for chat shorthand, not a topic", () => {
    expect(terms("what r the sanctions w/ Russia")).toEqual(["sanction:1", "@russia:1"]);
  });

  it("reads a verb's or a regular adjective's base form as the word itself, where the stemmer leaves it", () => {
    const alternatives = (question: string) =>
      analyzer.questionConcepts(question).map((c) => c.alternatives.map((a) => `${a.term}:${a.weight}`));
    expect(alternatives("Who fought?")).toEqual([["fought:1", "fight:1"]]);
    expect(alternatives("friendlier")).toEqual([["friendlier:1", "friend:1"]]);
    // Not another root's ("best": good, which would read "goods"), nor a noun's ("media" is no "medium").
    expect(alternatives("the best media")).toEqual([["best:1"], ["media:1"]]);
  });

  it("takes chat shorthand around a question for framing, not a topic", () => {
    for (const question of [
      "tbh why sanctions on Russia lol",
      "imo sanctions on Russia failed, thoughts?",
      "eli5 sanctions on Russia",
      "wat r sanctions on Russia gonna do",
      "wud sanctions on Russia fail",
      "explain sanctions on Russia like im five",
      "yo sanctions on Russia",
      "hmm what about sanctions on Russia",
      "quote the passage on sanctions on Russia",
      "sanctions on Russia in one sentence",
      "my teacher says sanctions on Russia fail, for homework",
      "list the events of sanctions on Russia",
      "what do the 2 articles say on sanctions on Russia",
    ])
      expect(
        terms(question).filter((term) => !["sanction:1", "@russia:1", "fail:1"].includes(term)),
        question,
      ).toEqual([]);
  });

  it("reads a hyphenated word as its parts, whether or not the tokenizer splits it", () => {
    // wink-nlp keeps "Non-Proliferation" and "pro-Russia" whole but splits "self-reliance".
    // An article's also as the word joined, for a question that writes it so ("nonproliferation").
    expect(indexed("the Non-Proliferation Treaty")).toEqual(["non", "prolifer", "nonprolifer", "treati"]);
    expect(terms("Is nonproliferation mentioned?")).toEqual(["nonprolifer:1"]);
    expect(terms("Is non-proliferation mentioned?")).toEqual(["non:1", "prolifer:1"]);
    expect(indexed("self-reliance")).toEqual(["self", "relianc"]);
    // A code with a letter or a number for a part is one word, as often written without the hyphen.
    expect(indexed("the G-20 summit")).toEqual(indexed("the G20 summit"));
    expect(terms("the g-20 summit")).toEqual(indexed("the G20 summit").map((term) => `${term}:1`));
    expect(terms("Is it pro-Russia?")).toEqual(["pro:1", "@russia:1"]);
  });

  it("maps places and leaders to their countries, leaders counting less than the country itself", () => {
    expect(terms("Moscow")).toEqual(["@russia:1"]);
    expect(terms("Putin")).toEqual(["@putin:1|@russia:0.5"]);
    expect(passageTerms("Putin spoke")).toEqual(
      expect.arrayContaining([
        { term: "@putin", written: "Putin" },
        { term: "@russia", written: "Putin" },
      ]),
    );
  });

  it("matches word forms through stems (tolerate / tolerant)", () => {
    const [question] = analyzer.questionConcepts("tolerate");
    expect(indexed("relatively tolerant")).toContain(question?.alternatives[0]?.term);
  });

  it("reads the subject of a question with do as a noun and its verb as a verb, where the tagger swaps them", () => {
    const classes = analyzer.questionConcepts("What role does oil play?").map((c) => [c.label, c.wordClass, c.naming]);
    expect(classes).toEqual([
      ["role", "n", true],
      ["oil", "n", true],
      ["play", "v", false],
    ]);
  });

  it("notes the part of speech each word is used in, for word knowledge to read it in that sense", () => {
    const classes = analyzer.questionConcepts("Does quiet sway hold?").map((c) => [c.label, c.wordClass]);
    expect(classes).toEqual([
      ["quiet", "a"],
      ["sway", "n"],
      ["hold", "v"],
    ]);
  });

  it("drops words that only frame the question, and function words", () => {
    expect(terms("What do the authors think about sanctions?")).toEqual(["sanction:1"]);
    expect(terms("What is the weather like in Moscow?")).toEqual(["weather:1", "@russia:1"]);
    expect(terms("I'm wondering about sanctions, aren't you?")).toEqual(["wonder:1", "sanction:1"]);
    expect(terms("Do the authors agree on sanctions, or differ?")).toEqual(["sanction:1"]);
  });

  it("reads a question phrase as the words it stands for, as a whole phrase only", () => {
    expect(terms("Why want the bomb?")).toEqual(["want:1", "nuclear:1", "weapon:1"]);
    expect(terms("Did they bomb it?")).toEqual(["bomb:1"]);
  });

  it("indexes a sentence that recommends under a term of its own, which advice questions ask for", () => {
    expect(passageTerms("Washington should talk to Moscow.")).toContainEqual({ term: "~advice", written: "should" });
    expect(passageTerms("Washington talked to Moscow.").map((t) => t.term)).not.toContain("~advice");
    expect(terms("What do they recommend?")).toEqual(["recommend:1|~advice:1"]);
  });

  it("reads asking what is to be done, in a modal, as asking for advice; not asking what was done", () => {
    expect(terms("do they agree on what to do")).toEqual(["recommend:1|~advice:1"]);
    expect(terms("What should Russia do?")).toEqual(["should:1", "@russia:1", "recommend:1|~advice:1"]);
    expect(terms("what can be done about sanctions")).toEqual(["recommend:1|~advice:1", "sanction:1"]);
    expect(terms("What did Russia do?")).toEqual(["@russia:1"]);
  });

  it("keeps stop words the thesaurus marks as meaningful", () => {
    expect(terms("What should Russia do?")).toContain("should:1");
  });

  it("names what a text is mostly about", () => {
    const tally = new TermTally();
    for (const { nouns } of analyzer.passageSentences("Russia and Moscow. The Kremlin. Sanctions and sanctions."))
      tally.add(nouns);
    expect(tally.top(2)).toEqual(["Russia", "sanctions"]);
    expect(tally.top(2, (term) => term !== "@russia")).toEqual(["sanctions"]);
  });
});

describe("validateThesaurus", () => {
  it("accepts the empty thesaurus", () => {
    expect(validateThesaurus(EMPTY_THESAURUS)).toEqual([]);
  });

  it("names each malformed field", () => {
    const problems = validateThesaurus({
      entities: { a: { phrases: [] }, b: { phrases: ["B"], broader: ["nowhere"] } },
      questionWords: "what",
      keepWords: [],
    });
    expect(problems.map((p) => p.field)).toEqual(["entities.a.phrases", "entities.b.broader", "questionWords"]);
  });

  it("refuses an entity name of several words, since passages are indexed under it as one term", () => {
    expect(validateThesaurus({ entities: { "north korea": { phrases: ["North Korea"] } } })).toEqual([
      { field: "entities.north korea", message: expect.stringMatching(/one word: join its words with hyphens/) },
    ]);
  });

  it("refuses common-word synonym lists, which general word knowledge replaces", () => {
    expect(validateThesaurus({ ...EMPTY_THESAURUS, synonyms: [["pull out", "withdraw"]] })).toEqual([
      { field: "synonyms", message: expect.stringMatching(/no longer read.*WordNet/) },
    ]);
  });
});
