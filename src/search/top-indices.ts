/** A copy of the values in a buffer kept between calls (a question's scan would otherwise make one of 800 KB). */
let scratch = new Float32Array(0);
function scratchCopy(values: ArrayLike<number>): Float32Array {
  if (scratch.length < values.length) scratch = new Float32Array(values.length);
  const copy = scratch.subarray(0, values.length);
  for (let i = 0; i < values.length; i++) copy[i] = values[i] ?? 0;
  return copy;
}

/** The k-th largest value (1-based) of a scratch array, which it reorders: Hoare's quickselect. */
function kthLargest(values: Float32Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] ?? 0;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target] ?? 0;
}

/**
 * Indices of the `k` largest values, in no particular order: one pass and a small sorted buffer for a small k,
 * the k-th largest found by quickselect (linear on average) for a large one.
 */
export function topIndices(values: ArrayLike<number>, k: number): number[] {
  if (values.length <= k) return Array.from({ length: values.length }, (_, i) => i);
  if (k > 64) {
    const threshold = kthLargest(scratchCopy(values), k);
    const above: number[] = [];
    const at: number[] = [];
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? 0;
      if (value > threshold) above.push(i);
      else if (value === threshold) at.push(i);
    }
    return [...above, ...at.slice(0, k - above.length)];
  }
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? 0;
    if (top.length === k && value <= (values[top[k - 1] ?? 0] ?? 0)) continue;
    let at = top.length === k ? k - 1 : top.length;
    while (at > 0 && (values[top[at - 1] ?? 0] ?? 0) < value) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
