import { ensureChromium } from "../scripts/lib/chromium.js";
import { openEngine } from "../src/engine.js";
import { ensureLexicon } from "../src/lexicon/lexicon.js";

/**
 * Once before every test file: the lexicon `npm install` prepares, prepared now if it was skipped; the real
 * corpus's index, so the many processes the tests start read it rather than all building it at once; and the
 * headless Chromium of the layout tests, installed from Debian's packages if missing.
 */
export default function setup(): void {
  const lexicon = ensureLexicon();
  openEngine("corpus", { lexicon, log: () => {} });
  ensureChromium();
}
