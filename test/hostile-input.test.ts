import { describe, expect, it } from "vitest";
import { seededRandom } from "../scripts/lib/seeded-random.js";
import { ask } from "../src/answer/answer.js";
import { compareTopic } from "../src/compare/compare.js";
import { renderAnswerMessage, renderComparisonMessage, renderNotice } from "../src/render/discord.js";
import { findLimitViolations } from "../src/render/discord-limits.js";
import type { DiscordMessage } from "../src/render/discord-message.js";
import { realEngine } from "./engine-fixture.js";
import { hostileQuestion } from "./hostile-input.js";
import { messageViolations } from "./loopback-discord/discord-rules.js";

const COUNT = Number(process.env.HOSTILE_QUESTIONS ?? 10_000);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261126);

/** The message as discord.js sends it: camelCase options become Discord's snake_case fields. */
const asSent = (message: DiscordMessage) => ({ ...message, allowed_mentions: message.allowedMentions });

function expectSafe(message: DiscordMessage, question: string): void {
  const context = `question ${JSON.stringify(question.slice(0, 120))} (seed ${SEED})`;
  expect(findLimitViolations(message), context).toEqual([]);
  expect(messageViolations(asSent(message), { requireAllowedMentions: true }), context).toEqual([]);
  const shown = [message.content ?? "", ...(message.embeds ?? []).map((e) => e.description ?? "")].join("\n");
  expect(/@(everyone|here)/.test(shown), context).toBe(false);
}

describe(`${COUNT} hostile questions through the answer and rendering path (seed ${SEED})`, () => {
  it("never crash, never exceed a Discord limit, never parse a mention", () => {
    const engine = realEngine();
    const random = seededRandom(SEED);
    let answered = 0;
    for (let i = 0; i < COUNT; i++) {
      const question = hostileQuestion(random);
      const result = ask(engine, question);
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(0);
        expectSafe(renderNotice(result.message), question);
        continue;
      }
      answered += 1;
      expectSafe(renderAnswerMessage(result.answer, engine, { page: 0, key: "k1", ephemeral: i % 2 === 0 }), question);
      if (i % 10 === 0) {
        const compared = compareTopic(engine, question);
        if (compared.ok) expectSafe(renderComparisonMessage(compared.result, engine, true), question);
      }
    }
    expect(answered).toBeGreaterThan(COUNT / 10);
  }, 120_000);
});
