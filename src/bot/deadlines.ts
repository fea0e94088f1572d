import { SnowflakeUtil } from "discord.js";
import type { Logger } from "./logger.js";

/** Discord accepts the first response to an interaction within 3 s of its creation. */
const ACK_WINDOW_MS = 3000;
/** Older than this, an acknowledgement can no longer arrive in time (a round trip to Discord takes some). */
export const EXPIRED_AFTER_MS = 2700;
/** Older than this, there is no time to build the answer before acknowledging: defer first. */
export const DEFER_AFTER_MS = 1500;

/** How long ago Discord created the interaction (its id is a snowflake that carries the time). */
export const ageOf = (interaction: { id: string }, now = Date.now()): number => now - SnowflakeUtil.timestampFrom(interaction.id);

/**
 * Counts interactions dropped because they arrived too late to be acknowledged (a backlog, a stalled event loop)
 * and logs them as one line a second with the count, rather than one error per interaction.
 */
export class ExpiredInteractions {
  private count = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly logger: Logger) {}

  drop(age: number): void {
    this.count += 1;
    this.timer ??= setTimeout(() => {
      this.logger.warn(
        { dropped: this.count, ackWindowMs: ACK_WINDOW_MS, lastAgeMs: age },
        "dropped interactions that arrived too late to be acknowledged",
      );
      this.count = 0;
      this.timer = undefined;
    }, 1000).unref();
  }
}
