import type { Column } from "../search/index-tables.js";

/**
 * JSON with its long lists of whole numbers kept apart, as 32-bit numbers: how FlexSearch's export is stored.
 * Its term lists are ~9 million passage numbers at 20,000 articles: read back from JSON text, FlexSearch took
 * 0.58–0.69 s of a ~2 s start, from binary 0.37–0.47 s. What FlexSearch is given back is the data it exported.
 */

/** Stands where a list was: its place in the numbers. Text that already uses this key is not packed. */
const MARK = "@u32";

/** Shorter lists stay in the JSON: the mark would be as long as they are. */
const MIN_PACKED = 4;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x5b;
const CLOSE = 0x5d;
const COMMA = 0x2c;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Where a JSON string starting at `start` (its opening quote) ends: just past its closing quote. */
function afterString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
  return i + 1;
}

/**
 * For a list opening at `start`: how many whole numbers (0 .. 2³² − 1, written plainly) it holds when that is all
 * it holds, or null. Its closing bracket then lies at `end`.
 */
function wholeNumberList(text: string, start: number): { count: number; end: number } | null {
  let count = 0;
  let i = start + 1;
  for (;;) {
    const from = i;
    while (isDigit(text.charCodeAt(i))) i++;
    if (i === from || i - from > 10 || Number(text.slice(from, i)) > 0xffffffff) return null;
    count++;
    const next = text.charCodeAt(i);
    if (next === CLOSE) return { count, end: i };
    if (next !== COMMA) return null;
    i++;
  }
}

/**
 * JSON text with each list of whole numbers replaced by its place in `numbers`, where its numbers are appended.
 * Read as text, not parsed: FlexSearch exports its index as JSON text, and parsing 60 MB of it into arrays first
 * was ~0.2 GB more at the build's end.
 */
export function packListsInJson(text: string, numbers: Column): string {
  if (text.includes(`"${MARK}"`)) throw new Error(`packListsInJson: the text already uses the key ${MARK}`);
  const parts: string[] = [];
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      i = afterString(text, i);
      continue;
    }
    const list = code === OPEN ? wholeNumberList(text, i) : null;
    if (!list || list.count < MIN_PACKED) {
      i++;
      continue;
    }
    parts.push(text.slice(copiedTo, i), `{"${MARK}":[${numbers.length},${list.count}]}`);
    for (let at = i + 1; at < list.end; ) {
      let value = 0;
      for (; isDigit(text.charCodeAt(at)); at++) value = value * 10 + (text.charCodeAt(at) - 0x30);
      numbers.push(value);
      at++;
    }
    copiedTo = list.end + 1;
    i = copiedTo;
  }
  parts.push(text.slice(copiedTo));
  return parts.join("");
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
