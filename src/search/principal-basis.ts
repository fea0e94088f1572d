/**
 * The first `k` principal directions of the rows of a matrix (row-major, `dimensions` wide): power iteration
 * with deflation on their second-moment matrix, estimated on an even sample of rows. Orthonormal rows, k × d.
 */
export function principalBasis(matrix: Float32Array, dimensions: number, k: number, sampleRows = 5000): Float32Array {
  const rows = Math.floor(matrix.length / dimensions);
  const step = Math.max(1, rows / sampleRows);
  const moment = new Float64Array(dimensions * dimensions);
  for (let s = 0; s < rows; s += step) {
    const offset = Math.floor(s) * dimensions;
    for (let a = 0; a < dimensions; a++) {
      const x = matrix[offset + a] ?? 0;
      if (x === 0) continue;
      for (let b = 0; b < dimensions; b++)
        moment[a * dimensions + b] = (moment[a * dimensions + b] ?? 0) + x * (matrix[offset + b] ?? 0);
    }
  }
  const basis = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    // A start leaning towards axis c, of length 1 (so "stopped turning" can be told from the first step).
    const start = new Float64Array(dimensions).map((_, d) => 1 / Math.sqrt(dimensions) + (d === c % dimensions ? 1 : 0));
    const length = Math.sqrt(start.reduce((s, x) => s + x * x, 0));
    let u = start.map((x) => x / length);
    let eigenvalue = 0;
    for (let iteration = 0; iteration < 200; iteration++) {
      const next = new Float64Array(dimensions);
      for (let a = 0; a < dimensions; a++) {
        let sum = 0;
        for (let b = 0; b < dimensions; b++) sum += (moment[a * dimensions + b] ?? 0) * (u[b] ?? 0);
        next[a] = sum;
      }
      const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0)) || 1;
      const turned = next.map((x) => x / norm);
      const settled = turned.reduce((s, x, d) => s + x * (u[d] ?? 0), 0) > 1 - 1e-10;
      u = turned;
      eigenvalue = norm;
      if (settled) break;
    }
    // Deflate: take this direction out so the next iteration finds the next one.
    for (let a = 0; a < dimensions; a++)
      for (let b = 0; b < dimensions; b++)
        moment[a * dimensions + b] = (moment[a * dimensions + b] ?? 0) - eigenvalue * (u[a] ?? 0) * (u[b] ?? 0);
    for (let d = 0; d < dimensions; d++) basis[c * dimensions + d] = u[d] ?? 0;
  }
  return basis;
}
