import { type QuantizedRows, quantizeRow } from "./quantized-rows.js";

/** Vectors per block: 65,536 rows of 100 numbers are 26 MB. */
const BLOCK_ROWS = 65_536;

/**
 * Vectors of one width, appended one at a time into large blocks. A typed array per sentence was ~1.4 million
 * small buffers at 20,000 articles for the garbage collector to track, each with its own bookkeeping.
 */
export class VectorBlocks {
  readonly #blocks: Float32Array[] = [];
  readonly width: number;
  count = 0;

  constructor(width: number) {
    this.width = width;
  }

  /** Room for one more vector, all zeros: the caller adds into it. */
  append(): Float32Array {
    const slot = this.count % BLOCK_ROWS;
    if (slot === 0) this.#blocks.push(new Float32Array(BLOCK_ROWS * this.width));
    this.count += 1;
    return this.row(this.count - 1);
  }

  /** Vector i (a view: writing to it changes the stored vector). */
  row(i: number): Float32Array {
    const block = this.#blocks[Math.floor(i / BLOCK_ROWS)] ?? new Float32Array(0);
    const start = (i % BLOCK_ROWS) * this.width;
    return block.subarray(start, start + this.width);
  }

  /**
   * Every vector, in order, in one array of its own size, each handed to `finish` in its place there (a vector of
   * zeros is left as it is). The blocks are let go as they are copied, so the two copies never both exist whole.
   */
  done(finish: (vector: Float32Array) => void): Float32Array {
    const out = new Float32Array(this.count * this.width);
    this.#drain(finish, (vector, i) => out.set(vector, i * this.width));
    return out;
  }

  /** The same as bytes (`quantized-rows.ts`): a quarter of the memory, and no full-width copy made on the way. */
  doneQuantized(finish: (vector: Float32Array) => void): QuantizedRows {
    const rows = { values: new Int8Array(this.count * this.width), scales: new Float32Array(this.count) };
    this.#drain(finish, (vector, i) => quantizeRow(vector, rows, i));
    return rows;
  }

  /** Hands each vector, finished unless all zeros, to `take`, letting each block go once read. */
  #drain(finish: (vector: Float32Array) => void, take: (vector: Float32Array, i: number) => void): void {
    for (let i = 0; i < this.count; i++) {
      const vector = this.row(i);
      if (vector.some((x) => x !== 0)) finish(vector);
      take(vector, i);
      if ((i + 1) % BLOCK_ROWS === 0) this.#blocks[Math.floor(i / BLOCK_ROWS)] = new Float32Array(0);
    }
    this.#blocks.length = 0;
    this.count = 0;
  }
}
