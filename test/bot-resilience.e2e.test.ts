import { afterEach, describe, expect, it } from "vitest";
import { seededRandom } from "../scripts/lib/seeded-random.js";
import { hostileQuestion } from "./hostile-input.js";
import { type LoopbackBot, slowAnswers, startLoopbackBot } from "./loopback-discord/harness.js";
import { autocomplete, buttonPress, inGuild, slashCommand, stringOption, user } from "./loopback-discord/interactions.js";
import type { InteractionRecord } from "./loopback-discord/server.js";

/** Scenario sizes: the defaults are the sizes CI runs; set these to run larger or smaller by hand. */
const BURST = Number(process.env.BURST_INTERACTIONS ?? 200);
const USERS = Number(process.env.BURST_USERS ?? 20);
const LIMIT = 10;
/** The large burst: more than the bot can answer in Discord's 3 s, so some arrive too late to acknowledge. */
const LARGE_BURST = Number(process.env.LARGE_BURST_INTERACTIONS ?? 3000);

const QUESTIONS = [
  "What role does Russia play in the North Korea crisis?",
  "What do the authors think about UN sanctions?",
  "How did the Kim dynasty begin?",
  "What is the capital of Australia?",
  "Why is North Korea building nuclear weapons?",
];

let env: LoopbackBot | undefined;
afterEach(async () => {
  await env?.stop();
  env = undefined;
});

/**
 * 200 interactions from 20 users at once. Users are given unequal shares (some over the per-user limit), so
 * both answers and "try again" replies are exercised.
 */
function burst(bot: LoopbackBot): InteractionRecord[] {
  const records: InteractionRecord[] = [];
  for (let i = 0; i < BURST; i++) {
    // Users 1–5 send three times the even share, the rest share what is left.
    const who = i < Math.floor(BURST / 2) ? (i % 5) + 1 : 6 + (i % (USERS - 5));
    const payload = slashCommand("ask", [stringOption("question", QUESTIONS[i % QUESTIONS.length] as string)], user(who));
    // Half arrive from a server channel, half from direct messages.
    records.push(bot.discord.dispatchInteraction(i % 2 === 0 ? inGuild(payload) : payload));
  }
  return records;
}

async function expectEachAnsweredOnce(bot: LoopbackBot, records: InteractionRecord[]): Promise<void> {
  await bot.discord.waitFor(() => records.every((r) => r.responses.length > 0), 30_000, "every interaction to be answered");
  await new Promise((resolve) => setTimeout(resolve, 200)); // room for any duplicate to arrive
  for (const record of records) {
    expect(record.responses).toHaveLength(1);
    expect(record.duplicateAcks).toBe(0);
    expect(record.violations).toEqual([]);
    expect((record.responses[0]?.at ?? Number.POSITIVE_INFINITY) - record.sentAt).toBeLessThan(3000);
  }
  expect(bot.discord.violations).toEqual([]);
}

function expectRateLimitsHeld(records: InteractionRecord[]): void {
  const byUser = new Map<string, InteractionRecord[]>();
  for (const record of records) {
    const from = (record.payload.user ?? (record.payload.member as { user: unknown }).user) as { id: string };
    const id = from.id;
    byUser.set(id, [...(byUser.get(id) ?? []), record]);
  }
  let limited = 0;
  for (const list of byUser.values()) {
    const told = list.filter((r) => /try again in \d+ seconds?/.test(String(r.responses[0]?.data.content)));
    expect(list.length - told.length).toBe(Math.min(LIMIT, list.length));
    limited += told.length;
  }
  expect(limited).toBeGreaterThan(0);
}

