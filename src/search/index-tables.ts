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
  /** Per term: the passages holding it (its document frequency) and its uses in the whole corpus. Counted at
   * build time: at 20,000 articles counting them over the 9 million rows was ~60 ms of every start. */
  termPassages: Uint32Array;
  termUses: Uint32Array;
}

/** Per term of a vocabulary this size: the passages holding it and its uses, from the rows. */
export function perTermCounts(
  vocabularySize: number,
  termIds: Uint32Array,
  termCounts: Uint32Array,
): Pick<IndexTables, "termPassages" | "termUses"> {
  const termPassages = new Uint32Array(vocabularySize);
  const termUses = new Uint32Array(vocabularySize);
  for (let row = 0; row < termIds.length; row++) {
    const id = termIds[row] ?? 0;
    termPassages[id] = (termPassages[id] ?? 0) + 1;
    termUses[id] = (termUses[id] ?? 0) + (termCounts[row] ?? 0);
  }
  return { termPassages, termUses };
}

/** Numbers per block of a column: 256 KB. */
const COLUMN_BLOCK = 65_536;

/**
 * A growable column of 32-bit numbers (a plain array of numbers costs twice the memory), kept in blocks: an array
 * that doubles holds its old and new copies at once, and the build's five term columns doubled together near their
 * end (~0.5 GB at 20,000 articles).
 */
export class Column {
  readonly #blocks: Uint32Array[] = [];
  length = 0;

  push(value: number): void {
    const slot = this.length % COLUMN_BLOCK;
    if (slot === 0) this.#blocks.push(new Uint32Array(COLUMN_BLOCK));
    const block = this.#blocks[this.#blocks.length - 1] as Uint32Array;
    block[slot] = value;
    this.length++;
  }

  /** The values, in an array of their own size; the column is emptied (its blocks let go as they are copied). */
  done(): Uint32Array {
    const out = new Uint32Array(this.length);
    this.#drain((block, at, count) => out.set(block.subarray(0, count), at));
    return out;
  }

  /** The same as 16-bit numbers, each above 65,535 kept at 65,535. */
  doneAs16Bits(): Uint16Array {
    const out = new Uint16Array(this.length);
    this.#drain((block, at, count) => {
      for (let i = 0; i < count; i++) out[at + i] = Math.min(block[i] ?? 0, 0xffff);
    });
    return out;
  }

  /** Hands over each block with where its values go and how many it holds, forgetting it as it goes. */
  #drain(take: (block: Uint32Array, at: number, count: number) => void): void {
    for (let at = 0; this.#blocks.length > 0; at += COLUMN_BLOCK)
      take(this.#blocks.shift() as Uint32Array, at, Math.min(COLUMN_BLOCK, this.length - at));
    this.length = 0;
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
