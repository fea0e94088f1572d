import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { writeTempCorpus } from "../../test/temp-corpus.js";
import { createEngine } from "../engine.js";
import { holdsWholeWord } from "../nlp/whole-words.js";
import { DEFAULT_EXPANSION } from "../search/expand-concepts.js";
import { SHOWN_WEIGHT } from "../search/score.js";
import { retrieve } from "./retrieve.js";

const NO_EXPANSION = { ...DEFAULT_EXPANSION, wordnetScale: 0, compoundScale: 0, neighbourLimit: 0 };

// Two small articles and no thesaurus: everything below comes from general word knowledge alone.
const engine = createEngine(
  writeTempCorpus({
    alpha: [
      "Sanctions on Ruritania have hurt its farmers badly. Exports of grain collapsed.",
      "The government of Ruritania blames foreign sanctions for the famine.",
      "Ruritania should open its ports to foreign grain.",
    ],
    beta: [
      "The Ruritanian army marched north in spring.",
      "Generals in the capital planned the campaign for months.",
      "The bombing of the port destroyed the grain stores.",
      "Relations with the neighbours became unfriendly.",
    ],
  }),
);

// A fleet described with and without numbers, for questions that ask how many.
const fleet = createEngine(
  writeTempCorpus({
    gamma: ["The fleet of Ruritania has twelve ships.", "The fleet sails from the northern harbour every spring."],
  }),
);

describe("retrieve: questions that ask how many", () => {
  it("answers directly where a sentence names what is counted and gives a number", () => {
    const ships = retrieve(fleet, "How many ships are in the fleet?");
    expect(ships).toMatchObject({ confidence: "direct", formNotGiven: null });
    expect(ships.addressing[0]?.entry.passage.id).toBe("gamma#p1");
    // "once a year": how many times, on the question's ideas.
    const visits = retrieve(realEngine(), "How many times did Kim Il-sung visit Beijing?");
    expect(visits.confidence).toBe("direct");
    expect(visits.addressing[0]?.entry.passage.id).toBe("hilton-2017#p6");
  });

  it("only comes close, saying what was not counted, where the passages show the question but no number of it", () => {
    const harbours = retrieve(fleet, "How many harbours does the fleet sail from?");
    expect(harbours).toMatchObject({ confidence: "closest", formNotGiven: { asked: "count", of: "harbours" }, missing: [] });
    expect(harbours.addressing[0]?.entry.passage.id).toBe("gamma#p2");
    expect(retrieve(fleet, "From which harbour does the fleet sail?").confidence).toBe("direct");
  });
});

describe("retrieve: questions that ask how much", () => {
  it("only comes close where the passages on what is measured give no amount of it; a degree asks none", () => {
    // BASIC ¶ 8: "large aid packages in the form of money and foodstuffs", but no sum.
    const money = retrieve(realEngine(), "How much money has the US spent on aid to North Korea?");
    expect(money).toMatchObject({ confidence: "closest", formNotGiven: { asked: "amount", of: "money" } });
    const influence = retrieve(realEngine(), "How much influence does China really have over Kim's regime?");
    expect(influence).toMatchObject({ confidence: "direct", formNotGiven: null });
    // The verb says it is an amount; BASIC's "its fifth" test gives a number, but of no spending.
    const spend = retrieve(realEngine(), "How much does North Korea spend on its nuclear programme?");
    expect(spend).toMatchObject({ confidence: "closest", formNotGiven: { asked: "amount", of: "" } });
    expect(retrieve(realEngine(), "How much does Beijing care about Pyongyang's tests?").confidence).toBe("direct");
  });

  it("answers directly where a sentence on what is measured gives an amount", () => {
    const grain = (paragraphs: string[]) =>
      retrieve(createEngine(writeTempCorpus({ delta: paragraphs })), "How much grain does Ruritania send?");
    const sends = "Ruritania sends grain to its neighbours.";
    expect(grain([sends])).toMatchObject({ confidence: "closest", formNotGiven: { asked: "amount", of: "grain" } });
    expect(grain([sends, "Ruritania sent 40,000 tonnes of grain last year."])).toMatchObject({
      confidence: "direct",
      formNotGiven: null,
    });
  });
});