describe("under load", () => {
  it(`answers a burst of ${BURST} interactions from ${USERS} users exactly once each, within 3 s, limiting fast users`, async () => {
    env = await startLoopbackBot({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    const records = burst(env);
    await expectEachAnsweredOnce(env, records);
    expectRateLimitsHeld(records);
  }, 60_000);

  it("still delivers every response once when Discord answers 429 (route and global), 500 and 502 during the burst", async () => {
    env = await startLoopbackBot({ RATE_LIMIT_PER_MINUTE: String(LIMIT) });
    const callback = /^POST \/interactions\//;
    env.discord.injectFault({ match: callback, status: 429, times: 5, retryAfterSeconds: 0.05 });
    env.discord.injectFault({ match: callback, status: 429, times: 2, retryAfterSeconds: 0.05, global: true });
    env.discord.injectFault({ match: callback, status: 500, times: 5 });
    env.discord.injectFault({ match: callback, status: 502, times: 5 });
    const records = burst(env);
    await expectEachAnsweredOnce(env, records);
    const refused = env.discord.requests.filter((r) => callback.test(`${r.method} ${r.path}`) && r.status >= 429);
    expect(refused.length).toBe(17);
  }, 60_000);
});

describe("gateway trouble", () => {
  async function answered(bot: LoopbackBot, question: string): Promise<InteractionRecord> {
    const record = bot.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", question)]));
    await bot.discord.waitFor(() => record.responses.length > 0, 10_000, `an answer to "${question}"`);
    return record;
  }

  it("resumes after a resumable close and after a dropped connection, then answers the next interaction", async () => {
    env = await startLoopbackBot();
    const bot = env;
    await answered(bot, "Who is Isabel Hilton?");

    bot.discord.closeGateway(4000);
    await bot.discord.waitFor(() => bot.discord.resumes + bot.discord.identifies >= 2, 15_000, "a resume after close 4000");
    await bot.discord.waitUntilReady();
    expect((await answered(bot, "How did the Kim dynasty begin?")).violations).toEqual([]);

    const before = bot.discord.resumes + bot.discord.identifies;
    bot.discord.dropGateway();
    await bot.discord.waitFor(() => bot.discord.resumes + bot.discord.identifies > before, 15_000, "a reconnect after a drop");
    await bot.discord.waitUntilReady();
    expect((await answered(bot, "What is juche?")).violations).toEqual([]);
    expect(bot.discord.resumes).toBeGreaterThanOrEqual(1);
  }, 40_000);

  it("defers first when answers are measured to take long, then edits in the answer", async () => {
    env = await startLoopbackBot({}, { answerTimer: slowAnswers() });
    const record = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "What is juche?")]));
    await env.discord.waitFor(() => record.responses.length >= 2, 5000, "the deferral and the edit");
    expect(record.responses.map((r) => [r.kind, r.type])).toEqual([
      ["callback", 5],
      ["edit", undefined],
    ]);
    expect(record.responses[0]?.data).toEqual({ flags: 64 });
    const embeds = (record.responses[1]?.data.embeds ?? []) as { description: string }[];
    expect(embeds[0]?.description).toContain("juche");
    expect(record.violations).toEqual([]);
  });

  it("acknowledges within 3 s when every REST round trip takes 2.5 s", async () => {
    env = await startLoopbackBot();
    env.discord.injectFault({ match: /^POST \/interactions\//, status: 0, delayMs: 2500, times: 3 });
    const records = ["Who is Isabel Hilton?", "What is juche?", "How do I bake sourdough bread?"].map((q) =>
      env?.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", q)])),
    ) as InteractionRecord[];
    await env.discord.waitFor(() => records.every((r) => r.responses.length > 0), 10_000, "the slow acknowledgements");
    for (const record of records) {
      expect(record.violations).toEqual([]);
      expect((record.responses[0]?.at ?? 0) - record.sentAt).toBeLessThan(3000);
    }
  }, 20_000);
});

describe("hostile input on the wire", () => {
  it("answers 200 hostile questions through the real client, each once and within Discord's rules", async () => {
    env = await startLoopbackBot({ RATE_LIMIT_PER_MINUTE: "1000" });
    const random = seededRandom(7);
    const records = Array.from({ length: 200 }, (_, i) =>
      env?.discord.dispatchInteraction(
        slashCommand(i % 4 === 0 ? "compare" : "ask", [
          stringOption(i % 4 === 0 ? "topic" : "question", hostileQuestion(random)),
        ]),
      ),
    ) as InteractionRecord[];
    await expectEachAnsweredOnce(env, records);
    for (const record of records) expect(record.responses[0]?.data.allowed_mentions).toEqual({ parse: [] });
  }, 60_000);
});

