import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { commands } from "../commands/index.js";
import { deployCommands } from "../src/bot/deploy.js";
import { startBot } from "../src/bot/start-bot.js";
import { loadConfig } from "../src/config.js";
import { realEngine } from "./engine-fixture.js";
import { slowAnswers, startLoopbackBot, TEST_TOKEN } from "./loopback-discord/harness.js";
import { buttonPress, slashCommand, stringOption } from "./loopback-discord/interactions.js";
import { type InteractionRecord, LoopbackDiscord, shownMessage } from "./loopback-discord/server.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function loopback(): Promise<LoopbackDiscord> {
  const discord = new LoopbackDiscord(TEST_TOKEN);
  await discord.start();
  cleanups.push(() => discord.stop());
  return discord;
}

/** Runs `npm start`'s entry point as a separate process, as a user would. */
function startProcess(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | string | null>;
} {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "info", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  // The exit code, or the signal that ended the process, once its output is all read: "exit" may come before the
  // last lines it wrote have arrived through the pipe ("close" comes after), and tests read those lines.
  const exit = new Promise<number | string | null>((resolve) => child.on("close", (code, signal) => resolve(code ?? signal)));
  cleanups.push(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  return { child, output: () => output, exit };
}

describe("deploy-commands", () => {
  it("registers exactly the command set to a guild, and a second run changes nothing", async () => {
    const discord = await loopback();
    const config = loadConfig({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: "100000000000000002",
      DISCORD_GUILD_ID: "300000000000000001",
      DISCORD_API_URL: discord.apiUrl,
    });
    const definitions = commands.map((c) => c.data.toJSON());
    expect(await deployCommands(config, definitions)).toEqual({
      scope: "guild 300000000000000001",
      names: ["ask", "compare", "cite", "sources", "passage", "help"],
      changed: true,
    });
    const registered = discord.commands.get("guild:300000000000000001") ?? [];
    expect(registered.map((c) => c.name)).toEqual(["ask", "compare", "cite", "sources", "passage", "help"]);
    expect(await deployCommands(config, definitions)).toMatchObject({ changed: false });
    expect(discord.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });

  it("builds valid command definitions (discord.js's builders check names, descriptions and option limits)", () => {
    for (const command of commands) {
      const json = command.data.toJSON();
      expect(json.name).toMatch(/^[a-z]{1,32}$/);
      expect(json.description.length).toBeLessThanOrEqual(100);
    }
  });
});

describe("start and stop", () => {
  it("refuses to start when votes could not be written, naming the file", async () => {
    const discord = await loopback();
    const config = loadConfig({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: discord.apiUrl,
      FEEDBACK_FILE: "/no/such/folder/feedback.jsonl",
    });
    await expect(startBot(config, realEngine(), commands, { handleSignals: false })).rejects.toThrow(
      /FEEDBACK_FILE: cannot write votes to \/no\/such\/folder\/feedback\.jsonl/,
    );
  });

  it("gives up with a message when the Discord API accepts the connection but never answers", async () => {
    const discord = await loopback();
    discord.injectFault({ match: /^GET \/gateway\/bot/, status: 0, delayMs: 60_000, times: 10 });
    const config = loadConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl });
    const started = Date.now();
    await expect(startBot(config, realEngine(), commands, { handleSignals: false, loginTimeoutMs: 1000 })).rejects.toThrow(
      /could not connect to Discord at .*: no answer within 1 s/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a wrong token with a clear message", async () => {
    const discord = await loopback();
    const config = loadConfig({ DISCORD_TOKEN: "wrong-token-123456789", DISCORD_API_URL: discord.apiUrl });
    await expect(startBot(config, realEngine(), commands, { handleSignals: false, logger: undefined })).rejects.toThrow(
      /Discord rejected DISCORD_TOKEN/,
    );
  });

  it("npm start with a wrong token exits 1 and says why, without printing the token", async () => {
    const discord = await loopback();
    const run = startProcess({ DISCORD_TOKEN: "wrong-token-123456789", DISCORD_API_URL: discord.apiUrl });
    expect(await run.exit).toBe(1);
    expect(run.output()).toContain("Discord rejected DISCORD_TOKEN");
    expect(run.output()).not.toContain("wrong-token-123456789");
  });

  it("npm start with a token runs the bot; SIGTERM closes the connection and exits 0", async () => {
    const discord = await loopback();
    const run = startProcess({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl });
    await discord.waitUntilReady();
    await discord.waitFor(() => run.output().includes("connected to Discord"), 5000, "the ready log line");
    const record = discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "Who is Isabel Hilton?")]));
    await discord.waitFor(() => record.responses.length > 0, 5000, "an answer from the bot process");
    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(0);
    expect(run.output()).toContain("shutting down");
    expect(run.output()).not.toContain(TEST_TOKEN);
  });
});

