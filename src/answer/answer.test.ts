import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { renderAnswerText } from "../render/terminal.js";
import { answerQuestion, ask } from "./answer.js";

const engine = realEngine();

describe("answerQuestion", () => {
  it("only comes close on a question that shares a place name but not its subject with the articles", () => {
    const answer = answerQuestion(engine, "What is the weather like in Pyongyang?");
    expect(answer).toMatchObject({ answered: true, confidence: "closest", missing: ["weather"] });
    expect(answer.unknownWords).toEqual(["weather"]);
  });

  it.each(["What is the capital of Australia?", "How do I bake sourdough bread?", "Who won the 2018 World Cup?"])(
    "declines the off-topic question %s",
    (question) => {
      expect(answerQuestion(engine, question).answered).toBe(false);
    },
  );

  it("gives each addressing source its best passage, so one author never crowds out the other", () => {
    const answer = answerQuestion(engine, "What do the authors think about UN sanctions?");
    expect(answer.addressedBy.sort()).toEqual(["basic-2016", "hilton-2017"]);
    expect(
      answer.passages
        .slice(0, 2)
        .map((p) => p.sourceId)
        .sort(),
    ).toEqual(["basic-2016", "hilton-2017"]);
  });

  it("says a question is addressed by one source only when the other is silent", () => {
    const answer = answerQuestion(engine, "What does Syria have to do with North Korea?");
    expect(answer.addressedBy).toEqual(["basic-2016"]);
    expect(answer.passages.every((p) => p.sourceId === "basic-2016")).toBe(true);
  });

  it("quotes passages verbatim with a full citation and a locator", () => {
    const answer = answerQuestion(engine, "How often did Kim Jong-il visit China?");
    const top = answer.passages[0];
    expect(top?.id).toBe("hilton-2017#p6");
    expect(engine.index.byId.get(top?.id ?? "")?.passage.text).toBe(top?.text);
    expect(top?.citation).toBe(
      "Isabel Hilton, “Why Russia holds the key to resolving the North Korea crisis”, New Statesman, 21 August 2017, para. 6; no URL given",
    );
    expect(top?.inText).toBe("Hilton 2017, ¶ 6");
  });

  it("never invents an author: the BASIC article is cited as having none", () => {
    const top = answerQuestion(engine, "When did North Korea carry out its fifth nuclear test?").passages[0];
    expect(top?.citation).toMatch(
      /^author not named, “To Fix North Korea, Start with Syria”, BASIC, September 2016 \(date inferred/,
    );
  });

  it("answers who the author is from the author note", () => {
    expect(answerQuestion(engine, "Who is Isabel Hilton?").passages[0]?.id).toBe("hilton-2017#author");
  });

  it("takes a question that names an article and asks nothing else as a question about the article itself", () => {
    const basic = answerQuestion(engine, "Who wrote the BASIC article?");
    expect(basic).toMatchObject({ answered: false, namedSources: ["basic-2016"], aboutNamedSources: true, passages: [] });
    const hilton = answerQuestion(engine, "Who wrote the Hilton article?");
    expect(hilton).toMatchObject({ confidence: "direct", aboutNamedSources: true });
    expect(hilton.passages.map((p) => p.id)).toEqual(["hilton-2017#author"]);
    expect(answerQuestion(engine, "Isabel Hilton").passages.map((p) => p.id)).toEqual(["hilton-2017#author"]);
    // Only a question about the person (or a bare name) gets the line about the author; the others get the article's details.
    for (const question of ["When was Hilton's piece published?", "Is Hilton optimistic?"])
      expect(answerQuestion(engine, question), question).toMatchObject({ aboutNamedSources: true, passages: [] });
    expect(answerQuestion(engine, "What does the BASIC article say about sanctions?")).toMatchObject({
      namedSources: ["basic-2016"],
      aboutNamedSources: false,
    });
  });

  it("answers a request for an article's gist with how it opens and ends, in its own words, and writes no summary", () => {
    const hilton = answerQuestion(engine, "Summarise the Hilton article");
    const body = engine.bodyOf("hilton-2017");
    expect(hilton).toMatchObject({ confidence: "closest", openingAndEnding: true, comparison: null });
    expect(hilton.passages.map((p) => p.id)).toEqual([body[0]?.id, body[body.length - 1]?.id]);
    expect(renderAnswerText(hilton, engine)).toContain(
      "No summary is written here: this is how Isabel Hilton’s article opens and ends",
    );
    // Naming none: each article's opening first, then their endings.
    const both = answerQuestion(engine, "What's the main argument?");
    expect(both.passages.map((p) => p.id)).toEqual(["basic-2016#p1", "hilton-2017#p1", "basic-2016#p18", "hilton-2017#p14"]);
    // Chat asks for it too, in words the tokenizer splits ("tl;dr"), and so does asking what she says or thinks.
    for (const question of [
      "tl;dr of the hilton piece",
      "tldr hilton",
      "What does Hilton say?",
      "What does Isabel Hilton think?",
    ])
      expect(
        answerQuestion(engine, question).passages.map((p) => p.id),
        question,
      ).toEqual(hilton.passages.map((p) => p.id));
    // How the articles differ or meet, on nothing in particular: their own words, and how to compare them on a topic.
    for (const question of ["What's the main difference between the two articles?", "Where do the authors agree?"])
      expect(
        answerQuestion(engine, question).passages.map((p) => p.id),
        question,
      ).toEqual(both.passages.map((p) => p.id));
    expect(renderAnswerText(both, engine)).toContain("type compare North Korea to see the authors side by side");
    // What the bot thinks is no article's gist.
    expect(answerQuestion(engine, "What do you think?").openingAndEnding).toBe(false);
    // A gist word beside a topic is a question about the topic.
    expect(answerQuestion(engine, "What does Hilton argue about Russia?").openingAndEnding).toBe(false);
  });

  it("answers a question about an article's link with its details, saying the copy received gives no URL", () => {
    const answer = answerQuestion(engine, "Is there a link to the Hilton article?");
    expect(answer).toMatchObject({ namedSources: ["hilton-2017"], aboutNamedSources: true });
    const text = renderAnswerText(answer, engine);
    expect(text).toContain("no URL given");
    expect(text).not.toContain("never mentions");
    // Its title likewise.
    const title = answerQuestion(engine, "what's the title of the new statesman piece");
    expect(title).toMatchObject({ namedSources: ["hilton-2017"], aboutNamedSources: true });
    expect(renderAnswerText(title, engine)).toContain("Why Russia holds the key");
  });

  it("answers how long an article is with its details and its count of paragraphs and words", () => {
    const answer = answerQuestion(engine, "how long is hilton's article");
    expect(answer).toMatchObject({ namedSources: ["hilton-2017"], aboutNamedSources: true, answered: false });
    // Its body: 14 paragraphs, the author note not among them.
    expect(answer.articleLengths["hilton-2017"]?.paragraphs).toBe(14);
    expect(renderAnswerText(answer, engine)).toMatch(/14 paragraphs, about [\d,]+ words/);
    // Asked of no article, of them all.
    expect(Object.keys(answerQuestion(engine, "How many words are the articles?").articleLengths).sort()).toEqual([
      "basic-2016",
      "hilton-2017",
    ]);
    // How long something in them lasted is a question about that.
    expect(answerQuestion(engine, "How long did the Korean war last?").aboutNamedSources).toBe(false);
  });

  it("answers a question naming either of two places from each article that names one of them", () => {
    // BASIC names Japan and South Korea, Hilton South Korea: neither is asked to name both.
    const answer = answerQuestion(engine, "Does either article mention Japan or South Korea?");
    expect(answer).toMatchObject({ confidence: "direct", missing: [] });
    expect(answer.addressedBy.sort()).toEqual(["basic-2016", "hilton-2017"]);
  });

  it("answers a question that points at a paragraph by its place with that paragraph, as written", () => {
    const fourth = answerQuestion(engine, "explain paragraph 4 of hilton");
    expect(fourth).toMatchObject({ confidence: "direct", paragraphAsked: 4, comparison: null, unknownWords: [] });
    expect(fourth.passages.map((p) => p.id)).toEqual(["hilton-2017#p4"]);
    expect(renderAnswerText(fourth, engine)).toContain("Paragraph 4 of Isabel Hilton’s article, as written:");
    expect(answerQuestion(engine, "what's in the BASIC piece's last paragraph?").passages.map((p) => p.id)).toEqual([
      "basic-2016#p18",
    ]);
    // How an article ends or begins is its last or first paragraph.
    expect(answerQuestion(engine, "How does Hilton end her piece?").passages.map((p) => p.id)).toEqual(["hilton-2017#p14"]);
    expect(answerQuestion(engine, "How do the articles begin?").passages.map((p) => p.id)).toEqual([
      "basic-2016#p1",
      "hilton-2017#p1",
    ]);
    // Naming no article: that paragraph of each.
    const third = answerQuestion(engine, "What does the 3rd paragraph say?");
    expect(third.passages.map((p) => p.id)).toEqual(["basic-2016#p3", "hilton-2017#p3"]);
    expect(renderAnswerText(third, engine)).toContain("Paragraph 3 of each article, as written:");
    // One the article does not have: how many it has, and no word read as missing from it.
    const missing = answerQuestion(engine, "show me ¶ 20 of the BASIC article");
    expect(missing).toMatchObject({ answered: false, paragraphAsked: 20, unknownWords: [] });
    const text = renderAnswerText(missing, engine);
    expect(text).toContain("The BASIC article has no paragraph 20.");
    expect(text).toContain("18 paragraphs");
  });

  it("answers which article is longer or came first with the articles' details", () => {
    for (const question of [
      "Which article is longer?",
      "Which article came out first?",
      "which one was published first",
      "Which of the two articles is more recent?",
    ]) {
      const answer = answerQuestion(engine, question);
      expect(answer, question).toMatchObject({ aboutNamedSources: true, passages: [] });
      expect(Object.keys(answer.articleLengths).sort(), question).toEqual(["basic-2016", "hilton-2017"]);
    }
    // Which of other things came first is a question about them.
    expect(answerQuestion(engine, "Which came first, the war or the bomb?").aboutNamedSources).toBe(false);
  });

  it("says of the article a question names, not of all, that it answers only closely", () => {
    const answer = answerQuestion(engine, "What's BASIC's solution?");
    expect(answer).toMatchObject({ confidence: "closest", namedSources: ["basic-2016"] });
    expect(renderAnswerText(answer, engine)).toContain("The BASIC article doesn’t answer this directly");
  });

  it("finds a mistyped author's name once the typo is read", () => {
    expect(answerQuestion(engine, "What does Hiltn say about Russia?")).toMatchObject({
      namedSources: ["hilton-2017"],
      addressedBy: ["hilton-2017"],
    });
  });

  it("searches the article a question describes by year, age or unnamed author, as one it names", () => {
    for (const question of ["What does the 2016 article say about China?", "Does the anonymous author talk about Iran?"])
      expect(answerQuestion(engine, question).addressedBy, question).toEqual(["basic-2016"]);
    expect(answerQuestion(engine, "What does the newer piece say about Russia?").addressedBy).toEqual(["hilton-2017"]);
  });

  it("takes a question that names nothing to look for as one about the articles, not one they fail to address", () => {
    for (const question of ["What's your opinion?", "Which article is more pessimistic?"]) {
      const answer = answerQuestion(engine, question);
      expect(answer, question).toMatchObject({ confidence: "none", namedSources: [], aboutNamedSources: true });
      const text = renderAnswerText(answer, engine);
      expect(text).toContain("The question names nothing to look for in the articles");
      expect(text).not.toContain("don’t address this");
      for (const article of engine.articles) expect(text).toContain(article.title);
    }
  });

  it("searches only the article a question names, and says so: Hilton never mentions Syria, the BASIC article does", () => {
    expect(answerQuestion(engine, "Does Hilton mention Syria?")).toMatchObject({
      confidence: "none",
      namedSources: ["hilton-2017"],
    });
    expect(answerQuestion(engine, "Does the BASIC article mention Syria?").confidence).toBe("direct");
  });

  it("understands the US written in capitals and the Kremlin for Russia", () => {
    expect(
      answerQuestion(engine, "Why does the Kremlin hold on to Assad?")
        .passages.slice(0, 2)
        .map((p) => p.id),
    ).toContain("basic-2016#p15");
    expect(answerQuestion(engine, "How has Trump weakened US influence in Asia?").passages[0]?.id).toBe("hilton-2017#p13");
  });

  it("returns at most the requested number of passages, best first", () => {
    const answer = answerQuestion(engine, "What role does China play?", { limit: 2 });
    expect(answer.passages.length).toBeLessThanOrEqual(2);
    expect(answer.passages.map((p) => p.score)).toEqual([...answer.passages.map((p) => p.score)].sort((a, b) => b - a));
  });
});

describe("ask", () => {
  it("turns bad input into a specific message instead of an answer", () => {
    expect(ask(engine, "   ")).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
    expect(ask(engine, "?!…")).toEqual({ ok: false, message: expect.stringMatching(/no words/) });
    expect(ask(engine, "why ".repeat(200))).toEqual({ ok: false, message: expect.stringMatching(/too long \(799 characters/) });
  });

  it("answers through markdown, mentions and invisible characters", () => {
    const result = ask(engine, "@everyone **What** did\u200b China and Russia _propose_ in July 2017?\u0000");
    expect(result.ok && result.answer.passages[0]?.id).toBe("hilton-2017#p12");
  });
});

describe("questions in another language", () => {
  it.each([
    "Quel rôle joue la Russie dans la crise nord-coréenne ?",
    "¿Qué papel juega Rusia en la crisis de Corea del Norte?",
    "Welche Rolle spielt Russland in der Nordkorea-Krise?",
    "Quels sont les objectifs des sanctions contre la Corée du Nord ?",
    "Wat is de rol van Rusland in de Noord-Koreaanse crisis?",
  ])("are told that only English is understood, not guessed at: %s", (question) => {
    const answer = answerQuestion(engine, question);
    expect(answer).toMatchObject({ answered: false, inEnglish: false, corrections: [] });
    expect(renderAnswerText(answer, engine)).toContain("Only questions in English are understood");
  });

  it.each([
    "Kim Jong-un nuclear arsenal size?",
    "is denuclearisation stil a realistc goal",
    "DPRK ICBM test cadence 2017?",
    // Apostrophes dropped, as in chat.
    "whats hiltons main point",
    "whats chinas view on kims nukes",
  ])("but terse or mistyped English is English: %s", (question) => {
    expect(answerQuestion(engine, question).inEnglish).toBe(true);
  });
});

describe("questions that name an article", () => {
  it("are answered from that article only", () => {
    const answer = answerQuestion(engine, "What does Hilton say about sanctions?");
    expect(answer.addressedBy).toEqual(["hilton-2017"]);
    expect(answer.passages.every((p) => p.sourceId === "hilton-2017")).toBe(true);
    expect(answer.comparison).toBeNull();
  });

  it("are declined when the named article does not address the topic", () => {
    expect(answerQuestion(engine, "What is Isabel Hilton's opinion on Brexit?").answered).toBe(false);
    expect(answerQuestion(engine, "What does the BASIC article say about Deng Xiaoping?").answered).toBe(false);
  });

  it("about the author alone, are answered with the line about the author", () => {
    for (const question of ["Who is Isabel Hilton?", "Where does Hilton work?", "What is Hilton's background?"])
      expect(
        answerQuestion(engine, question).passages.map((p) => p.id),
        question,
      ).toEqual(["hilton-2017#author"]);
    // Of a writer not named, the article's details; of work in the article, the article.
    expect(answerQuestion(engine, "Where does the BASIC author work?")).toMatchObject({
      answered: false,
      aboutNamedSources: true,
    });
    expect(answerQuestion(engine, "What work does Hilton say Russia could do?").passages[0]?.id).not.toBe("hilton-2017#author");
  });
});
