import { principalBasis } from "./principal-basis.js";
import { topIndices } from "./top-indices.js";
import { dotAt, dotOfRows, dotsWithRows, normalised } from "./vector-math.js";

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

/** Cells of the matrix's rows (`k` of them), and their summaries in the cells' order. */
export function buildCellIndex(
  matrix: Float32Array,
  dimensions: number,
  k = cellCountFor(matrix.length / dimensions),
): CellIndex {
  const basis = principalBasis(matrix, dimensions, Math.min(COARSE_DIMENSIONS, dimensions));
  // Summarised once, in the rows' order: the cells are found through them, then they are stored in the cells' order.
  const width = basis.length / dimensions;
  const rows = matrix.length / dimensions;
  const summaries = new Float32Array(rows * width);
  for (let row = 0; row < rows; row++) dotsWithRows(matrix, row * dimensions, basis, width, dimensions, summaries, row * width);
  const cells = buildMeaningCells(matrix, dimensions, k, { basis, rows: summaries });
  return { cells, coarse: { basis, rows: inCellOrder(summaries, width, cells.members) } };
}

/** Groups a matrix's rows into cells, on this thread or another: `start` returns what waits for the cells. */
export interface CellGrouper {
  /** The bytes of the matrix to be grouped (shared memory when another thread groups it). */
  allocate(bytes: number): ArrayBufferLike;
  start(matrix: Float32Array, dimensions: number): () => CellIndex;
}

/** Groups on this thread, when the cells are asked for. */
export const GROUP_CELLS_HERE: CellGrouper = {
  allocate: (bytes) => new ArrayBuffer(bytes),
  start: (matrix, dimensions) => () => buildCellIndex(matrix, dimensions),
};

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
  let at = 0;
  for (const [from = 0, to = 0] of ranges) {
    dotsWithRows(summary, 0, coarse.rows.subarray(from * width, to * width), to - from, width, rough, at);
    at += to - from;
  }
  return topIndices(rough, shortlist).map((k) => rowAt[k] ?? 0);
}

/** The first pass's closeness in summary, in a buffer kept between questions (64 KB a question otherwise). */
let roughBuffer = new Float32Array(0);
function roughScratch(length: number): Float32Array {
  if (roughBuffer.length < length) roughBuffer = new Float32Array(length);
  return roughBuffer.subarray(0, length);
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

/**
 * With the rows' summaries, a row is compared in full only with the centres closest to it in summary: the nearest
 * centre is among the 8 closest in summary for 99.97 % of 200,000 synthetic passages (97.8 % among 2, all among
 * 16), and finding the cells takes about a third of the time.
 */
const CENTRES_SHORTLISTED = 8;

/**
 * Cells of the matrix's rows (unit vectors). `summaries` (the rows' projections on main directions, in the rows'
 * order) make finding each row's centre about three times cheaper; a few rows in 10,000 go to the second nearest.
 */
export function buildMeaningCells(
  matrix: Float32Array,
  dimensions: number,
  k = cellCountFor(matrix.length / dimensions),
  summaries: CoarseRows | null = null,
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
    const nearestCentre = centreFinder(centroids, k, matrix, dimensions, summaries);
    for (const row of sample) {
      const c = nearestCentre(row);
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
  const nearestCentre = centreFinder(centroids, k, matrix, dimensions, summaries);
  for (let row = 0; row < rows; row++) {
    const c = nearestCentre(row);
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

/** The centre closest to a row of the matrix: by full dots with every centre, or with those closest in summary. */
function centreFinder(
  centroids: Float32Array,
  k: number,
  matrix: Float32Array,
  dimensions: number,
  summaries: CoarseRows | null,
): (row: number) => number {
  const dots = new Float32Array(k);
  if (!summaries || k <= CENTRES_SHORTLISTED)
    return (row) => {
      dotsWithRows(matrix, row * dimensions, centroids, k, dimensions, dots);
      let best = 0;
      for (let c = 1; c < k; c++) if ((dots[c] ?? 0) > (dots[best] ?? 0)) best = c;
      return best;
    };
  const width = summaries.basis.length / dimensions;
  const centres = new Float32Array(k * width);
  for (let c = 0; c < k; c++) dotsWithRows(centroids, c * dimensions, summaries.basis, width, dimensions, centres, c * width);
  const shortlist = new Int32Array(CENTRES_SHORTLISTED);
  const rough = new Float32Array(CENTRES_SHORTLISTED);
  return (row) => {
    dotsWithRows(summaries.rows, row * width, centres, k, width, dots);
    // The shortlist, closest in summary first, kept by insertion (it is short).
    let kept = 0;
    for (let c = 0; c < k; c++) {
      const value = dots[c] ?? 0;
      if (kept === CENTRES_SHORTLISTED && value <= (rough[kept - 1] ?? 0)) continue;
      let i = Math.min(kept, CENTRES_SHORTLISTED - 1);
      for (; i > 0 && (rough[i - 1] ?? 0) < value; i--) {
        rough[i] = rough[i - 1] ?? 0;
        shortlist[i] = shortlist[i - 1] ?? 0;
      }
      rough[i] = value;
      shortlist[i] = c;
      kept = Math.min(kept + 1, CENTRES_SHORTLISTED);
    }
    let best = -1;
    let bestDot = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < kept; i++) {
      const c = shortlist[i] ?? 0;
      const value = dotOfRows(matrix, row * dimensions, centroids, c * dimensions, dimensions);
      if (value > bestDot || (value === bestDot && c < best)) {
        bestDot = value;
        best = c;
      }
    }
    return best;
  };
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
