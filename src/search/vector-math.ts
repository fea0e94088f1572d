/** Dot product of a vector with the matrix row starting at `offset`, four lanes at a time (the hot loop). */
export function dotAt(vector: Float32Array, matrix: Float32Array | Int8Array, offset: number): number {
  const n = vector.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let d = 0;
  for (; d + 3 < n; d += 4) {
    s0 += (vector[d] ?? 0) * (matrix[offset + d] ?? 0);
    s1 += (vector[d + 1] ?? 0) * (matrix[offset + d + 1] ?? 0);
    s2 += (vector[d + 2] ?? 0) * (matrix[offset + d + 2] ?? 0);
    s3 += (vector[d + 3] ?? 0) * (matrix[offset + d + 3] ?? 0);
  }
  for (; d < n; d++) s0 += (vector[d] ?? 0) * (matrix[offset + d] ?? 0);
  return s0 + s1 + s2 + s3;
}

/**
 * Dots of the matrix row at `offset` with each of the first `count` rows of `bank`, written to `out` from `at`.
 * Four rows of the bank per pass over the row, so each of its numbers is loaded once for four products: about
 * twice the speed of one `dotAt` per bank row (k-means' assignment and the coarse summaries of every passage).
 */
export function dotsWithRows(
  matrix: Float32Array,
  offset: number,
  bank: Float32Array,
  count: number,
  dimensions: number,
  out: Float32Array,
  at = 0,
): void {
  let c = 0;
  for (; c + 3 < count; c += 4) {
    const a = c * dimensions;
    const b = a + dimensions;
    const e = b + dimensions;
    const f = e + dimensions;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let d = 0; d < dimensions; d++) {
      const x = matrix[offset + d] ?? 0;
      s0 += x * (bank[a + d] ?? 0);
      s1 += x * (bank[b + d] ?? 0);
      s2 += x * (bank[e + d] ?? 0);
      s3 += x * (bank[f + d] ?? 0);
    }
    out[at + c] = s0;
    out[at + c + 1] = s1;
    out[at + c + 2] = s2;
    out[at + c + 3] = s3;
  }
  for (; c < count; c++) {
    let s = 0;
    for (let d = 0; d < dimensions; d++) s += (matrix[offset + d] ?? 0) * (bank[c * dimensions + d] ?? 0);
    out[at + c] = s;
  }
}

/** Dot product of row `aOffset` of one matrix with row `bOffset` of another, both `n` wide. */
export function dotOfRows(a: Float32Array, aOffset: number, b: Float32Array, bOffset: number, n: number): number {
  let sum = 0;
  for (let d = 0; d < n; d++) sum += (a[aOffset + d] ?? 0) * (b[bOffset + d] ?? 0);
  return sum;
}

export const dot = (a: Float32Array, b: Float32Array): number => dotAt(a, b, 0);

/** Scales the vector to length 1 in place (a zero vector stays zero). */
export function normalised<T extends Float32Array>(vector: T): T {
  const norm = Math.sqrt(dot(vector, vector)) || 1;
  for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] ?? 0) / norm;
  return vector;
}
