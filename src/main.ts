/** `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the console mode. */
import { runConsole } from "./cli.js";
import { endWhenOutputCloses } from "./closed-output.js";
import { ConfigError, loadConfig } from "./config.js";
import { CorpusError } from "./corpus/load-corpus.js";
import { openEngine } from "./engine.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const engine = openEngine(config.corpusDir, { indexDir: config.indexDir ?? undefined });
  if (config.discordToken === null) {
    endWhenOutputCloses();
    process.stdout.write("Console mode: no DISCORD_TOKEN is set (see .env.example to connect the bot to Discord).\n");
    await runConsole(engine, process.stdin, process.stdout);
    return;
  }
  // discord.js loads only when the bot runs, so the console mode starts fast.
  const [{ startBot }, { commands }] = await Promise.all([import("./bot/start-bot.js"), import("../commands/index.js")]);
  await startBot(config, engine, commands);
}

main().catch((error: unknown) => {
  // Expected start-up failures get their one-line message; anything else is a bug and keeps its stack.
  if (error instanceof ConfigError || error instanceof CorpusError || (error as Error).name === "BotStartError") {
    console.error((error as Error).message);
  } else console.error(error);
  // 78 (EX_CONFIG): a bad corpus or setting is not fixed by restarting, so a supervisor should not loop on it.
  process.exitCode = error instanceof ConfigError || error instanceof CorpusError ? 78 : 1;
});
