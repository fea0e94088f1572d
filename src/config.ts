import { config as loadDotenv } from "dotenv";

/** Everything the bot reads from its environment; documented one by one in .env.example. */
export interface Config {
  /** Absent: console mode. */
  discordToken: string | null;
  discordClientId: string | null;
  /** Register commands to this guild only (instant, for development); absent: globally. */
  discordGuildId: string | null;
  /** REST base passed to discord.js (`rest.api`): for proxies and the loopback Discord in tests. */
  discordApiUrl: string;
  logLevel: LogLevel;
  /** Whether logs may carry questions' text; otherwise only each question's length and hash. */
  logQuestions: boolean;
  corpusDir: string;
  /** Where the built index is kept; absent: the corpus folder's `.index`. */
  indexDir: string | null;
  feedbackFile: string;
  /** Touched every 20 s while connected, for a supervisor's health check; absent: none kept. */
  healthFile: string | null;
  /** Questions a user may ask per minute. */
  rateLimitPerMinute: number;
  /** Whether /ask answers are public unless the user says otherwise. */
  publicByDefault: boolean;
}

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DISCORD_API_URL = "https://discord.com/api";

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const optional = (env: Env, name: string): string | null => {
  const value = env[name]?.trim();
  return value ? value : null;
};

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1)
    throw new ConfigError(`config: ${name} must be a whole number of at least 1 (got "${raw}")`);
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (["true", "1", "yes"].includes(raw)) return true;
  if (["false", "0", "no"].includes(raw)) return false;
  throw new ConfigError(`config: ${name} must be true or false (got "${raw}")`);
}

const SNOWFLAKE = /^\d{17,20}$/;

/** Reads and validates the environment (after loading `.env` when there is one); the only reader of process.env. */
export function loadConfig(env: Env = readEnvironment()): Config {
  const discordToken = optional(env, "DISCORD_TOKEN");
  if (discordToken !== null && /\s/.test(discordToken)) {
    throw new ConfigError("config: DISCORD_TOKEN contains white space: paste the bot token from the developer portal exactly");
  }
  const discordClientId = optional(env, "DISCORD_CLIENT_ID");
  if (discordClientId !== null && !SNOWFLAKE.test(discordClientId)) {
    throw new ConfigError("config: DISCORD_CLIENT_ID must be the application's numeric id (17–20 digits)");
  }
  const discordGuildId = optional(env, "DISCORD_GUILD_ID");
  if (discordGuildId !== null && !SNOWFLAKE.test(discordGuildId)) {
    throw new ConfigError("config: DISCORD_GUILD_ID must be a server's numeric id (17–20 digits), or left empty");
  }
  const discordApiUrl = optional(env, "DISCORD_API_URL") ?? DEFAULT_DISCORD_API_URL;
  if (!/^https?:\/\/[^\s/]+/.test(discordApiUrl))
    throw new ConfigError(`config: DISCORD_API_URL must be an http(s) URL (got "${discordApiUrl}")`);
  const logLevel = (optional(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`config: LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${logLevel}")`);
  }
  return {
    discordToken,
    discordClientId,
    discordGuildId,
    discordApiUrl: discordApiUrl.replace(/\/+$/, ""),
    logLevel: logLevel as LogLevel,
    logQuestions: boolean(env, "LOG_QUESTIONS", false),
    corpusDir: optional(env, "CORPUS_DIR") ?? "corpus",
    indexDir: optional(env, "INDEX_DIR"),
    feedbackFile: optional(env, "FEEDBACK_FILE") ?? "feedback.jsonl",
    healthFile: optional(env, "HEALTH_FILE"),
    rateLimitPerMinute: positiveInteger(env, "RATE_LIMIT_PER_MINUTE", 10),
    publicByDefault: boolean(env, "ANSWERS_PUBLIC_BY_DEFAULT", false),
  };
}

function readEnvironment(): Env {
  loadDotenv({ quiet: true });
  return process.env;
}
