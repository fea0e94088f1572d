import { createInterface } from "node:readline";
import { ask } from "./answer/answer.js";
import { citationsOf, findCitationTarget } from "./answer/citations.js";
import { lookUpPassage } from "./answer/passage-lookup.js";
import { inTextCitation, referenceCitation } from "./cite/short-citation.js";
import { compareTopic } from "./compare/compare.js";
import type { Engine } from "./engine.js";
import { renderCitationsText } from "./render/citation-text.js";
import { renderAnswerText, renderSourcesText, renderTopicComparisonText } from "./render/terminal.js";
import { wrapText } from "./render/wrap-text.js";

export const CONSOLE_HELP = [
  "Ask a question about the articles in your own words (or about the articles themselves: a summary,",
  "paragraph 3, how each one ends, who wrote them), or type a command:",
  "  full <q>       every passage and the whole comparison, e.g. full What role does Russia play?",
  "  compare <q>    the authors side by side on a question or topic, e.g. compare sanctions",
  "  cite <id|q>    citations for a passage (or a question's best passage), e.g. cite hilton-2017#p9",
  "  sources        the articles the answers come from",
  "  passage <id>   one passage in full, e.g. passage hilton-2017#p9",
  "  help           this text",
  "  quit           leave (Ctrl+D works too)",
  "Discord's way works too: /ask <q>, /passage <id>, /sources…",
].join("\n");

/** The console's commands, and Discord's /ask: a line opening with one of them after a "/" is that command. */
const COMMANDS = new Set(["ask", "full", "compare", "cite", "sources", "passage", "help", "quit", "exit"]);

/** Articles `sources` lists at the console; `npm run sources` lists every one. */
const SOURCES_LISTED = 50;

export interface ConsoleReply {
  output: string;
  quit: boolean;
}

/** One line typed at the console → what to print. Pure, so every command is testable without a terminal. */
export function handleConsoleLine(engine: Engine, line: string): ConsoleReply {
  const text = line.trim();
  const [typed = "", ...rest] = text.split(/\s+/);
  const argument = rest.join(" ");
  const reply = (output: string, quit = false): ConsoleReply => ({ output, quit });
  // People used to the bot type its slash commands here too ("/passage hilton-2017#p9").
  const slashed = typed.length > 1 && typed.startsWith("/") ? typed.slice(1).toLowerCase() : null;
  if (slashed !== null && !COMMANDS.has(slashed))
    return reply(`There is no command ${typed}. Type help for the commands, or ask a question in your own words.`);
  const command = slashed ?? typed.toLowerCase();
  switch (command) {
    case "":
      return reply("");
    case "quit":
    case "exit":
      return reply("Bye.", true);
    case "help":
      return reply(CONSOLE_HELP);
    case "sources":
      return reply(renderSourcesText(engine.articles, engine.topics, SOURCES_LISTED));
    case "cite": {
      if (!argument) return reply("Cite what? Give a passage id or a question, e.g. cite hilton-2017#p9");
      const target = findCitationTarget(engine, argument);
      return reply(target.ok ? renderCitationsText(citationsOf(engine, target.passage)) : target.message);
    }
    case "compare": {
      if (!argument) return reply("Compare on what? For example: compare sanctions");
      const compared = compareTopic(engine, argument);
      return reply(compared.ok ? renderTopicComparisonText(compared.result, engine) : compared.message);
    }
    case "passage": {
      if (!argument) return reply("Which passage? For example: passage hilton-2017#p9");
      const lookup = lookUpPassage(engine, argument);
      if (!lookup.ok) return reply(lookup.message);
      const { passage, article, previous, next } = lookup.found;
      const around = [previous && `previous: ${previous.id}`, next && `next: ${next.id}`].filter(Boolean).join(" · ");
      return reply(
        [`“${passage.text}”`, `— ${inTextCitation(article, passage)}`, referenceCitation(article, passage), around]
          .filter(Boolean)
          .join("\n"),
      );
    }
    case "full": {
      if (!argument) return reply("Full answer to what? For example: full What role does Russia play?");
      const result = ask(engine, argument);
      return reply(result.ok ? renderAnswerText(result.answer, engine, { full: true, moreHint: "" }) : result.message);
    }
    default: {
      // Only "/ask" is the command: a question may open with the word ("Ask Hilton…" asks the question whole).
      const result = ask(engine, slashed === "ask" ? argument : text);
      const moreHint = "type full and the question";
      return reply(result.ok ? renderAnswerText(result.answer, engine, { full: false, moreHint }) : result.message);
    }
  }
}

/** The interactive console: same answers as the bot, no Discord. */
export async function runConsole(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const rl = createInterface({ input, output, terminal: (output as { isTTY?: boolean }).isTTY === true });
  output.write(`${CONSOLE_HELP}\n\n`);
  rl.setPrompt("ask> ");
  rl.prompt();
  for await (const line of rl) {
    const { output: text, quit } = handleConsoleLine(engine, line);
    // On a terminal, long quotes wrap at its width; piped output stays one line per paragraph.
    const columns = (output as { isTTY?: boolean; columns?: number }).isTTY
      ? (output as { columns?: number }).columns
      : undefined;
    if (text) output.write(`${columns ? wrapText(text, columns - 1) : text}\n\n`);
    if (quit) break;
    rl.prompt();
  }
  rl.close();
}
