/** How many recent answers the estimate looks back on. */
const WINDOW = 32;

/**
 * How long answers take on this corpus and machine, measured: the slowest of the recent ones is what the next
 * may take. The bot defers a reply first when that, plus how long the interaction has already waited, would
 * run past the moment a direct reply must be on its way — decided by measured time, not by corpus size.
 */
export class AnswerTimer {
  private readonly recent: number[] = [];

  /** `measuredMs`: answers already timed (the start-up's warm-up answer, or a test's assumption). */
  constructor(...measuredMs: number[]) {
    for (const ms of measuredMs) this.record(ms);
  }

  record(ms: number): void {
    this.recent.push(ms);
    if (this.recent.length > WINDOW) this.recent.shift();
  }

  expectedMs(): number {
    return this.recent.reduce((slowest, ms) => Math.max(slowest, ms), 0);
  }

  /** Times one answer and records it. */
  time<T>(work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.record(performance.now() - started);
    }
  }
}
