import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { answerQuestion } from "../answer/answer.js";
import { citationsOf } from "../answer/citations.js";
import { lookUpPassage } from "../answer/passage-lookup.js";
import { compareTopic } from "../compare/compare.js";
import type { EvalQuestion } from "../evaluation/metrics.js";
import {
  PASSAGES_PER_PAGE,
  renderAnswerMessage,
  renderCitationMessage,
  renderComparisonMessage,
  renderPassageMessage,
  renderSourcesMessage,
} from "./discord.js";
import { findLimitViolations } from "./discord-limits.js";
import type { DiscordMessage } from "./discord-message.js";
import { boldWords, escapeMarkdown, fitTail, fitText } from "./discord-text.js";

const engine = realEngine();
const questions = JSON.parse(readFileSync("eval/dev-questions.json", "utf8")) as EvalQuestion[];

describe("every Discord message fits Discord's limits", () => {
  const messages: [string, DiscordMessage][] = [];
  for (const { q } of questions) {
    const answer = answerQuestion(engine, q);
    const pages = Math.max(1, Math.ceil(answer.passages.length / PASSAGES_PER_PAGE));
    for (let page = 0; page < pages; page++) {
      for (const ephemeral of [true, false])
        messages.push([`${q} p${page}`, renderAnswerMessage(answer, engine, { page, key: "k", ephemeral })]);
    }
    const compared = compareTopic(engine, q);
    if (compared.ok) messages.push([`compare ${q}`, renderComparisonMessage(compared.result, engine, true)]);
  }
  for (const passage of engine.passages) {
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
