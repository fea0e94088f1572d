import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { answerQuestion } from "../answer/answer.js";
import { citationsOf } from "../answer/citations.js";
import { lookUpPassage } from "../answer/passage-lookup.js";
import { compareTopic } from "../compare/compare.js";
import type { EvalQuestion } from "../evaluation/metrics.js";
import {
  embedText,
  PASSAGES_PER_PAGE,
  renderAnswerMessage,
  renderCitationMessage,
  renderComparisonDetails,
  renderComparisonMessage,
  renderPassageMessage,
  renderSourcesMessage,
  SHORT_ANSWER_CHARS,
} from "./discord.js";
import { findLimitViolations } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { boldWords, escapeMarkdown, fitSentences, fitTail, fitText } from "./discord-text.js";

const engine = realEngine();
const questions = JSON.parse(readFileSync("eval/dev-questions.json", "utf8")) as EvalQuestion[];
/** The first page of the answer to a question, as /ask sends it. */
const firstPage = (question: string) =>
  renderAnswerMessage(answerQuestion(engine, question), engine, { page: 0, key: "k", ephemeral: true });

describe("a question about an article itself", () => {
  it("shows the article's details, not that the articles do not address it", () => {
    const message = firstPage("Who wrote the BASIC article?");
    expect(message.embeds?.[0]?.title).toBe("No passage to quote");
    expect(message.embeds?.[0]?.description).toContain("“To Fix North Korea, Start with Syria” — author not named, BASIC");
    expect(message.embeds?.[0]?.description).not.toContain("don’t address");
  });
});

describe("a request for an article's gist", () => {
  it("quotes how it opens and ends under a title that says so, and writes no summary", () => {
    const message = firstPage("Summarise the Hilton article");
    expect(message.embeds?.[0]?.title).toBe("How it opens and ends");
    expect(firstPage("How do the two articles differ?").embeds?.[0]?.title).toBe("How they open and end");
    expect(message.embeds?.[0]?.description).toContain("No summary is written here");
    expect(message.embeds?.[0]?.description).toContain("Hilton 2017, ¶ 1");
    expect(findLimitViolations(message)).toEqual([]);
  });
});

describe("a paragraph asked for by its place", () => {
  it("quotes it under a title that says so, and says when the article has no such paragraph", () => {
    const message = firstPage("explain paragraph 4 of hilton");
    expect(message.embeds?.[0]?.title).toBe("The paragraph asked for");
    expect(message.embeds?.[0]?.description).toContain("Paragraph 4 of Isabel Hilton’s article, as written:");
    expect(message.embeds?.[0]?.description).toContain("Hilton 2017, ¶ 4");
    const none = firstPage("paragraph 30 of the BASIC article");
    expect(none.embeds?.[0]?.description).toContain("The BASIC article has no paragraph 30.");
  });
});

describe("every Discord message fits Discord's limits", () => {
  const messages: [string, DiscordMessage][] = [];
  for (const { q } of questions) {
    const answer = answerQuestion(engine, q);
    const pages = 1 + Math.ceil(answer.passages.length / PASSAGES_PER_PAGE);
    for (let page = 0; page < pages; page++) {
      for (const ephemeral of [true, false])
        messages.push([`${q} p${page}`, renderAnswerMessage(answer, engine, { page, key: "k", ephemeral })]);
    }
    const compared = compareTopic(engine, q);
    if (compared.ok) {
      messages.push([`compare ${q}`, renderComparisonMessage(compared.result, engine, true, "k")]);
      messages.push([`details ${q}`, renderComparisonDetails(compared.result, engine)]);
    }
  }
  for (const passage of engine.passages.all()) {
    const lookup = lookUpPassage(engine, passage.id);
    if (lookup.ok) messages.push([passage.id, renderPassageMessage(lookup.found, true)]);
    messages.push([`cite ${passage.id}`, renderCitationMessage(citationsOf(engine, passage), null)]);
  }
  messages.push(["sources", renderSourcesMessage(engine)]);

  it.each(messages)("%s", (_name, message) => {
    expect(findLimitViolations(message)).toEqual([]);
    expect(message.allowedMentions).toEqual({ parse: [] });
  });
});

