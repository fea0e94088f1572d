import { createHash } from "node:crypto";
import type { Interaction } from "discord.js";

/** How a question appears in a log line. */
export type LoggedQuestion = { question: string } | { questionLength: number; questionHash: string };

/**
 * What users write is theirs: by default a log carries a question's length and the start of its SHA-256 (enough
 * to see the same question asked again, or to find a reported one), and its text only with LOG_QUESTIONS=true.
 */
export function loggedQuestion(text: string, logQuestions: boolean): LoggedQuestion {
  if (logQuestions) return { question: text };
  return { questionLength: [...text].length, questionHash: createHash("sha256").update(text).digest("hex").slice(0, 12) };
}

/** The question an interaction carries (a command's `question` option), as it may be logged; {} when none. */
export function questionOf(interaction: Interaction, logQuestions: boolean): LoggedQuestion | Record<string, never> {
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return {};
  const text = interaction.options.get("question")?.value;
  return typeof text === "string" ? loggedQuestion(text, logQuestions) : {};
}