describe("health file for a supervisor", () => {
  it("is written while connected, read as healthy by the healthcheck script, stale when old, and removed on stop", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "health-")), "bot.health");
    const env = await startLoopbackBot({ HEALTH_FILE: file });
    cleanups.push(() => env.stop());
    const check = () => {
      try {
        return {
          code: 0,
          output: execFileSync(process.execPath, ["--import", "tsx", "scripts/healthcheck.ts"], {
            env: { ...process.env, HEALTH_FILE: file },
            encoding: "utf8",
            stdio: "pipe",
          }),
        };
      } catch (error) {
        const { status, stderr } = error as { status: number; stderr: string };
        return { code: status, output: stderr };
      }
    };
    expect(check()).toEqual({ code: 0, output: "healthy\n" });
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(file, old, old);
    expect(check()).toEqual({ code: 1, output: expect.stringMatching(/bot\.health is 30\d s old: the bot lost Discord/) });
    await env.stop();
    expect(existsSync(file)).toBe(false);
    expect(check()).toMatchObject({ code: 1, output: expect.stringMatching(/does not exist/) });
  });
});

/** Asks a question and presses the answer's 👍, as a user would; resolves with the vote's record. */
async function askAndVote(discord: LoopbackDiscord): Promise<InteractionRecord> {
  const asked = discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "Who is Isabel Hilton?")]));
  await discord.waitFor(() => asked.responses.length > 0, 5000, "the answer");
  const rows = (asked.responses[0]?.data.components ?? []) as { components: { custom_id: string; emoji?: { name: string } }[] }[];
  const up = rows.flatMap((row) => row.components).find((button) => button.emoji?.name === "👍");
  const vote = discord.dispatchInteraction(buttonPress(String(up?.custom_id), discord.messageObject(shownMessage(asked))));
  await discord.waitFor(() => vote.responses.length > 0, 3000, "the vote's acknowledgement");
  return vote;
}

describe("feedback on a failing or stalled disk", () => {
  it("acknowledges a vote the disk refuses (full: /dev/full), logs it with the file's name, and answers on", async () => {
    const env = await startLoopbackBot({ FEEDBACK_FILE: "/dev/full" });
    cleanups.push(() => env.stop());
    const vote = await askAndVote(env.discord);
    expect(vote.responses[0]?.data.content).toBe("Thanks: your 👍 was recorded.");
    await env.discord.waitFor(
      () => env.logs.some((l) => l.msg?.toString().startsWith("votes could not be written")),
      5000,
      "the log line",
    );
    const failure = env.logs.find((l) => l.msg?.toString().startsWith("votes could not be written"));
    expect(failure).toMatchObject({ file: "/dev/full", waitingVotes: 1, err: expect.objectContaining({ code: "ENOSPC" }) });
    const next = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "What is juche?")]));
    await env.discord.waitFor(() => next.responses.length > 0, 5000, "the next answer");
    expect([...vote.violations, ...next.violations]).toEqual([]);
  });

  it("npm start with a disk that never finishes a write (a pipe nobody reads) still stops on SIGTERM, within the flush deadline", async () => {
    const discord = await loopback();
    const fifo = join(mkdtempSync(join(tmpdir(), "stalled-")), "feedback.jsonl");
    execFileSync("mkfifo", [fifo]);
    const run = startProcess({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: discord.apiUrl, FEEDBACK_FILE: fifo });
    await discord.waitUntilReady();
    await discord.waitFor(() => run.output().includes("connected to Discord"), 5000, "the ready log line");
    const vote = await askAndVote(discord);
    expect(vote.responses[0]?.data.content).toBe("Thanks: your 👍 was recorded.");
    const started = Date.now();
    run.child.kill("SIGTERM");
    // A normal exit would wait for the stuck write forever: the bot ends by the signal it was asked to stop by.
    expect(await run.exit).toBe("SIGTERM");
    expect(Date.now() - started).toBeLessThan(8000);
    expect(run.output()).toMatch(/"unwrittenVotes":1,"msg":"the disk did not take these votes before the deadline"/);
  }, 20_000);
});

