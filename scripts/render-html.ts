/**
 * `npm run render-html -- [--compare] [--out FILE] [--png FILE --width PX] [--corpus DIR] "question"`: the
 * Discord message an answer (or, with --compare, a comparison) would be, as a web page in Discord's dark theme:
 * to look at an answer, or check its layout in a browser, without Discord. Prints the page unless --out names a
 * file; --png photographs it in headless Chromium (Debian's `chromium`) at --width (default 720).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { ask } from "../src/answer/answer.js";
import { compareTopic } from "../src/compare/compare.js";
import { renderAnswerMessage, renderComparisonMessage } from "../src/render/discord.js";
import { messageToHtml } from "../src/render/discord-html.js";
import { findChromium, HeadlessBrowser } from "./lib/chromium.js";
import { engineFromArgs } from "./lib/engine-from-args.js";
import { runScript, ScriptError, UsageError } from "./lib/run-script.js";

runScript(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      compare: { type: "boolean", default: false },
      out: { type: "string" },
      png: { type: "string" },
      width: { type: "string", default: "720" },
      corpus: { type: "string" },
    },
  });
  if (positionals.length === 0)
    throw new UsageError('render-html -- [--compare] [--out FILE] [--png FILE --width PX] [--corpus DIR] "question"');
  const width = Number(values.width);
  if (!Number.isInteger(width) || width < 200 || width > 4000)
    throw new UsageError("--width must be a whole number of pixels, 200 to 4000");
  const engine = engineFromArgs(values.corpus);
  const question = positionals.join(" ");
  // The buttons need a key to be drawn; it names no stored question here.
  const key = "preview";
  let message: ReturnType<typeof renderAnswerMessage>;
  if (values.compare) {
    const compared = compareTopic(engine, question);
    if (!compared.ok) throw new ScriptError(compared.message);
    message = renderComparisonMessage(compared.result, engine, true, key);
  } else {
    const result = ask(engine, question);
    if (!result.ok) throw new ScriptError(result.message);
    message = renderAnswerMessage(result.answer, engine, { page: 0, key, ephemeral: true });
  }
  const html = messageToHtml(message, question);
  if (values.png) {
    const chromium = findChromium();
    if (!chromium) throw new ScriptError("render-html: --png needs Chromium: apt-get install chromium fonts-noto-color-emoji");
    const page = join(mkdtempSync(join(tmpdir(), "render-")), "page.html");
    writeFileSync(page, html);
    const browser = await HeadlessBrowser.launch(chromium);
    try {
      await browser.open(pathToFileURL(page).href, width, 600);
      writeFileSync(values.png, await browser.screenshot());
    } finally {
      await browser.close();
    }
    console.log(`wrote ${values.png} (${width} px wide)`);
  }
  if (values.out) {
    writeFileSync(values.out, html);
    console.log(`wrote ${values.out}`);
  } else if (!values.png) process.stdout.write(html);
});