describe("retrieve: which sources address a question directly", () => {
  it("takes a source as addressing a question only where it names whom the question names, not a broader name", () => {
    const sourcesOf = (q: string) => retrieve(realEngine(), q).addressing.map((s) => s.entry.passage.sourceId);
    // BASIC (2016) names no Trump, only the US; nor Kim Il-sung, only Kim Jong-un.
    expect(sourcesOf("What does Trump want China to do about North Korea?")).toEqual(["hilton-2017"]);
    expect(sourcesOf("Why did Kim Il-sung want the bomb?")).toEqual(["hilton-2017"]);
    // Both name Putin.
    expect(sourcesOf("What do the authors say about Putin?").sort()).toEqual(["basic-2016", "hilton-2017"]);
  });

  it("comes only close where the names asked about are shown only by broader ones, or each by another source", () => {
    // BASIC names the US, never Trump: the name is missing from what it shows.
    expect(retrieve(realEngine(), "What does BASIC say about Trump and America?")).toMatchObject({
      confidence: "closest",
      missing: ["Trump"],
    });
    // Hilton names Trump, BASIC Obama: no source answers for both.
    expect(retrieve(realEngine(), "What did Trump and Obama do about North Korea?").confidence).toBe("closest");
  });
});

describe("retrieve: passages close in meaning only", () => {
  it("come close where a question shares few words with any passage but one is very close to it in meaning", () => {
    const crews = retrieve(realEngine(), "Why do building crews in the capital still dig up old explosives?");
    expect(crews.confidence).toBe("closest");
    expect(crews.addressing[0]?.entry.passage.id).toBe("hilton-2017#p4");
    // Nothing in the articles is that close to a question on something else.
    expect(retrieve(realEngine(), "What caused the fall of the Roman Empire?").confidence).toBe("none");
  });
});

describe("retrieve: questions that ask when", () => {
  const calendar = createEngine(
    writeTempCorpus({
      delta: ["The fleet of Ruritania was founded in 1850.", "The fleet of Ruritania sails in good weather."],
      epsilon: ["The fleet of Ruritania is old and proud.", "Its sailors love the fleet."],
    }),
  );

  it("answers directly from the sources that give a time on it, and says of the others only that they come close", () => {
    const founded = retrieve(calendar, "When was the fleet of Ruritania founded?");
    expect(founded).toMatchObject({ confidence: "direct", formNotGiven: null });
    expect(founded.addressing.map((s) => s.entry.passage.sourceId)).toEqual(["delta"]);
    expect(founded.others.map((o) => o.sourceId)).toEqual(["epsilon"]);
    // On the real articles: only Hilton's dates Kim Jong-un's taking power, though both name him.
    const power = retrieve(realEngine(), "When did Kim Jong-un take power?");
    expect(power.addressing.map((s) => s.entry.passage.id)).toEqual(["hilton-2017#p7"]);
  });

  it("only comes close, saying so, where the passages on it give no time", () => {
    expect(retrieve(calendar, "When did the sailors start loving the fleet?")).toMatchObject({
      confidence: "closest",
      formNotGiven: { asked: "time", of: "" },
    });
    // A time beside the question's names only is the time of something else: Hilton's 1950 is the war's, in a
    // sentence on a Soviet puppet, not the Sino-Soviet split's.
    expect(retrieve(realEngine(), "When was the Sino-Soviet split?")).toMatchObject({
      confidence: "closest",
      formNotGiven: { asked: "time", of: "" },
    });
    // A "when" inside a question sets the time of something else: it asks no time.
    expect(retrieve(calendar, "Do the sailors love the fleet when it sails?").formNotGiven).toBeNull();
  });
});

