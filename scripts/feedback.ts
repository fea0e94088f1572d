/** `npm run feedback [-- --file F] [--json]`: the 👍/👎 votes summarised per question and per passage. */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { summariseFeedback } from "../src/bot/feedback-summary.js";
import { loadConfig } from "../src/config.js";
import { runScript, ScriptError } from "./lib/run-script.js";

runScript(() => {
  const { values } = parseArgs({ options: { file: { type: "string" }, json: { type: "boolean", default: false } } });
  const file = values.file ?? loadConfig().feedbackFile;
  if (!existsSync(file)) throw new ScriptError(`feedback: no votes yet: ${file} does not exist`);
  const summary = summariseFeedback(readFileSync(file, "utf8"));
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const tally = ({ up, down }: { up: number; down: number }) => `👍 ${up}  👎 ${down}`;
  console.log(
    `${summary.votes} votes (one per user per question)${summary.skippedLines ? `; ${summary.skippedLines} unreadable lines skipped` : ""}`,
  );
  console.log("\nBy question:");
  for (const { question, tally: t } of summary.byQuestion) console.log(`  ${tally(t)}  ${question}`);
  console.log("\nBy passage shown:");
  for (const { passageId, tally: t } of summary.byPassage) console.log(`  ${tally(t)}  ${passageId}`);
});
