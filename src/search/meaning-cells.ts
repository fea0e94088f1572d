import { principalBasis } from "./principal-basis.js";
import { topIndices } from "./top-indices.js";
import { dotAt, normalised } from "./vector-math.js";

/**
 * Vectors (passages, or stems) grouped into cells of nearby meaning (spherical k-means over unit vectors; an
 * inverted file, as vector search engines call it). A question is compared with the cells' centres first, then
 * only with the vectors of the cells nearest it: in a corpus of 200,000 passages, about one in twelve instead of all.
 */
export interface MeaningCells {
  /** One unit vector per cell. */
  centroids: Float32Array;
  /** Cell c holds members cellStart[c] .. cellStart[c + 1]. */
  cellStart: Uint32Array;
  /**
   * Rows of the matrix grouped (passage positions, or stem numbers), cell by cell. The passages' matrix is stored
   * in this order too (`inCellOrder`): a cell's scan then reads its rows in sequence, about twice as fast at
   * 200,000 passages as rows spread over the matrix.
   */
  members: Uint32Array;
}

/** Cells and their rows' summaries: what a scan needs to read few of the vectors, and few numbers of each. */
export interface CellIndex {
  cells: MeaningCells;
  coarse: CoarseRows;
}

/** Vectors summarised in their main directions, for a first pass that reads fewer numbers. */
export interface CoarseRows {
  /** The main directions (`COARSE_DIMENSIONS` rows of unit vectors). */
  basis: Float32Array;
  /** Each vector's projections on them, in the cells' order (row j: vector members[j]). */
  rows: Float32Array;
}

/**
 * Directions a passage is summarised in for the first pass of a scan. The first pass reads a third of the numbers
 * a full one would; at 20,000 synthetic articles the 256 passages it then measures in full hold 98 % of the
 * full scan's 256 closest, and the closest one for all 48 paraphrase questions.
 */
export const COARSE_DIMENSIONS = 32;

/**
 * Cells a scan reads (those whose centres are closest to the vector): a share of them, and at least ten.
 * Measured against the full scan on the 46 answered paraphrase questions: the same top passage for 45 at 2,000
 * synthetic articles (71 cells, ten read) and 44 at 20,000 (224 cells, 18 read); three cells of 35 gave 39.
 */
const PROBED_SHARE = 0.08;
const MIN_PROBED = 10;

/** Cells of the matrix's rows, and their summaries in the cells' order. */
export function buildCellIndex(matrix: Float32Array, dimensions: number): CellIndex {
  const cells = buildMeaningCells(matrix, dimensions);
  return { cells, coarse: coarseRows(matrix, dimensions, cells.members) };
}

/**
 * The rows (in the cells' order) worth comparing in full with the vector: those of the cells nearest it, and of
 * them the `shortlist` closest in summary.
 */
export function rowsToCompare({ cells, coarse }: CellIndex, vector: Float32Array, shortlist: number): number[] {
  const probes = Math.max(MIN_PROBED, Math.ceil(PROBED_SHARE * (cells.cellStart.length - 1)));
  // A cell's rows are consecutive: each probed cell is a range, read in order (~16,000 rows at 20,000 articles).
  const ranges = cellsNear(cells, vector, probes).map((c) => [cells.cellStart[c] ?? 0, cells.cellStart[c + 1] ?? 0]);
  const total = ranges.reduce((sum, [from = 0, to = 0]) => sum + to - from, 0);
  const rowAt = new Uint32Array(total);
  let j = 0;
  for (const [from = 0, to = 0] of ranges) for (let row = from; row < to; row++) rowAt[j++] = row;
  if (total <= shortlist) return Array.from(rowAt);
  const summary = summarised(vector, coarse.basis);
  const width = summary.length;
  const rough = roughScratch(total);
  for (let k = 0; k < total; k++) rough[k] = dotAt(summary, coarse.rows, (rowAt[k] ?? 0) * width);
  return topIndices(rough, shortlist).map((k) => rowAt[k] ?? 0);
}

/** The first pass's closeness in summary, in a buffer kept between questions (64 KB a question otherwise). */
let roughBuffer = new Float32Array(0);
function roughScratch(length: number): Float32Array {
  if (roughBuffer.length < length) roughBuffer = new Float32Array(length);
  return roughBuffer.subarray(0, length);
}

/** The matrix's rows summarised in its main directions, in the order given. */
export function coarseRows(matrix: Float32Array, dimensions: number, order: Uint32Array): CoarseRows {
  const basis = principalBasis(matrix, dimensions, Math.min(COARSE_DIMENSIONS, dimensions));
  const width = basis.length / dimensions;
  const rows = new Float32Array(order.length * width);
  order.forEach((row, j) => {
    rows.set(summarised(matrix.subarray(row * dimensions, (row + 1) * dimensions), basis), j * width);
  });
  return { basis, rows };
}

