import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { commands } from "../../commands/index.js";
import { AnswerTimer } from "../../src/bot/answer-timer.js";
import { createLogger } from "../../src/bot/logger.js";
import { type RunningBot, startBot } from "../../src/bot/start-bot.js";
import { type Config, loadConfig } from "../../src/config.js";
import { realEngine } from "../engine-fixture.js";
import { LoopbackDiscord } from "./server.js";

export const TEST_TOKEN = "loopback-token.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/** A bot whose answers were measured to take 5 s here: every reply is deferred first, as on a slow machine. */
export const slowAnswers = () => new AnswerTimer(5000);

export interface LoopbackBot {
  discord: LoopbackDiscord;
  bot: RunningBot;
  config: Config;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  stop(): Promise<void>;
}

/** The real bot (unmodified discord.js client) connected to a loopback Discord on 127.0.0.1. */
export async function startLoopbackBot(
  env: Record<string, string> = {},
  options: { answerTimer?: AnswerTimer } = {},
): Promise<LoopbackBot> {
  const discord = new LoopbackDiscord(TEST_TOKEN);
  await discord.start();
  const config = loadConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: discord.apiUrl,
    FEEDBACK_FILE: join(mkdtempSync(join(tmpdir(), "feedback-")), "feedback.jsonl"),
    LOG_LEVEL: "debug",
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  // The bot's own logger, as in production: what the tests read is what an operator would, redactions included.
  const logger = createLogger("debug", [TEST_TOKEN], sink);
  const bot = await startBot(config, realEngine(), commands, { logger, handleSignals: false, ...options });
  await discord.waitUntilReady();
  return {
    discord,
    bot,
    config,
    logs,
    async stop() {
      await bot.stop();
      await discord.stop();
    },
  };
}
