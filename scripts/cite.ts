/**
 * `npm run cite -- [--style S] [--json] [--corpus DIR] <passage id or question>`: ready citations for a
 * passage (a question cites its best passage). Styles: apa, mla, chicago-note, chicago-bibliography, bibtex, plain.
 */
import { parseArgs } from "node:util";
import { citationsOf, findCitationTarget } from "../src/answer/citations.js";
import { CITATION_STYLES, type CitationStyle } from "../src/cite/cite-passage.js";
import { renderCitationsText } from "../src/render/citation-text.js";
import { engineFromArgs } from "./lib/engine-from-args.js";
import { printText } from "./lib/print-text.js";
import { runScript, ScriptError, UsageError } from "./lib/run-script.js";

runScript(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { style: { type: "string" }, json: { type: "boolean", default: false }, corpus: { type: "string" } },
  });
  const style = values.style?.trim().toLowerCase() as CitationStyle | undefined;
  if (style !== undefined && !CITATION_STYLES.includes(style)) {
    throw new UsageError(`--style must be one of ${CITATION_STYLES.join(", ")} (got "${style}")`);
  }
  if (positionals.length === 0) throw new UsageError("cite -- [--style S] [--json] <passage id or question>");
  const engine = engineFromArgs(values.corpus);
  const target = findCitationTarget(engine, positionals.join(" "));
  if (!target.ok) throw new ScriptError(target.message);
  const citations = citationsOf(engine, target.passage);
  if (values.json) {
    const { passageId, quote, styles } = citations;
    console.log(JSON.stringify({ passageId, quote, styles }, null, 2));
  } else printText(renderCitationsText(citations, style));
});
