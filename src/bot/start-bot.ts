import { Client, Events, GatewayIntentBits, Status } from "discord.js";
import { ask } from "../answer/answer.js";
import type { Config } from "../config.js";
import { firstTopicOf } from "../corpus/first-topic.js";
import type { Engine } from "../engine.js";
import { AnswerSessions } from "./answer-sessions.js";
import { AnswerTimer } from "./answer-timer.js";
import type { Command } from "./command.js";
import { AUTOCOMPLETE_PER_QUESTION, type BotContext } from "./context.js";
import { countedLog } from "./counted-log.js";
import { WORK_SLOTS, WorkSlots } from "./deadlines.js";
import { type AppendLines, FeedbackStore } from "./feedback-store.js";
import { keepHealthFile } from "./health-file.js";
import { handleInteraction } from "./interactions.js";
import { createLogger, type Logger, logReference } from "./logger.js";
import { guardProcess, type StopOutcome } from "./process-guards.js";
import { RateLimiter } from "./rate-limiter.js";

/** A start-up failure with a message meant for whoever runs the bot (no stack trace needed). */
const LOGIN_TIMEOUT_MS = 20_000;

export class BotStartError extends Error {
  override name = "BotStartError";
}

export interface RunningBot {
  client: Client;
  context: BotContext;
  /** Destroys the client and waits (within a deadline) for feedback to be written; says what was left. */
  stop(): Promise<StopOutcome>;
}

export interface StartOptions {
  logger?: Logger;
  /** Stop cleanly on SIGINT/SIGTERM and exit 0, and apply the policy for uncaught errors (off in tests,
   * which stop the bot themselves). */
  handleSignals?: boolean;
  /** How long to wait for Discord to answer the login before giving up with a message (default 20 s). */
  loginTimeoutMs?: number;
  /** How long answers take (default: measured with a warm-up answer at start, then on every answer). */
  answerTimer?: AnswerTimer;
  /** How feedback lines reach the disk (default: appended to FEEDBACK_FILE); tests give a disk that stalls. */
  appendFeedback?: AppendLines;
}

/**
 * Connects to Discord (or whatever `DISCORD_API_URL` points at) and serves the commands it is handed (the bot
 * layer knows no command: `main.ts` passes the list from `commands/`) until stopped.
 */
export async function startBot(
  config: Config,
  engine: Engine,
  commandList: Command[],
  options: StartOptions = {},
): Promise<RunningBot> {
  const token = config.discordToken;
  if (!token) throw new BotStartError("config: DISCORD_TOKEN is not set");
  const logger = options.logger ?? createLogger(config.logLevel, [token]);
  const context: BotContext = {
    engine,
    config,
    logger,
    sessions: new AnswerSessions(),
    feedback: new FeedbackStore(
      config.feedbackFile,
      (error, waitingVotes) =>
        logger.error(
          { err: error, file: config.feedbackFile, waitingVotes },
          "votes could not be written; they are kept and retried",
        ),
      options.appendFeedback,
    ),
    limiter: new RateLimiter(config.rateLimitPerMinute),
    autocompleteLimiter: new RateLimiter(config.rateLimitPerMinute * AUTOCOMPLETE_PER_QUESTION),
    answerTimer: options.answerTimer ?? warmUpTimer(engine),
    dropExpired: countedLog(logger, "warn", "dropped interactions that arrived too late to be acknowledged", 1000),
    slots: new WorkSlots(WORK_SLOTS),
  };
  try {
    context.feedback.checkWritable();
  } catch (error) {
    throw new BotStartError((error as Error).message);
  }
  const commands = new Map(commandList.map((command) => [command.data.name, command]));

  // Guilds is the only intent: slash commands need no message content.
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: config.discordApiUrl },
    allowedMentions: { parse: [] },
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, commands, context));
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, commands: [...commands.keys()] }, "connected to Discord"),
  );
  logClientEvents(client, logger);
  dropMalformedInteractions(client, logger);

  let stopHealth = async () => {};
  let stopping: Promise<StopOutcome> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info("shutting down");
      // The votes' flush runs alongside the disconnect, so its deadline counts from the stop and ends (and is
      // logged) before the process guard's own, however long Discord takes to let go.
      const flushed = context.feedback.flush().then(() => {
        const unwrittenVotes = context.feedback.unwritten;
        if (unwrittenVotes > 0)
          logger.error({ file: config.feedbackFile, unwrittenVotes }, "the disk did not take these votes before the deadline");
        return unwrittenVotes;
      });
      await Promise.all([stopHealth(), client.destroy()]);
      return { unwrittenVotes: await flushed };
    })();
    return stopping;
  };

  await logIn(client, token, config.discordApiUrl, options.loginTimeoutMs ?? LOGIN_TIMEOUT_MS);
  if (config.healthFile) {
    const health = keepHealthFile(
      config.healthFile,
      () => client.ws.status === Status.Ready,
      (error) => logger.warn({ err: error, file: config.healthFile }, "could not write the health file"),
    );
    stopHealth = health.stop;
    await health.written;
  }

  if (options.handleSignals ?? true) guardProcess(process, logger, stop);
  return { client, context, stop };
}

