import { rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";

/** How often a connected bot marks itself alive; a supervisor's check allows a few missed beats. */
export const HEARTBEAT_MS = 20_000;
export const STALE_AFTER_MS = 3 * HEARTBEAT_MS;

/**
 * A file whose modification time says the bot was connected to Discord a moment ago: what a container
 * HEALTHCHECK or a watchdog reads without a port to open. Written only while the gateway is ready, so a bot
 * stuck reconnecting goes stale and is restarted.
 */
export function keepHealthFile(
  file: string,
  isConnected: () => boolean,
  onError: (error: unknown) => void,
): { written: Promise<void>; stop: () => Promise<void> } {
  // Written asynchronously, one write at a time: a hung disk must not stall answering, only go stale.
  let inFlight: Promise<void> | null = null;
  const beat = () => {
    if (!isConnected() || inFlight) return;
    inFlight = writeFile(file, `${new Date().toISOString()}\n`)
      .catch(onError)
      .finally(() => {
        inFlight = null;
      });
  };
  beat();
  const written = inFlight ?? Promise.resolve();
  const timer = setInterval(beat, HEARTBEAT_MS).unref();
  return {
    written,
    async stop() {
      clearInterval(timer);
      // A write still on its way would bring the file back after it is removed; a hung one is not waited for long.
      await Promise.race([inFlight, new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
      rmSync(file, { force: true });
    },
  };
}

/** Whether the health file was written within STALE_AFTER_MS; the reason when not. */
export function readHealth(file: string, now = Date.now()): { healthy: true } | { healthy: false; reason: string } {
  let modified: number;
  try {
    modified = statSync(file).mtimeMs;
  } catch {
    return { healthy: false, reason: `${file} does not exist: the bot is not connected (or HEALTH_FILE differs)` };
  }
  const age = now - modified;
  if (age > STALE_AFTER_MS) return { healthy: false, reason: `${file} is ${Math.round(age / 1000)} s old: the bot lost Discord` };
  return { healthy: true };
}
