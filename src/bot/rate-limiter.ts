export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/** Users remembered at most: past it the longest-idle are forgotten first (which errs toward letting them ask). */
const MAX_USERS = 200_000;

/**
 * A sliding one-minute window per user: at most `perMinute` requests in any 60 seconds. Each check costs
 * O(perMinute), whatever the number of users: users are kept in order of their last request, so the idle
 * ones are found at the front and dropped a few at a time, never by scanning everyone.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly windowMs = 60_000,
    private readonly maxUsers = MAX_USERS,
  ) {}

  /** Counts the request when allowed; when not, says how long until the oldest one leaves the window. */
  take(userId: string, now = Date.now()): RateDecision {
    const times = (this.recent.get(userId) ?? []).filter((t) => now - t < this.windowMs);
    const allowed = times.length < this.perMinute;
    if (allowed) times.push(now);
    // Re-inserted at the end: the map stays ordered by each user's last request.
    this.recent.delete(userId);
    this.recent.set(userId, times);
    this.forgetIdle(now);
    return allowed ? { ok: true } : { ok: false, retryAfterMs: this.windowMs - (now - (times[0] ?? 0)) };
  }

  /** Users remembered now (for tests and benchmarks). */
  get size(): number {
    return this.recent.size;
  }

  private forgetIdle(now: number): void {
    for (let dropped = 0; dropped < 2; dropped++) {
      const oldest = this.recent.entries().next();
      if (oldest.done) return;
      const [user, times] = oldest.value;
      const idle = times.every((t) => now - t >= this.windowMs);
      if (!idle && this.recent.size <= this.maxUsers) return;
      this.recent.delete(user);
    }
  }
}

/** "Try again in 12 seconds." — the message a limited user gets. */
export function rateLimitedText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking faster than the limit allows: try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
}
