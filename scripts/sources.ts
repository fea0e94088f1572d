/** `npm run sources [-- --json] [--corpus DIR]`: the articles the bot answers from. */
import { parseArgs } from "node:util";
import { sourcesToJson } from "../src/render/json.js";
import { renderSourcesText } from "../src/render/terminal.js";
import { engineFromArgs } from "./lib/engine-from-args.js";
import { printText } from "./lib/print-text.js";
import { runScript } from "./lib/run-script.js";

runScript(() => {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false }, corpus: { type: "string" } } });
  const engine = engineFromArgs(values.corpus);
  if (values.json) console.log(JSON.stringify(sourcesToJson(engine.articles), null, 2));
  else printText(renderSourcesText(engine.articles, engine.topics));
});
