import { type DestinationStream, pino } from "pino";
import type { LogLevel } from "../config.js";

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Every secret given (the bot token) is replaced in whatever is written, wherever
 * it appears (a message, an error, a URL), so no log line can leak it.
 */
export function createLogger(level: LogLevel, secrets: string[], destination?: DestinationStream): Logger {
  const hidden = secrets.filter((secret) => secret.length >= 8);
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    hooks: {
      streamWrite: (line: string) => hidden.reduce((text, secret) => text.split(secret).join("[redacted]"), line),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
