/**
 * `npm run ask -- "question"`: one answer as readable text, short (the best passage of each author and the
 * comparison in brief); `--full` shows every passage and the whole comparison.
 * `--json` prints the machine-readable answer; `--batch` reads one question per line from standard input
 * and prints one JSON object per line (blank lines are skipped); `--limit N` passages (default 5);
 * `--corpus DIR` another corpus folder.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { ask } from "../src/answer/answer.js";
import { answerToJson } from "../src/render/json.js";
import { renderAnswerText } from "../src/render/terminal.js";
import { engineFromArgs } from "./lib/engine-from-args.js";
import { parseLimit } from "./lib/parse-limit.js";
import { printText } from "./lib/print-text.js";
import { runScript, ScriptError, UsageError } from "./lib/run-script.js";

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      full: { type: "boolean", default: false },
      batch: { type: "boolean", default: false },
      limit: { type: "string" },
      corpus: { type: "string" },
    },
  });
  const limit = parseLimit(values.limit);
  if (values.batch && positionals.length > 0)
    throw new UsageError("--batch reads questions from standard input; give no question argument");
  if (!values.batch && positionals.length === 0)
    throw new UsageError('ask -- [--full] [--json] [--limit N] [--corpus DIR] "your question"  (or --batch < questions.txt)');
  const engine = engineFromArgs(values.corpus);

  if (values.batch) {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line.trim() === "") continue;
      const result = ask(engine, line, { limit });
      console.log(JSON.stringify(result.ok ? answerToJson(result.answer) : { question: line, error: result.message }));
    }
    return;
  }
  const result = ask(engine, positionals.join(" "), { limit });
  if (!result.ok) throw new ScriptError(result.message);
  if (values.json) console.log(JSON.stringify(answerToJson(result.answer), null, 2));
  else printText(renderAnswerText(result.answer, engine, { full: values.full, moreHint: "add --full" }));
});
