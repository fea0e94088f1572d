/**
 * A list whose items are made when first asked for, then kept. At 20,000 articles an object for each of the
 * 200,000 passages (and one more for each in the index) was ~0.1 s of a start, with the garbage collection it
 * caused; a question reads a few dozen of them.
 */
export class OnDemandList<T> {
  readonly length: number;
  readonly #make: (position: number) => T;
  readonly #made = new Map<number, T>();
  #all: T[] | undefined;

  constructor(length: number, make: (position: number) => T) {
    this.length = length;
    this.#make = make;
  }

  /** The item at `position`, or undefined outside the list. */
  at(position: number): T | undefined {
    if (!Number.isInteger(position) || position < 0 || position >= this.length) return undefined;
    if (this.#all) return this.#all[position];
    let item = this.#made.get(position);
    if (item === undefined) {
      item = this.#make(position);
      this.#made.set(position, item);
    }
    return item;
  }

  /** The first items (in order) that pass a test, at most `count`: made as they are tested, the rest left unmade. */
  first(count: number, test: (item: T) => boolean): T[] {
    const found: T[] = [];
    for (let position = 0; position < this.length && found.length < count; position++) {
      const item = this.at(position) as T;
      if (test(item)) found.push(item);
    }
    return found;
  }

  /** Every item, in order (for the few uses that read them all: made once, the same items `at` gives). */
  all(): T[] {
    if (!this.#all) {
      const all: T[] = [];
      for (let position = 0; position < this.length; position++) all.push(this.at(position) as T);
      this.#all = all;
      this.#made.clear();
    }
    return this.#all;
  }
}
