import { describe, expect, it } from "vitest";
import { RateLimiter, rateLimitedText } from "./rate-limiter.js";

describe("RateLimiter", () => {
  it("allows the limit within a minute, then says how long until the oldest question leaves the window", () => {
    const limiter = new RateLimiter(3);
    expect([0, 1000, 2000].map((t) => limiter.take("u", t).ok)).toEqual([true, true, true]);
    expect(limiter.take("u", 30_000)).toEqual({ ok: false, retryAfterMs: 30_000 });
    expect(limiter.take("other", 30_000).ok).toBe(true);
    expect(limiter.take("u", 60_000).ok).toBe(true);
  });

  it("does not count refused questions against the user", () => {
    const limiter = new RateLimiter(1);
    limiter.take("u", 0);
    for (let t = 1; t < 10; t++) limiter.take("u", t * 1000);
    expect(limiter.take("u", 60_000).ok).toBe(true);
  });

  it("forgets idle users a few at a time and never remembers more than its bound", () => {
    const limiter = new RateLimiter(1, 60_000, 1000);
    for (let i = 0; i < 5000; i++) limiter.take(`u${i}`, 0);
    expect(limiter.size).toBeLessThanOrEqual(1001);
    for (let i = 0; i < 3000; i++) limiter.take(`v${i}`, 61_000 + i);
    // Everyone from the first burst is idle by now and has been dropped as the new users came.
    expect(limiter.size).toBeLessThanOrEqual(1001);
    expect(limiter.take("v2999", 61_000 + 3000).ok).toBe(false);
  });

  it("tells the user when to try again, in whole seconds", () => {
    expect(rateLimitedText(1)).toBe("You are asking faster than the limit allows: try again in 1 second.");
    expect(rateLimitedText(12_300)).toMatch(/try again in 13 seconds\.$/);
  });
});