/** Rows the centres are learnt from, per cell (the rest are only assigned to the centres learnt). */
const SAMPLE_PER_CELL = 64;
const ITERATIONS = 8;

/**
 * Cells for `rows` unit vectors: about √rows / 2 of them (224 for 200,000 passages, ~900 each). At 200,000
 * synthetic passages 112 cells made the scan slower (p50 27–29 ms against 19–25) and no more exact (43 and 44
 * of 46 top passages as the full scan's); 400 no better than 224 and slower to build.
 */
export const cellCountFor = (rows: number): number => Math.min(1024, Math.max(16, Math.round(Math.sqrt(rows) / 2)));

export function buildMeaningCells(
  matrix: Float32Array,
  dimensions: number,
  k = cellCountFor(matrix.length / dimensions),
): MeaningCells {
  const rows = matrix.length / dimensions;
  // An even sample of the rows, the same every build: the first k of it are the starting centres.
  const step = Math.max(1, rows / (k * SAMPLE_PER_CELL));
  const sample = Array.from({ length: Math.floor(rows / step) }, (_, i) => Math.floor(i * step));
  const centroids = new Float32Array(k * dimensions);
  for (let c = 0; c < k; c++) {
    const row = sample[Math.floor((c * sample.length) / k)] ?? 0;
    centroids.set(matrix.subarray(row * dimensions, (row + 1) * dimensions), c * dimensions);
  }
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const sums = new Float32Array(k * dimensions);
    for (const row of sample) {
      const c = nearestCentroid(centroids, k, matrix, row * dimensions, dimensions);
      for (let d = 0; d < dimensions; d++)
        sums[c * dimensions + d] = (sums[c * dimensions + d] ?? 0) + (matrix[row * dimensions + d] ?? 0);
    }
    for (let c = 0; c < k; c++) {
      const sum = sums.subarray(c * dimensions, (c + 1) * dimensions);
      // A cell no row chose keeps its centre.
      if (sum.some((x) => x !== 0)) centroids.set(normalised(sum), c * dimensions);
    }
  }
  const cellOf = new Uint32Array(rows);
  const sizes = new Uint32Array(k);
  for (let row = 0; row < rows; row++) {
    const c = nearestCentroid(centroids, k, matrix, row * dimensions, dimensions);
    cellOf[row] = c;
    sizes[c] = (sizes[c] ?? 0) + 1;
  }
  const cellStart = new Uint32Array(k + 1);
  for (let c = 0; c < k; c++) cellStart[c + 1] = (cellStart[c] ?? 0) + (sizes[c] ?? 0);
  const filled = cellStart.slice(0, k);
  const members = new Uint32Array(rows);
  for (let row = 0; row < rows; row++) {
    const c = cellOf[row] ?? 0;
    members[filled[c] ?? 0] = row;
    filled[c] = (filled[c] ?? 0) + 1;
  }
  return { centroids, cellStart, members };
}

/** A vector summarised in the basis's directions (its projections on them). */
export function summarised(vector: Float32Array, basis: Float32Array): Float32Array {
  const dimensions = vector.length;
  const out = new Float32Array(basis.length / dimensions);
  for (let c = 0; c < out.length; c++) out[c] = dotAt(vector, basis, c * dimensions);
  return out;
}

function nearestCentroid(centroids: Float32Array, k: number, matrix: Float32Array, offset: number, dimensions: number): number {
  const row = matrix.subarray(offset, offset + dimensions);
  let best = 0;
  let bestDot = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < k; c++) {
    const value = dotAt(row, centroids, c * dimensions);
    if (value > bestDot) {
      bestDot = value;
      best = c;
    }
  }
  return best;
}

/** The `probes` cells whose centres are closest to the question, nearest first. */
export function cellsNear(cells: MeaningCells, question: Float32Array, probes: number): number[] {
  const dimensions = question.length;
  const k = cells.cellStart.length - 1;
  return Array.from({ length: k }, (_, c) => ({ c, value: dotAt(question, cells.centroids, c * dimensions) }))
    .sort((a, b) => b.value - a.value)
    .slice(0, probes)
    .map(({ c }) => c);
}

/** The matrix's rows in the cells' order: row j of the result is row members[j] of the matrix. */
export function inCellOrder(matrix: Float32Array, dimensions: number, members: Uint32Array): Float32Array {
  const ordered = new Float32Array(matrix.length);
  members.forEach((row, j) => {
    ordered.set(matrix.subarray(row * dimensions, (row + 1) * dimensions), j * dimensions);
  });
  return ordered;
}

/** Where each passage's row is in a matrix in cell order (the inverse of `members`). */
export function rowsOf(members: Uint32Array): Uint32Array {
  const rows = new Uint32Array(members.length);
  members.forEach((position, j) => {
    rows[position] = j;
  });
  return rows;
}
