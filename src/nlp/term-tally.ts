import type { LabelledTerm } from "./analyzer.js";

/**
 * Terms counted as texts are read, each labelled by its first form: what a text is mostly about, without keeping
 * every noun of a large corpus until the end.
 */
export class TermTally {
  readonly #counts = new Map<string, { label: string; count: number }>();

  add(terms: LabelledTerm[]): void {
    for (const { term, label } of terms) {
      const entry = this.#counts.get(term);
      if (entry) entry.count += 1;
      else this.#counts.set(term, { label, count: 1 });
    }
  }

  /** The labels of the most frequent terms (ties by label); `isKey` leaves out everyday words ("country"). */
  top(limit: number, isKey: (term: string) => boolean = () => true): string[] {
    return [...this.#counts]
      .filter(([term]) => isKey(term))
      .sort(([, a], [, b]) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, limit)
      .map(([, { label }]) => label);
  }
}
