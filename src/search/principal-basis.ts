/**
 * The first `k` principal directions of the rows of a matrix (row-major, `dimensions` wide): the eigenvectors of
 * their second-moment matrix, estimated on an even sample of rows, largest eigenvalue first. Orthonormal rows, k × d.
 */
export function principalBasis(matrix: Float32Array, dimensions: number, k: number, sampleRows = 5000): Float32Array {
  const rows = Math.floor(matrix.length / dimensions);
  const step = Math.max(1, rows / sampleRows);
  const moment = new Float64Array(dimensions * dimensions);
  const row = new Float64Array(dimensions);
  for (let s = 0; s < rows; s += step) {
    row.set(matrix.subarray(Math.floor(s) * dimensions, (Math.floor(s) + 1) * dimensions));
    // The upper triangle only: the matrix is symmetric.
    for (let a = 0; a < dimensions; a++) {
      const x = row[a] as number;
      if (x === 0) continue;
      const base = a * dimensions;
      for (let b = a; b < dimensions; b++) moment[base + b] = (moment[base + b] as number) + x * (row[b] as number);
    }
  }
  for (let a = 0; a < dimensions; a++)
    for (let b = 0; b < a; b++) moment[a * dimensions + b] = moment[b * dimensions + a] as number;
  const { values, vectors } = symmetricEigen(moment, dimensions);
  const order = Array.from(values, (_, i) => i).sort((x, y) => (values[y] ?? 0) - (values[x] ?? 0) || x - y);
  const basis = new Float32Array(k * dimensions);
  order.slice(0, k).forEach((column, c) => {
    for (let d = 0; d < dimensions; d++) basis[c * dimensions + d] = vectors[d * dimensions + column] ?? 0;
  });
  return basis;
}

/** Sweeps after which Jacobi's rotations stop, converged or not (a symmetric matrix converges in a handful). */
const MAX_SWEEPS = 50;

/**
 * Eigenvalues and eigenvectors (the columns of `vectors`, n × n row-major) of a symmetric matrix, by cyclic Jacobi
 * rotations: all of them at once, in about n³ × a few sweeps. Power iteration with deflation took hundreds of
 * matrix-vector products per direction for directions of nearly equal variance.
 */
export function symmetricEigen(symmetric: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(symmetric);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  const at = (i: number, j: number) => a[i * n + j] ?? 0;
  let scale = 0;
  for (const x of a) scale += x * x;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(p, q) ** 2;
    if (off <= 1e-24 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q);
        if (apq === 0) continue;
        // The rotation in the (p, q) plane that zeroes a[p][q].
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const kp = at(k, p);
          const kq = at(k, q);
          a[k * n + p] = c * kp - s * kq;
          a[k * n + q] = s * kp + c * kq;
        }
        for (let k = 0; k < n; k++) {
          const pk = at(p, k);
          const qk = at(q, k);
          a[p * n + k] = c * pk - s * qk;
          a[q * n + k] = s * pk + c * qk;
        }
        for (let k = 0; k < n; k++) {
          const kp = v[k * n + p] ?? 0;
          const kq = v[k * n + q] ?? 0;
          v[k * n + p] = c * kp - s * kq;
          v[k * n + q] = s * kp + c * kq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => at(i, i)), vectors: v };
}
