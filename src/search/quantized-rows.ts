import { dotAt } from "./vector-math.js";

/**
 * Vectors kept as bytes: each row scaled so its largest component is ±127, its scale kept beside it. The sentence
 * vectors were half of a large index (0.7 million rows at 20,000 articles: 280 MB as 32-bit numbers, 73 MB so);
 * a cosine read back this way differs by about a thousandth, and no figure of `npm run eval` changes.
 */
export interface QuantizedRows {
  values: Int8Array;
  /** Per row: what its bytes are multiplied by. */
  scales: Float32Array;
}

const BYTE_LIMIT = 127;

/** Writes a vector into row `row` of the bytes and its scale (a vector of zeros stays zeros, with scale 0). */
export function quantizeRow(vector: Float32Array, rows: QuantizedRows, row: number): void {
  let largest = 0;
  for (let d = 0; d < vector.length; d++) largest = Math.max(largest, Math.abs(vector[d] ?? 0));
  const scale = largest / BYTE_LIMIT;
  rows.scales[row] = scale;
  const offset = row * vector.length;
  for (let d = 0; d < vector.length; d++) rows.values[offset + d] = scale === 0 ? 0 : Math.round((vector[d] ?? 0) / scale);
}

/**
 * A matrix's rows (each `dimensions` wide) as bytes; with `order`, row j of the bytes is row order[j] of the matrix
 * (the rows laid out otherwise with no second full-width copy: ~80 MB at 20,000 articles, at the build's peak).
 */
export function quantizeRows(matrix: Float32Array, dimensions: number, order?: Uint32Array): QuantizedRows {
  const count = matrix.length / dimensions;
  const rows = { values: new Int8Array(matrix.length), scales: new Float32Array(count) };
  for (let row = 0; row < count; row++) {
    const from = order ? (order[row] ?? 0) : row;
    quantizeRow(matrix.subarray(from * dimensions, (from + 1) * dimensions), rows, row);
  }
  return rows;
}

/** The rows as 32-bit numbers again (each byte times its row's scale). */
export function dequantizeRows({ values, scales }: QuantizedRows): Float32Array {
  const dimensions = values.length / Math.max(1, scales.length);
  return Float32Array.from(values, (value, i) => value * (scales[Math.floor(i / dimensions)] ?? 0));
}

/** Dot product of a vector with row `row` (the hot loop of sentence closeness). */
export const dotQuantized = (vector: Float32Array, rows: QuantizedRows, row: number): number =>
  dotAt(vector, rows.values, row * vector.length) * (rows.scales[row] ?? 0);
