import { randomBytes } from "node:crypto";
import { type DestinationStream, pino } from "pino";
import type { LogLevel } from "../config.js";

export type Logger = pino.Logger;

/** A short reference tying a log line to what a user or an operator was told ("ref 1a2b3c4d"). */
export const logReference = (): string => randomBytes(4).toString("hex");

/**
 * Interaction tokens travel in the paths of the webhook and callback URLs a failed request's error carries
 * (`/webhooks/<app>/<token>/messages/@original`): valid 15 minutes, they let the holder post as the bot.
 */
const INTERACTION_TOKEN_IN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)[A-Za-z0-9_.:-]{20,}/g;

/**
 * Structured JSON logs. Every secret given (the bot token) is replaced in whatever is written, wherever
 * it appears (a message, an error, a URL), and so is any interaction token in a URL, so no log line can leak
 * them. The bodies of failed requests (a user's question, the answer) are left out.
 */
export function createLogger(level: LogLevel, secrets: string[], destination?: DestinationStream): Logger {
  const hidden = secrets.filter((secret) => secret.length >= 8);
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    redact: { paths: ["requestBody", "*.requestBody"], censor: "[redacted]" },
    hooks: {
      streamWrite: (line: string) =>
        hidden
          .reduce((text, secret) => text.split(secret).join("[redacted]"), line)
          .replace(INTERACTION_TOKEN_IN_PATH, "$1[redacted]"),
    },
  };
  // Each line is written as it is logged. pino's default stream writes later, on a worker of the thread pool, and
  // its flush returns at once: a process ended by a signal right after its last lines (`guardProcess`) could lose
  // them, e.g. why it ended so.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}
