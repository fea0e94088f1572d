import type { Logger } from "./logger.js";

/**
 * A log line for something that may happen many times a second (interactions dropped in a backlog, reconnect
 * attempts while the gateway is down): the first occurrence is written at once, later ones are counted and
 * written as one line per interval with the count, so the log shows what happens without an error storm.
 */
export function countedLog(logger: Logger, level: "info" | "warn", message: string, intervalMs: number) {
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  let last: Record<string, unknown> = {};
  return (fields: Record<string, unknown> = {}): void => {
    last = fields;
    if (timer) {
      count += 1;
      return;
    }
    logger[level]({ ...fields, count: 1 }, message);
    const flush = () => {
      if (count === 0) {
        timer = undefined;
        return;
      }
      logger[level]({ ...last, count }, message);
      count = 0;
      timer = setTimeout(flush, intervalMs).unref();
    };
    timer = setTimeout(flush, intervalMs).unref();
  };
}
