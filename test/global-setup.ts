import { ensureLexicon } from "../src/lexicon/lexicon.js";

/** Once before every test file: the lexicon `npm install` prepares, prepared now if it was skipped. */
export default function setup(): void {
  ensureLexicon();
}