describe("malformed payloads from the server side", () => {
  it("survives a REST answer that is not JSON: the failure is logged with a reference and the bot answers on", async () => {
    const env = await startLoopbackBot({}, { answerTimer: slowAnswers() });
    cleanups.push(() => env.stop());
    env.discord.injectFault({ match: /^PATCH \/webhooks\//, status: 200, body: "{not json", times: 1 });
    const broken = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "What is juche?")]));
    await env.discord.waitFor(() => env.logs.some((l) => l.msg === "interaction failed"), 5000, "the logged failure");
    const next = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "Who is Isabel Hilton?")]));
    await env.discord.waitFor(() => next.responses.length >= 2, 5000, "the next answer");
    expect(next.violations).toEqual([]);
    expect(broken.responses[0]?.type).toBe(5);
  });

  it("logs a failed edit of a deferred answer without its interaction token, its body or the bot token", async () => {
    const env = await startLoopbackBot({}, { answerTimer: slowAnswers() });
    cleanups.push(() => env.stop());
    // Discord keeps failing the edit: after its retries discord.js throws an error carrying the URL and the body.
    env.discord.injectFault({ match: /^PATCH \/webhooks\//, status: 500, times: 20 });
    const broken = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "What is juche?")]));
    await env.discord.waitFor(() => env.logs.some((l) => l.msg === "interaction failed"), 15_000, "the logged failure");
    const logged = JSON.stringify(env.logs);
    expect(logged).toContain("/webhooks/");
    expect(logged).toContain("[redacted]");
    expect(logged).not.toContain(String(broken.payload.token));
    expect(logged).not.toContain("self-reliance");
    expect(logged).not.toContain(TEST_TOKEN);
  }, 20_000);

  it("drops malformed interaction events (no data, no user, options not a list) with a logged reference, and answers on", async () => {
    const env = await startLoopbackBot();
    cleanups.push(() => env.stop());
    env.discord.dispatch("INTERACTION_CREATE", { ...slashCommand("ask", []), data: null });
    env.discord.dispatch("INTERACTION_CREATE", { ...slashCommand("ask", []), user: undefined, member: undefined });
    env.discord.dispatch("INTERACTION_CREATE", { ...slashCommand("ask", []), data: { name: "ask", type: 1, options: "x" } });
    const next = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "Who is Isabel Hilton?")]));
    await env.discord.waitFor(() => next.responses.length > 0, 5000, "the next answer");
    const dropped = env.logs.filter((l) => l.msg === "dropped a malformed interaction event");
    expect(dropped).toHaveLength(3);
    expect(dropped.every((l) => typeof l.ref === "string" && (l.ref as string).length === 8)).toBe(true);
    expect(next.violations).toEqual([]);
  });

  it("logs a warning for an unknown interaction type and an error for a missing option, and keeps answering", async () => {
    const env = await startLoopbackBot();
    cleanups.push(() => env.stop());
    env.discord.dispatch("INTERACTION_CREATE", { ...slashCommand("ask", []), type: 99 });
    const missing = env.discord.dispatchInteraction(slashCommand("cite", []));
    await env.discord.waitFor(() => missing.responses.length > 0, 5000, "the error reply");
    expect(missing.responses[0]?.data.content).toMatch(/^Something went wrong \(ref [0-9a-f]{8}\)/);
    await env.discord.waitFor(
      () => env.logs.some((l) => l.msg === "ignored an interaction discord.js could not read"),
      5000,
      "the warning",
    );
    const next = env.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", "Who is Isabel Hilton?")]));
    await env.discord.waitFor(() => next.responses.length > 0, 5000, "the next answer");
    expect(next.violations).toEqual([]);
  });
});
