import { type QuantizedRows, quantizeRow } from "./quantized-rows.js";

/** Vectors per block: 65,536 rows of 100 numbers are 13 MB. */
const BLOCK_ROWS = 65_536;
const SHORT_LIMIT = 32_767;

/**
 * Vectors of one width, appended one at a time into large blocks, as 16-bit numbers with a scale per vector (the
 * largest component ±32,767): a vector read back differs by at most 1/65,534 of its largest component, far below
 * the bytes the sentences are finally stored as. At 20,000 articles the 0.7 million sentence sums were 280 MB
 * as 32-bit numbers when the build's memory peaks; a typed array per sentence was ~1.4 million small buffers.
 */
export class VectorBlocks {
  readonly #blocks: Int16Array[] = [];
  readonly #scales: Float32Array[] = [];
  readonly width: number;
  count = 0;

  constructor(width: number) {
    this.width = width;
  }

  /** Adds a copy of the vector. */
  push(vector: Float32Array): void {
    const slot = this.count % BLOCK_ROWS;
    if (slot === 0) {
      this.#blocks.push(new Int16Array(BLOCK_ROWS * this.width));
      this.#scales.push(new Float32Array(BLOCK_ROWS));
    }
    const block = this.#blocks[this.#blocks.length - 1] as Int16Array;
    const scales = this.#scales[this.#scales.length - 1] as Float32Array;
    let largest = 0;
    for (let d = 0; d < this.width; d++) largest = Math.max(largest, Math.abs(vector[d] as number));
    const scale = largest / SHORT_LIMIT;
    scales[slot] = scale;
    const offset = slot * this.width;
    if (scale > 0) for (let d = 0; d < this.width; d++) block[offset + d] = Math.round((vector[d] as number) / scale);
    this.count += 1;
  }

  /** Vector i, written into `into` (a new array unless given). */
  row(i: number, into = new Float32Array(this.width)): Float32Array {
    const block = this.#blocks[Math.floor(i / BLOCK_ROWS)];
    const scale = this.#scales[Math.floor(i / BLOCK_ROWS)]?.[i % BLOCK_ROWS] ?? 0;
    const offset = (i % BLOCK_ROWS) * this.width;
    for (let d = 0; d < this.width; d++) into[d] = ((block?.[offset + d] ?? 0) as number) * scale;
    return into;
  }

  /**
   * Every vector, in order, in one array of its own size, each handed to `finish` in its place there (a vector of
   * zeros is left as it is). The blocks are let go as they are read, so the two copies never both exist whole.
   * `allocate`: where the array's bytes are made (shared memory, for another thread to read).
   */
  done(
    finish: (vector: Float32Array) => void,
    allocate = (bytes: number): ArrayBufferLike => new ArrayBuffer(bytes),
  ): Float32Array {
    const out = new Float32Array(allocate(this.count * this.width * Float32Array.BYTES_PER_ELEMENT));
    this.#drain(finish, (vector, i) => out.set(vector, i * this.width));
    return out;
  }

  /** The same as bytes (`quantized-rows.ts`): no full-width copy made on the way. */
  doneQuantized(finish: (vector: Float32Array) => void): QuantizedRows {
    const rows = { values: new Int8Array(this.count * this.width), scales: new Float32Array(this.count) };
    this.#drain(finish, (vector, i) => quantizeRow(vector, rows, i));
    return rows;
  }

  /** Hands each vector, finished unless all zeros, to `take`, letting each block go once read. */
  #drain(finish: (vector: Float32Array) => void, take: (vector: Float32Array, i: number) => void): void {
    const vector = new Float32Array(this.width);
    for (let i = 0; i < this.count; i++) {
      this.row(i, vector);
      if (vector.some((x) => x !== 0)) finish(vector);
      take(vector, i);
      if ((i + 1) % BLOCK_ROWS === 0) {
        this.#blocks[Math.floor(i / BLOCK_ROWS)] = new Int16Array(0);
        this.#scales[Math.floor(i / BLOCK_ROWS)] = new Float32Array(0);
      }
    }
    this.#blocks.length = 0;
    this.#scales.length = 0;
    this.count = 0;
  }
}
