import model from "wink-eng-lite-web-model";

// The model's own Porter stemmer, the one `its.stem` applies to tokens: called directly, a word is stemmed
// without reading a whole document, and the stems match those of indexed passages exactly.
const stem = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;

const HAS_DIGIT = /\d/;

/**
 * The Porter stem of one word, lowercase, as wink-nlp stems tokens. A word with a digit ("ww3", "G20") is no English
 * word to stem, and is kept whole but for its case: the stemmer turns its "3" into "i" ("ww3" → "wwi", "mp3" → "mpi").
 */
export function porterStem(word: string): string {
  return HAS_DIGIT.test(word) ? word.toLowerCase() : stem(word);
}
