import type { Command } from "../src/bot/command.js";
import ask from "./ask.js";
import cite from "./cite.js";
import compare from "./compare.js";
import help from "./help.js";
import passage from "./passage.js";
import sources from "./sources.js";

/** Every slash command, listed rather than discovered, so what is deployed is what is written here. */
export const commands: Command[] = [ask, compare, cite, sources, passage, help];
