/**
 * JSON with its long lists of whole numbers kept apart, as 32-bit numbers: how FlexSearch's export is stored.
 * Its term lists are ~9 million passage numbers at 20,000 articles: read back from JSON text, FlexSearch took
 * 0.58–0.69 s of a ~2 s start, from binary 0.37–0.47 s.
 */

/** Stands where a list was: its place in the numbers. */
const MARK = "@u32";

/** Shorter lists stay in the JSON: the mark would be as long as they are. */
const MIN_PACKED = 4;

/** A list of `numbers` as it is stored: written out when short, else a mark standing for its place. */
export function packedListAt(numbers: Uint32Array, at: number, length: number): number[] | { [MARK]: [number, number] } {
  return length < MIN_PACKED ? Array.from(numbers.subarray(at, at + length)) : { [MARK]: [at, length] };
}

/** Where the list a mark stands for lies in `numbers`; throws when that is outside them. */
function placeOf(place: unknown, numbers: Uint32Array): { at: number; length: number } {
  const [at, length] = Array.isArray(place) ? place : [];
  if (!Number.isInteger(at) || !Number.isInteger(length) || at < 0 || length < 0 || at + length > numbers.length)
    throw new RangeError(`a list at ${JSON.stringify(place)} lies outside the ${numbers.length} numbers stored`);
  return { at, length };
}

/** The value of the JSON `packListsInJson` was given, its lists read back from `numbers`; throws when a place lies outside them. */
export function unpackLists(packed: unknown, numbers: Uint32Array): unknown {
  if (Array.isArray(packed)) return packed.map((item) => unpackLists(item, numbers));
  if (packed === null || typeof packed !== "object") return packed;
  const place = (packed as Record<string, unknown>)[MARK];
  if (place === undefined)
    return Object.fromEntries(Object.entries(packed).map(([key, item]) => [key, unpackLists(item, numbers)]));
  const { at, length } = placeOf(place, numbers);
  // Filled by a loop into an array of its size: Array.from over a typed array goes through the iterator, ~3× slower.
  const list: number[] = new Array(length).fill(0);
  for (let i = 0; i < length; i++) list[i] = numbers[at + i] ?? 0;
  return list;
}

/** Throws as `unpackLists` would, without making a single list. */
export function checkPackedLists(packed: unknown, numbers: Uint32Array): void {
  if (Array.isArray(packed)) for (const item of packed) checkPackedLists(item, numbers);
  else if (packed !== null && typeof packed === "object") {
    const place = (packed as Record<string, unknown>)[MARK];
    if (place !== undefined) placeOf(place, numbers);
    else for (const item of Object.values(packed)) checkPackedLists(item, numbers);
  }
}

/**
 * FlexSearch's map of term → passage lists, each term's lists unpacked the first time a search looks the term up.
 * At 20,000 articles unpacking all ~9 million passage numbers as JS arrays took ~0.4 s of a start, and more in
 * garbage collection; a question needs the lists of its ~30 terms. FlexSearch only calls `get` on this map when
 * it searches and `set` when it imports (each term's value as stored, its lists still packed).
 */
export class ListsUnpackedOnDemand extends Map<unknown, unknown> {
  readonly #numbers: Uint32Array;
  readonly #unpacked = new Set<unknown>();

  constructor(numbers: Uint32Array) {
    super();
    this.#numbers = numbers;
  }

  override get(key: unknown): unknown {
    const value = super.get(key);
    if (value === undefined || this.#unpacked.has(key)) return value;
    const lists = unpackLists(value, this.#numbers);
    super.set(key, lists);
    this.#unpacked.add(key);
    return lists;
  }
}
