export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** A sliding one-minute window per user: at most `perMinute` questions in any 60 seconds. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts the question when allowed; when not, says how long until the oldest one leaves the window. */
  take(userId: string, now = Date.now()): RateDecision {
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.perMinute) {
      this.recent.set(userId, times);
      return { ok: false, retryAfterMs: this.windowMs - (now - (times[0] ?? 0)) };
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.forgetIdle(now);
    return { ok: true };
  }

  private forgetIdle(now: number): void {
    for (const [user, times] of this.recent) if (times.every((t) => now - t >= this.windowMs)) this.recent.delete(user);
  }
}

/** "Try again in 12 seconds." — the message a limited user gets. */
export function rateLimitedText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking faster than the limit allows: try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}
