/**
 * What the index knows of every passage, in columns of numbers rather than a map per passage: a corpus of
 * 200,000 passages is a few typed arrays, written to disk and read back as they are (`npm run build-index`).
 */
export interface IndexTables {
  /** Every term, sorted: a term's id is its position. */
  vocabulary: string[];
  /** Passage i's terms are rows termStart[i] .. termStart[i + 1], by id. */
  termStart: Uint32Array;
  termIds: Uint32Array;
  termCounts: Uint32Array;
  /** Sentences showing the term, as a bit mask (bit i: sentence i). */
  termSentences: Uint32Array;
  /**
   * How often the passage uses the term as a content term (an entity or content word, not a word inside a name
   * nor a broader entity), and as a name or noun: what a comparison weighs a source's wording by, read at build
   * time so the first comparison of a passage reads no text.
   */
  termContentCounts: Uint16Array;
  termNounCounts: Uint16Array;
  /** Terms counted in each passage (BM25's document length). */
  lengths: Uint32Array;
  /** Passage i's sentences are spans sentenceStart[i] .. sentenceStart[i + 1]. */
  sentenceStart: Uint32Array;
  /** Per sentence: start and end in its passage's text (UTF-16 offsets). */
  sentenceSpans: Uint32Array;
}

/** A growable column of 32-bit numbers (a plain array of numbers costs twice the memory). */
export class Column {
  #values = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.#values.length) {
      const grown = new Uint32Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.length++] = value;
  }

  /** The values, in an array of their own size. */
  done(): Uint32Array {
    return this.#values.slice(0, this.length);
  }
}

/** Rows lo..hi of a table sorted by term id: binary search (a passage holds some dozens of terms). */
export function findRow(termIds: Uint32Array, lo: number, hi: number, id: number): number {
  let low = lo;
  let high = hi;
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = termIds[mid] ?? 0;
    if (at === id) return mid;
    if (at < id) low = mid + 1;
    else high = mid;
  }
  return -1;
}