/**
 * One answer before the first user's, timed: it tells how long answers take on this corpus and machine (so a
 * large corpus defers from the start), and the code it runs is warm when the first question comes.
 */
function warmUpTimer(engine: Engine): AnswerTimer {
  const topic = firstTopicOf(engine.topics) ?? "the articles";
  const timer = new AnswerTimer();
  timer.time(() => ask(engine, `What do the articles say about ${topic}?`));
  return timer;
}

/**
 * discord.js builds an interaction from the raw gateway event and throws on a malformed one (no data, no user,
 * options that are not a list) inside its gateway handler, where no handler of ours can catch it, and the
 * rejection would end the process. Its interaction action is wrapped so that such an event is logged and dropped
 * and the bot goes on answering everyone else. (It is discord.js's internal action: checked to exist, so an
 * upgrade that renames it fails loudly at start rather than silently.)
 */
function dropMalformedInteractions(client: Client, logger: Logger): void {
  const action = (client as unknown as { actions?: { InteractionCreate?: { handle?: (data: unknown) => unknown } } }).actions
    ?.InteractionCreate;
  const handle = action?.handle?.bind(action);
  if (!action || !handle)
    throw new Error("discord.js no longer has actions.InteractionCreate.handle: see dropMalformedInteractions");
  action.handle = (data: unknown) => {
    try {
      return handle(data);
    } catch (error) {
      const ref = logReference();
      logger.warn({ ref, err: error }, "dropped a malformed interaction event");
      return undefined;
    }
  };
}

/** What the client reports that an operator needs to see: errors, warnings, and the gateway coming and going. */
function logClientEvents(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "discord client warning"));
  // While the gateway is unreachable discord.js retries about twice a second: counted, one line each 30 s.
  const disconnected = countedLog(logger, "warn", "gateway disconnected", 30_000);
  const reconnecting = countedLog(logger, "info", "reconnecting to the gateway", 30_000);
  client.on(Events.ShardDisconnect, (event) => disconnected({ code: event.code }));
  // discord.js reports interactions it cannot read (an unknown type) only as debug output.
  client.on(Events.Debug, (message) => {
    if (message.startsWith("[INTERACTION]")) logger.warn({ message }, "ignored an interaction discord.js could not read");
  });
  client.on(Events.ShardResume, () => logger.info("gateway session resumed"));
  client.on(Events.ShardReconnecting, () => reconnecting());
}

/** Logs in, or says plainly why not: a rejected token and an unreachable API are different fixes. */
async function logIn(client: Client, token: string, apiUrl: string, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  // An address that accepts connections but never answers would otherwise leave the start silent for a minute.
  const silence = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s (is DISCORD_API_URL right?)`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([client.login(token), silence]);
  } catch (error) {
    await client.destroy();
    const message = (error as Error).message;
    if ((error as { code?: string }).code === "TokenInvalid" || (error as { status?: number }).status === 401) {
      throw new BotStartError(
        "Discord rejected DISCORD_TOKEN: copy the bot token again from the developer portal (Bot → Reset Token)",
      );
    }
    throw new BotStartError(`could not connect to Discord at ${apiUrl}: ${message}`);
  } finally {
    clearTimeout(timer);
  }
}
