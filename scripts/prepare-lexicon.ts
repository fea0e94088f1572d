/**
 * `npm run prepare-lexicon [-- --dir DIR] [--raw-vectors] [--if-missing]`: builds the compact WordNet +
 * word-vector lexicon from the installed packages. `npm install` runs it (postinstall, --if-missing); the
 * engine prepares it on first start otherwise.
 */
import { parseArgs } from "node:util";
import { DEFAULT_LEXICON_DIR, LexiconError, loadLexicon } from "../src/lexicon/lexicon.js";
import { prepareLexicon } from "../src/lexicon/prepare-lexicon.js";
import { runScript } from "./lib/run-script.js";

runScript(() => {
  const { values } = parseArgs({
    options: {
      dir: { type: "string", default: DEFAULT_LEXICON_DIR },
      "raw-vectors": { type: "boolean", default: false },
      "if-missing": { type: "boolean", default: false },
    },
  });
  if (values["if-missing"]) {
    try {
      loadLexicon(values.dir);
      console.error(`lexicon: ready in ${values.dir}`);
      return;
    } catch (error) {
      if (!(error instanceof LexiconError)) throw error;
    }
  }
  prepareLexicon(values.dir, { retrofitVectors: !values["raw-vectors"], log: (line) => console.error(line) });
});
