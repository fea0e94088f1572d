import { UsageError } from "./run-script.js";

export const MAX_LIMIT = 20;

/** `--limit N`: how many passages, 1 to MAX_LIMIT; undefined keeps the default. */
export function parseLimit(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT) {
    throw new UsageError(`--limit must be a whole number from 1 to ${MAX_LIMIT} (got "${raw}")`);
  }
  return Number(raw);
}
