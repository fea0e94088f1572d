/** `npm run compare -- [--json] [--corpus DIR] "question or topic"`: the authors side by side. */
import { parseArgs } from "node:util";
import { compareTopic } from "../src/compare/compare.js";
import { topicComparisonToJson } from "../src/render/json.js";
import { renderTopicComparisonText } from "../src/render/terminal.js";
import { engineFromArgs } from "./lib/engine-from-args.js";
import { printText } from "./lib/print-text.js";
import { runScript, ScriptError, UsageError } from "./lib/run-script.js";

runScript(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, corpus: { type: "string" } },
  });
  if (positionals.length === 0) throw new UsageError('compare -- [--json] [--corpus DIR] "question or topic"');
  const engine = engineFromArgs(values.corpus);
  const compared = compareTopic(engine, positionals.join(" "));
  if (!compared.ok) throw new ScriptError(compared.message);
  if (values.json) console.log(JSON.stringify(topicComparisonToJson(compared.result), null, 2));
  else printText(renderTopicComparisonText(compared.result, engine));
});