describe("the sources", () => {
  it("says how many articles there are when not all fit", () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...(engine.articles[0] as (typeof engine.articles)[number]),
      id: `a${i}`,
    }));
    const embed = renderSourcesMessage({ ...engine, articles: many }).embeds?.[0];
    expect(embed?.fields).toHaveLength(25);
    expect(embed?.footer?.text).toBe("25 of 30 articles shown");
    expect(renderSourcesMessage(engine).embeds?.[0]?.footer).toBeUndefined();
  });
});

describe("short answers", () => {
  const all = [...questions, ...(JSON.parse(readFileSync("eval/paraphrase-dev.json", "utf8")) as EvalQuestion[])].map(({ q }) =>
    answerQuestion(engine, q),
  );
  const answered = all.filter((answer) => answer.answered);

  it("hold about one phone screen (≤ 1,800 characters of embed text) on the first page, for every question", () => {
    expect(answered.length).toBeGreaterThan(50);
    for (const answer of answered) {
      const message = renderAnswerMessage(answer, engine, { page: 0, key: "k", ephemeral: true });
      expect(embedText(message), answer.question).toBeLessThanOrEqual(SHORT_ANSWER_CHARS);
    }
  });

  it("show the best passage of each addressing author first, and never quote a sentence twice", () => {
    for (const answer of answered.filter((a) => a.addressedBy.length >= 2)) {
      const message = renderAnswerMessage(answer, engine, { page: 0, key: "k", ephemeral: true });
      const [quotes, comparison] = message.embeds ?? [];
      for (const sourceId of answer.addressedBy) {
        const best = answer.passages.find((p) => p.sourceId === sourceId);
        expect(quotes?.description).toContain(`\`${best?.id}\``);
      }
      const shown = quotes?.description ?? "";
      for (const field of comparison?.fields ?? []) {
        for (const quoted of field.value.match(/“[^”]+”/g) ?? [])
          expect(shown.replace(/\*\*/g, "")).not.toContain(quoted.slice(1, -1));
      }
    }
  });
});

describe("shortened quotes", () => {
  it("are cut at a sentence, marked, and come with a button that shows the whole passage", () => {
    const answer = answerQuestion(engine, "How did the Kim dynasty begin?");
    const long = { ...answer, passages: answer.passages.map((p) => ({ ...p, text: `${p.text} `.repeat(6).trim() })) };
    const message = renderAnswerMessage(long, engine, { page: 0, key: "k", ephemeral: true });
    expect(findLimitViolations(message)).toEqual([]);
    const description = message.embeds?.[0]?.description ?? "";
    expect(description).toContain("… *(shortened: the button below shows it whole)*");
    const buttons = message.components?.flatMap((row) => row.components) ?? [];
    expect(buttons.map((b) => b.custom_id)).toContain(`passage:open:${answer.passages[0]?.id}`);
  });
});

describe("text helpers", () => {
  it("cut at a sentence end when one fits, else at a word, always marking the cut", () => {
    expect(fitText("One two. Three four five six.", 20)).toEqual({ text: "One two.…", cut: true });
    expect(fitText("Short.", 20)).toEqual({ text: "Short.", cut: false });
    expect(fitText("averyveryverylongword and more", 12)).toEqual({ text: "averyveryve…", cut: true });
  });

  it("cut quotes only after whole sentences, unless not even the first fits", () => {
    expect(fitSentences("One two. Three four five six.", 20)).toEqual({ text: "One two. …", cut: true });
    expect(fitSentences("He said “go.” Then left.", 18)).toEqual({ text: "He said “go.” …", cut: true });
    expect(fitSentences("Short.", 20)).toEqual({ text: "Short.", cut: false });
    expect(fitSentences("averyveryverylongword and more. Next.", 12)).toEqual({ text: "averyveryve…", cut: true });
  });

  it("keep the end of a text from a sentence start, marking the cut", () => {
    expect(fitTail("First sentence here. Second one. Third and last.", 30)).toBe("…Second one. Third and last.");
    expect(fitTail("Short.", 30)).toBe("Short.");
  });

  it("escape what users type and merge neighbouring bold words", () => {
    expect(escapeMarkdown("*a* _b_ `c` ||d|| > e @here <@1>")).toBe(
      "\\*a\\* \\_b\\_ \\`c\\` \\|\\|d\\|\\| \\> e @\u200bhere <\u200b@1\\>",
    );
    expect(boldWords("the Security Council said", ["Security", "Council"])).toBe("the **Security Council** said");
    expect(boldWords("Russian and Russia", ["Russia"])).toBe("Russian and **Russia**");
  });
});