describe("retrieve: how directly the articles answer", () => {
  it("answers directly when a passage shows every idea of the question", () => {
    const retrieval = retrieve(engine, "Have sanctions hurt Ruritania's farmers?");
    expect(retrieval.confidence).toBe("direct");
    expect(retrieval.addressing[0]?.entry.passage.id).toBe("alpha#p1");
  });

  it("names another source as silent only when nothing of it relates, and otherwise its closest passage", () => {
    const retrieval = retrieve(engine, "Have sanctions hurt Ruritania's farmers?");
    expect(retrieval.addressing.map((s) => s.entry.passage.sourceId)).toEqual(["alpha"]);
    expect(retrieval.others).toEqual([{ sourceId: "beta", passageId: null, paragraph: null }]);
    const army = retrieve(engine, "Did the sanctions on Ruritania weaken its army?");
    const shown = [...army.addressing.map((s) => s.entry.passage.id), ...army.others.map((o) => o.passageId)];
    expect(shown).toContain("beta#p1");
    // On the real articles: BASIC writes of "leadership", though no passage of it relates as closely as Hilton's.
    const leaders = retrieve(realEngine(), "List the leaders mentioned in the articles");
    expect(leaders.addressing.map((s) => s.entry.passage.sourceId)).toEqual(["hilton-2017"]);
    expect(leaders.others).toEqual([expect.objectContaining({ sourceId: "basic-2016", passageId: expect.any(String) })]);
  });

  it("only comes close when the question names something no passage shows", () => {
    const retrieval = retrieve(engine, "How many tractors do Ruritania's farmers own?");
    expect(retrieval.confidence).toBe("closest");
    expect(retrieval.missing).toContain("tractors");
    expect(retrieval.addressing.length).toBeGreaterThan(0);
  });

  it("in an answer that only comes close, shows only the sources that come about as close as the best one", () => {
    // Both articles hold grain; neither has tractors.
    const both = retrieve(engine, "How many tractors carried the grain?");
    expect(both.confidence).toBe("closest");
    expect(both.addressing.map((s) => s.entry.passage.sourceId).sort()).toEqual(["alpha", "beta"]);
    // The grain stores are beta's; alpha's grain comes much less close, and is named as its nearest, not quoted.
    const one = retrieve(engine, "How many tractors were in the grain stores?");
    expect(one.confidence).toBe("closest");
    expect(one.addressing.map((s) => s.entry.passage.id)).toEqual(["beta#p3"]);
    expect(one.others).toEqual([{ sourceId: "alpha", passageId: "alpha#p1", paragraph: 1 }]);
  });

  it("finds nothing when the question shares only everyday words with the articles", () => {
    expect(retrieve(engine, "How do I bake sourdough bread?").confidence).toBe("none");
    expect(retrieve(engine, "What is a good stretching routine for lower back pain?").confidence).toBe("none");
  });

  it("understands a question in other words: bombers for bombing, hostile for unfriendly", () => {
    const withKnowledge = retrieve(engine, "What did the bombers destroy?");
    expect(withKnowledge).toMatchObject({ confidence: "direct", missing: [] });
    expect(withKnowledge.addressing[0]?.entry.passage.id).toBe("beta#p3");
    expect(withKnowledge.addressing[0]?.matched).toContain("bombers");
    const wordsOnly = retrieve(engine, "What did the bombers destroy?", { expansion: NO_EXPANSION });
    expect(wordsOnly).toMatchObject({ confidence: "closest", missing: ["bombers"] });

    const hostile = (options = {}) => retrieve(engine, "Were the neighbours hostile?", options).ranked[0];
    expect(hostile()?.entry.passage.id).toBe("beta#p4");
    expect(hostile()?.coverage).toBeGreaterThan(hostile({ expansion: NO_EXPANSION })?.coverage ?? 1);
  });

  it("answers a question asking for advice with the sentences that give some, whatever their words", () => {
    const retrieval = retrieve(engine, "What do the authors recommend?");
    expect(retrieval.confidence).toBe("direct");
    expect(retrieval.addressing.map((s) => s.entry.passage.id)).toEqual(["alpha#p3"]);
  });

  it("reads typos as the words meant and says so", () => {
    const retrieval = retrieve(engine, "Have sanctons hurt the farmres?");
    expect(retrieval.corrections).toEqual([
      { from: "sanctons", to: "sanctions" },
      { from: "farmres", to: "farmers" },
    ]);
    expect(retrieval.addressing[0]?.entry.passage.id).toBe("alpha#p1");
  });

  it("reads a misspelling common on the web as the word meant, but not a British spelling", () => {
    // "happend" is in the word vectors' vocabulary (rank 198,080), "cosy" too, rarer than "cozy".
    expect(retrieve(engine, "What happend to the farmers?").corrections).toEqual([{ from: "happend", to: "happened" }]);
    expect(retrieve(engine, "Are the farmers cosy?").corrections).toEqual([]);
  });
});

