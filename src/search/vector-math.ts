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

export const dot = (a: Float32Array, b: Float32Array): number => dotAt(a, b, 0);

/** Scales the vector to length 1 in place (a zero vector stays zero). */
export function normalised<T extends Float32Array>(vector: T): T {
  const norm = Math.sqrt(dot(vector, vector)) || 1;
  for (let d = 0; d < vector.length; d++) vector[d] = (vector[d] ?? 0) / norm;
  return vector;
}
