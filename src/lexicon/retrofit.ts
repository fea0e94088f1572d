export interface Neighbour {
  row: number;
  weight: number;
}

const ITERATIONS = 10;

/**
 * Retrofitting (Faruqui et al. 2015): each vector moves toward its WordNet neighbours while staying near
 * where distributional evidence put it, so words that mean the same end up closer than words that merely
 * occur together (raw vectors put "civilian" next to "military"). Returns new unit vectors.
 */
export function retrofit(vectors: Float32Array, dimensions: number, neighbours: Neighbour[][]): Float32Array {
  const current = Float32Array.from(vectors);
  const next = new Float32Array(dimensions);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    neighbours.forEach((list, row) => {
      if (list.length === 0) return;
      const total = list.reduce((sum, n) => sum + n.weight, 0);
      // The original vector weighs as much as all neighbours together (α = 1, β = weight / total).
      for (let d = 0; d < dimensions; d++) next[d] = vectors[row * dimensions + d] ?? 0;
      for (const { row: other, weight } of list) {
        const share = weight / total;
        for (let d = 0; d < dimensions; d++) next[d] = (next[d] ?? 0) + share * (current[other * dimensions + d] ?? 0);
      }
      let norm = 0;
      for (let d = 0; d < dimensions; d++) norm += (next[d] ?? 0) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dimensions; d++) current[row * dimensions + d] = (next[d] ?? 0) / norm;
    });
  }
  return current;
}