describe("retrieve on a corpus of many articles", () => {
  // 60 articles: one on grain, the rest on gardens.
  const articles: Record<string, string[]> = { grain: ["Sanctions on Ruritania have hurt its grain farmers badly."] };
  for (let i = 0; i < 59; i++) articles[`garden${i}`] = [`Roses and tulips grow in garden number ${i} every spring.`];
  const many = createEngine(writeTempCorpus(articles));

  it("speaks only of the other sources with a related passage, not of every one of them", () => {
    const retrieval = retrieve(many, "Have sanctions hurt Ruritania's grain farmers?");
    expect(retrieval.addressing.map((s) => s.entry.passage.sourceId)).toEqual(["grain"]);
    expect(retrieval.others.length).toBeLessThan(59);
    for (const other of retrieval.others) expect(other.passageId).not.toBeNull();
  });

  it("shows a paragraph pointed at by its place only of an article named: of 60, no one is meant", () => {
    expect(retrieve(many, "what does paragraph 1 say").paragraphAsked).toBeNull();
    const named = retrieve(many, "what does GRAIN say in paragraph 1");
    expect(named).toMatchObject({ paragraphAsked: 1, confidence: "direct", namedSources: ["grain"] });
    expect(named.addressing.map((s) => s.entry.passage.id)).toEqual(["grain#p1"]);
  });
});

describe("retrieve: what is said of the question's words is true of the articles", () => {
  const real = realEngine();

  it("reads a link pasted into a question as no word of it", () => {
    for (const question of [
      "https://example.com/article what does this say about sanctions",
      "<https://example.org/a?b=c> sanctions?",
      "see www.example.com/world sanctions?",
    ]) {
      const answer = retrieve(real, question);
      expect(answer, question).toMatchObject({ confidence: "direct", missing: [], unknownWords: [], corrections: [] });
    }
  });

  it("in a question of several sentences, requires only the ideas of those that ask to be shown", () => {
    const answer = retrieve(
      real,
      "My grandfather said the US bombed North Korea a lot in the Korean War. Is that in the articles?",
    );
    expect(answer.missing).not.toContain("grandfather");
    expect(answer.confidence).toBe("direct");
    expect(answer.addressing[0]?.entry.passage.id).toBe("hilton-2017#p4");
    // Written as one asking sentence, every idea must be shown.
    expect(retrieve(real, "Did the US bomb North Korea a lot in the Korean War, as my grandfather said?").missing).toContain(
      "grandfather",
    );
  });

  it("comes close, never declines nor answers directly, where passages show the question only in related words", () => {
    // BASIC has no "solution", only a "way forward" and "options"; no article uses "predict".
    for (const question of ["What's BASIC's solution?", "Does either article predict war?"]) {
      const answer = retrieve(real, question);
      expect(answer.confidence, question).toBe("closest");
      expect(answer.addressing.length, question).toBeGreaterThan(0);
    }
    // Off-topic questions sharing an everyday word still find nothing.
    expect(retrieve(real, "What is the stock price of Samsung?").confidence).toBe("none");
  });

  it("comes close through a weaker relation where nothing else relates, every idea touched, a name by itself only", () => {
    // "nukes" reaches the articles only through "nuclear", a part of its WordNet synonym "nuclear warhead".
    const nukes = retrieve(real, "nukes");
    expect(nukes.confidence).toBe("closest");
    expect(nukes.addressing.every((s) => /nuclear/i.test(s.entry.passage.text))).toBe(true);
    // A name is not touched by the country it belongs to: BASIC never names Deng.
    expect(retrieve(real, "What does the BASIC article say about Deng Xiaoping?").confidence).toBe("none");
    expect(retrieve(real, "Is kimchi healthy?").confidence).toBe("none");
    // A touch alone is not enough: a cover letter is a kind of message (WordNet), but no passage is about one.
    expect(retrieve(real, "How do I write a cover letter?").confidence).toBe("none");
  });
  const used = (word: string) => real.passages.all().some((p) => holdsWholeWord(p.text.toLowerCase(), word.toLowerCase()));

  it("says a word is used nowhere only when no passage holds it; a word only unrelated passages use is missing, not unused", () => {
    const questions = [
      "What does the Security Council think about climate finance?",
      "How many kilotons was the September 2016 nuclear test?",
      "Would Trump have an easier time placating Putin than making concessions to Kim?",
    ];
    for (const question of questions) {
      const { missing, usedNowhere } = retrieve(real, question);
      for (const word of usedNowhere) expect(used(word), `${word} in "${question}"`).toBe(false);
      expect(missing).toEqual(expect.arrayContaining(usedNowhere));
    }
    const climate = retrieve(real, questions[0] as string);
    expect(climate.missing).toContain("climate");
    expect(used("climate")).toBe(true);
    expect(climate.usedNowhere).not.toContain("climate");
    expect(retrieve(real, questions[1] as string).usedNowhere).toEqual(["kilotons"]);
  });

  it("reads the subject of a question with do as a topic: no article mentions oil, so none answers directly", () => {
    const oil = retrieve(real, "What role does oil play in the relationship between China and North Korea?");
    expect(used("oil")).toBe(false);
    expect(oil.confidence).toBe("closest");
    expect(oil.usedNowhere).toEqual(["oil"]);
    // "work" is the verb of "Do sanctions work…?", not a topic the articles must name.
    const sanctions = retrieve(real, "Do sanctions work against Pyongyang?");
    expect(sanctions.confidence).toBe("direct");
    expect(sanctions.missing).toEqual([]);
  });
});

