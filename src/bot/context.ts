import type { Config } from "../config.js";
import type { Engine } from "../engine.js";
import type { AnswerSessions } from "./answer-sessions.js";
import type { AnswerTimer } from "./answer-timer.js";
import type { WorkSlots } from "./deadlines.js";
import type { FeedbackStore } from "./feedback-store.js";
import type { Logger } from "./logger.js";
import type { RateLimiter } from "./rate-limiter.js";

/** What every command and button handler is given: built once at start. */
export interface BotContext {
  engine: Engine;
  config: Config;
  logger: Logger;
  sessions: AnswerSessions;
  feedback: FeedbackStore;
  /** Questions per user: commands that search, and the answer buttons. */
  limiter: RateLimiter;
  /** Autocomplete runs on every keystroke, so it has a looser limit of its own. */
  autocompleteLimiter: RateLimiter;
  /** Counts an interaction dropped for arriving too late (logged as counts, not one line each). */
  dropExpired: (fields: { ageMs: number }) => void;
  /** Bounds the interactions worked on at once. */
  slots: WorkSlots;
  /** How long answers take here, measured: decides whether a reply is deferred first. */
  answerTimer: AnswerTimer;
}

/** Autocomplete requests allowed per question allowed: a few keystrokes per question typed. */
export const AUTOCOMPLETE_PER_QUESTION = 10;
