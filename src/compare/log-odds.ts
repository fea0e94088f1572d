/** A term's weighted log-odds of appearing in one text rather than another, and its z-score. */
export interface LogOdds {
  term: string;
  delta: number;
  z: number;
}

/**
 * Weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
 * Words", eq. 16–22): the prior's counts α_w smooth small samples, and the z-score divides by the estimate's
 * standard deviation, so a term counts as distinctive only when the evidence clears noise.
 *
 *   δ_w = log((y_wi + α_w) / (n_i + α_0 − y_wi − α_w)) − log((y_wj + α_w) / (n_j + α_0 − y_wj − α_w))
 *   σ²(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w),   z_w = δ_w / σ(δ_w)
 *
 * `focus` and `other` are term counts of the two texts; `prior` the counts of the background corpus, scaled
 * so that they add up to `priorSize` (α_w = priorSize · π_w): the prior's share of the evidence. By default
 * it counts as much as the background itself. Terms without a prior count are skipped. Only the focus
 * text's terms are scored (what it uses more, or less, than the other).
 */
export function weightedLogOdds(
  focus: Map<string, number>,
  other: Map<string, number>,
  prior: { countOf(term: string): number; total: number },
  priorSize = prior.total,
  /** Only terms at or above this z are returned (the rest are computed but not kept). */
  minZ = Number.NEGATIVE_INFINITY,
): LogOdds[] {
  const ni = sum(focus);
  const nj = sum(other);
  const scale = priorSize / prior.total;
  const a0 = priorSize;
  const results: LogOdds[] = [];
  for (const term of focus.keys()) {
    const aw = prior.countOf(term) * scale;
    if (aw <= 0) continue;
    const yi = focus.get(term) ?? 0;
    const yj = other.get(term) ?? 0;
    const delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
    const variance = 1 / (yi + aw) + 1 / (yj + aw);
    const z = delta / Math.sqrt(variance);
    if (z >= minZ) results.push({ term, delta, z });
  }
  return results.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
}

export function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}
