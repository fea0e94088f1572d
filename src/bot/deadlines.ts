import { SnowflakeUtil } from "discord.js";

/**
 * Discord accepts the first response to an interaction within 3 s of its creation; older than this, an
 * acknowledgement can no longer arrive in time (a round trip to Discord takes some).
 */
export const EXPIRED_AFTER_MS = 2700;
/** Older than this, there is no time to build the answer before acknowledging: defer first. */
export const DEFER_AFTER_MS = 1500;

/** How long ago Discord created the interaction (its id is a snowflake that carries the time). */
export const ageOf = (interaction: { id: string }, now = Date.now()): number => now - SnowflakeUtil.timestampFrom(interaction.id);

/**
 * At most `max` interactions worked on at once; the rest wait their turn, and each is checked for its deadline
 * when its turn comes. When the bot is behind, time goes to interactions that can still be answered, and the
 * queue of work in progress stays bounded.
 */
export class WorkSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  /** Resolves with a release function once a slot is free. */
  async acquire(): Promise<() => void> {
    if (this.active < this.max) this.active += 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    return () => {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}

/** Interactions worked on at once: enough to keep Discord's REST busy, few enough to answer each in time. */
export const WORK_SLOTS = 16;
