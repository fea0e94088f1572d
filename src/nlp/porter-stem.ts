import model from "wink-eng-lite-web-model";

// The model's own Porter stemmer, the one `its.stem` applies to tokens: called directly, a word is stemmed
// without reading a whole document, and the stems match those of indexed passages exactly.
const stem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

/** The Porter stem of one lowercase word, as wink-nlp stems tokens. */
export function porterStem(word: string): string {
  return stem(word);
}
