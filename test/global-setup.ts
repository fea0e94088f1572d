import { ensureChromium } from "../scripts/lib/chromium.js";
import { ensureLexicon } from "../src/lexicon/lexicon.js";

/**
 * Once before every test file: the lexicon `npm install` prepares, prepared now if it was skipped, and the
 * headless Chromium of the layout tests, installed from Debian's packages if missing.
 */
export default function setup(): void {
  ensureLexicon();
  ensureChromium();
}