describe("retrieve: American and British spellings are one word", () => {
  const british = createEngine(
    writeTempCorpus({
      gamma: [
        "The defence programme of Ruritania was reorganised last year.",
        "Its neighbours fear the programme could destabilise the region.",
      ],
    }),
  );
  const american = createEngine(writeTempCorpus({ delta: ["The defense program of Ruritania was reorganized last year."] }));

  it("finds the article's spelling of the asker's word, and never calls the word unused", () => {
    const asked = retrieve(british, "Would the defense program destabilize the region?", { expansion: NO_EXPANSION });
    expect(asked.confidence).toBe("direct");
    expect(asked.addressing[0]?.entry.passage.id).toBe("gamma#p2");
    expect(asked.unknownWords).toEqual([]);
    expect(asked.usedNowhere).toEqual([]);
    const reverse = retrieve(american, "How was the defence programme reorganised?", { expansion: NO_EXPANSION });
    expect(reverse.confidence).toBe("direct");
    expect(reverse.unknownWords).toEqual([]);
  });
});

describe("retrieve: a number written either way is one number", () => {
  const voyages = createEngine(
    writeTempCorpus({
      epsilon: ["The fleet made its fifth voyage north in 1953.", "Harbour fees rose sharply after the war."],
    }),
  );

  it("finds '5th' as 'fifth', and a decade by its years", () => {
    for (const question of ["Was there a 5th voyage?", "What did the fleet do in the 1950s?"]) {
      const answer = retrieve(voyages, question, { expansion: NO_EXPANSION });
      expect(answer.addressing[0]?.entry.passage.id, question).toBe("epsilon#p1");
      expect(answer.unknownWords, question).toEqual([]);
    }
  });
});

describe("retrieve: a word the articles never write, read through its synonyms of several words", () => {
  const arsenal = createEngine(
    writeTempCorpus({
      zeta: ["Ruritania keeps its barley in the mountains.", "Ruritania keeps a small stock of nuclear weapons."],
    }),
  );
  const question = "Where does Ruritania keep its nukes?";

  it("ranks first the passage that writes a word of its compound synonyms ('nukes': nuclear_warhead → nuclear)", () => {
    expect(retrieve(arsenal, question).ranked[0]?.entry.passage.id).toBe("zeta#p2");
    const without = retrieve(arsenal, question, { expansion: { ...DEFAULT_EXPANSION, compoundScale: 0 } });
    expect(without.ranked[0]?.entry.passage.id).toBe("zeta#p1");
  });

  it("counts such a word below showing the question's word: one word of a compound is not the compound", () => {
    const nukes = retrieve(arsenal, question).concepts.find((c) => c.concept.label === "nukes");
    const nuclear = nukes?.concept.alternatives.find((a) => a.term === "nuclear");
    expect(nuclear?.weight).toBeGreaterThan(0);
    expect(nuclear?.weight).toBeLessThan(SHOWN_WEIGHT);
  });

  it("reads a word the articles write as itself, not as the words of its compounds", () => {
    const written = createEngine(writeTempCorpus({ eta: ["The nuke and the nuclear plant."] }));
    const [nuke] = retrieve(written, "Where is the nuke?").concepts;
    expect(nuke?.concept.alternatives.map((a) => a.term)).not.toContain("nuclear");
  });
});

describe("retrieve: a name is not stood in for by others of its kind", () => {
  const border = createEngine(writeTempCorpus({ theta: ["Russia sent troops to the border in spring."] }));

  it("does not read 'Ukraine' as Russia, its neighbour in the word vectors", () => {
    const asked = retrieve(border, "Did Ukraine send troops to the border?");
    expect(asked.confidence).toBe("closest");
    expect(asked.usedNowhere).toEqual(["Ukraine"]);
  });
});