describe("one question limit for everything that searches", () => {
  it("counts answer buttons and /cite against the limit, gives autocomplete a looser one, and leaves lookups free", async () => {
    env = await startLoopbackBot({ RATE_LIMIT_PER_MINUTE: "2" });
    const bot = env;
    const answered = async (payload: Parameters<typeof bot.discord.dispatchInteraction>[0]) => {
      const record = bot.discord.dispatchInteraction(payload);
      await bot.discord.waitFor(() => record.responses.length > 0, 5000, "a response");
      return record;
    };
    const limited = /faster than the limit allows/;
    const asked = await answered(slashCommand("ask", [stringOption("question", "What is juche?")], user(40)));
    const components = (asked.responses[0]?.data.components ?? []) as { components: { custom_id: string; label?: string }[] }[];
    const vote = components.flatMap((row) => row.components).find((b) => b.custom_id.startsWith("ask:vote"));
    const message = bot.discord.messageObject({ flags: 64, components: asked.responses[0]?.data.components });
    const first = await answered(buttonPress(vote?.custom_id ?? "", message, user(40)));
    expect(first.responses[0]?.data.content ?? "").not.toMatch(limited);
    const second = await answered(buttonPress(vote?.custom_id ?? "", message, user(40)));
    expect(second.responses[0]?.data.content).toMatch(limited);
    const cite = await answered(slashCommand("cite", [stringOption("passage", "What is juche?")], user(40)));
    expect(cite.responses[0]?.data.content).toMatch(limited);
    // Looking up a passage or the sources searches nothing, so it is never refused.
    const passage = await answered(slashCommand("passage", [stringOption("id", "basic-2016#p2")], user(40)));
    expect(JSON.stringify(passage.responses[0]?.data)).not.toMatch(limited);

    // Autocomplete: ten per question allowed, then empty suggestions rather than an error.
    const typed: InteractionRecord[] = [];
    for (let i = 0; i < 21; i++)
      typed.push(await answered(autocomplete("cite", [stringOption("passage", "ordnance", true)], user(41))));
    const choices = typed.map((r) => ((r.responses[0]?.data.choices ?? []) as unknown[]).length);
    expect(choices.slice(0, 20).every((n) => n > 0)).toBe(true);
    expect(choices[20]).toBe(0);
    for (const record of [asked, first, second, cite, passage, ...typed]) expect(record.violations).toEqual([]);
  });
});

describe("deadlines", () => {
  it(`keeps up with a burst of ${LARGE_BURST}: each is acknowledged within 3 s or dropped and counted, and nothing errs`, async () => {
    env = await startLoopbackBot({ RATE_LIMIT_PER_MINUTE: "1000" });
    const bot = env;
    const records = Array.from({ length: LARGE_BURST }, (_, i) =>
      bot.discord.dispatchInteraction(
        slashCommand("ask", [stringOption("question", QUESTIONS[i % QUESTIONS.length] as string)], user(100 + (i % 50))),
      ),
    );
    const droppedCount = () =>
      bot.logs
        .filter((l) => l.msg === "dropped interactions that arrived too late to be acknowledged")
        .reduce((sum, l) => sum + (l.count as number), 0);
    const unanswered = () => records.filter((r) => r.responses.length === 0).length;
    await bot.discord.waitFor(() => unanswered() === droppedCount(), 60_000, "every interaction answered or counted");
    const acknowledged = records.filter((r) => r.responses.length > 0);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const record of acknowledged) {
      expect(record.violations).toEqual([]);
      expect((record.responses[0]?.at ?? Number.POSITIVE_INFINITY) - record.sentAt).toBeLessThan(3000);
    }
    // No error storm: drops are counted in a line a second, and nothing fails.
    expect(bot.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    expect(bot.logs.filter((l) => l.msg === "dropped interactions that arrived too late to be acknowledged").length).toBeLessThan(
      60,
    );
    expect(bot.discord.violations).toEqual([]);
  }, 90_000);

  /** A snowflake Discord would have made `msAgo` milliseconds ago: the interaction has waited that long. */
  const createdAgo = (msAgo: number) => String((BigInt(Date.now() - msAgo) - 1420070400000n) << 22n);

  it("drops interactions too old to acknowledge with one counted log line, and defers those that waited long", async () => {
    env = await startLoopbackBot();
    const bot = env;
    const question = (msAgo: number, who: number) => ({
      ...slashCommand("ask", [stringOption("question", "What is juche?")], user(who)),
      id: createdAgo(msAgo),
    });
    const expired = [1, 2, 3].map((who) => bot.discord.dispatchInteraction(question(5000, who)));
    const late = bot.discord.dispatchInteraction(question(2000, 4));
    const fresh = bot.discord.dispatchInteraction(question(0, 5));
    await bot.discord.waitFor(() => late.responses.length >= 2 && fresh.responses.length > 0, 5000, "the answers");
    const lines = () => bot.logs.filter((l) => l.msg === "dropped interactions that arrived too late to be acknowledged");
    await bot.discord.waitFor(
      () => lines().reduce((sum, l) => sum + (l.count as number), 0) === 3,
      3000,
      "the counted log lines",
    );
    expect(expired.every((r) => r.responses.length === 0)).toBe(true);
    // The first drop is written at once, the next ones counted into one line a second later.
    expect(lines().map((l) => l.count)).toEqual([1, 2]);
    expect(late.responses.map((r) => [r.kind, r.type])).toEqual([
      ["callback", 5],
      ["edit", undefined],
    ]);
    expect(fresh.responses[0]).toMatchObject({ kind: "callback", type: 4 });
    expect(bot.logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    for (const record of [late, fresh]) expect(record.violations).toEqual([]);
  });
});
