import type { Column } from "../search/index-tables.js";

/**
 * JSON with its long lists of whole numbers kept apart, as 32-bit numbers: how FlexSearch's export is stored.
 * Its term lists are ~9 million passage numbers at 20,000 articles; as JSON text they took ~0.35 s of a ~2 s start
 * to parse (and more to collect), read from binary ~0.1 s. What FlexSearch is given back is the data it exported.
 */

/** Stands where a list was: its place in the numbers. No other object of that one key is ever packed. */
const MARK = "@u32";

/** Shorter lists stay in the JSON: the mark would be as long as they are. */
const MIN_PACKED = 4;

const isPackable = (value: unknown[]): value is number[] =>
  value.length >= MIN_PACKED && value.every((x) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 0xffffffff);

/** The value with each list of whole numbers replaced by its place in `numbers`, where its numbers are appended. */
export function packLists(value: unknown, numbers: Column): unknown {
  if (Array.isArray(value)) {
    if (!isPackable(value)) return value.map((item) => packLists(item, numbers));
    const at = numbers.length;
    for (const n of value) numbers.push(n);
    return { [MARK]: [at, value.length] };
  }
  if (value !== null && typeof value === "object") {
    if (MARK in value) throw new Error(`packLists: an object with the key ${MARK} cannot be packed`);
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, packLists(item, numbers)]));
  }
  return value;
}

/** The value `packLists` was given, its lists read back from `numbers`; throws when a place lies outside them. */
export function unpackLists(packed: unknown, numbers: Uint32Array): unknown {
  if (Array.isArray(packed)) return packed.map((item) => unpackLists(item, numbers));
  if (packed === null || typeof packed !== "object") return packed;
  const place = (packed as Record<string, unknown>)[MARK];
  if (place === undefined)
    return Object.fromEntries(Object.entries(packed).map(([key, item]) => [key, unpackLists(item, numbers)]));
  const [at, length] = Array.isArray(place) ? place : [];
  if (!Number.isInteger(at) || !Number.isInteger(length) || at < 0 || length < 0 || at + length > numbers.length)
    throw new RangeError(`a list at ${JSON.stringify(place)} lies outside the ${numbers.length} numbers stored`);
  // Filled by a loop into an array of its size: Array.from over a typed array goes through the iterator, ~3× slower.
  const list: number[] = new Array(length).fill(0);
  for (let i = 0; i < length; i++) list[i] = numbers[at + i] ?? 0;
  return list;
}
