import { Document } from "flexsearch";
import { checkPackedLists, ListsUnpackedOnDemand, packedListAt, unpackLists } from "./packed-lists.js";

/** FlexSearch over the passages' terms: what the index's candidates come from. */
export type TermSearch = Document<{ id: number; terms: string }>;

/** The term index's one field: each passage is indexed under its terms, joined by spaces. */
const TERMS_FIELD = "terms";

export const newTermSearch = (): TermSearch =>
  // Passages are indexed under analyzer terms (stems and entities), so FlexSearch's own encoder stays out of the way.
  new Document<{ id: number; terms: string }>({
    document: { id: "id", index: [{ field: TERMS_FIELD, tokenize: "strict", encode: (text: string) => text.split(" ") }] },
  });

/** FlexSearch's resolution (its default): a term is filed in one of 9 slots by its place among a passage's terms. */
const RESOLUTION = 9;

/**
 * The slot FlexSearch files a term under, by its place among the passage's terms (earlier terms rank first):
 * FlexSearch's own `get_score` for a strict, context-free index.
 */
export const slotOf = (termCount: number, place: number): number =>
  // The same arithmetic in the same order: 8 / n · i + 1 rounds up to a whole number where 8 / n · i falls just short of one.
  place === 0 ? 0 : termCount <= RESOLUTION ? place : Math.trunc(((RESOLUTION - 1) / termCount) * place + 1);

/**
 * FlexSearch's index as its export holds it, each key with its data, every list of passage numbers long enough
 * to be worth it kept in `lists` as 32-bit numbers (`packed-lists.ts`): what is stored, and what a start reads.
 */
export interface PackedTermSearch {
  parts: { key: string; data: unknown }[];
  lists: Uint32Array;
}

/**
 * FlexSearch's term → passages lists, made from the term rows the build reads anyway, in the form FlexSearch
 * exports them. Adding 200,000 passages to FlexSearch one by one took ~12.5 s of the build at 20,000 articles,
 * its lists as JavaScript arrays ~0.2 GB, and exporting them as JSON text ~60 MB more at the build's end. A test
 * checks that FlexSearch, given these, holds what it holds when every passage is added to it.
 *
 * Rows are per passage (`termStart`), each a term (`termIds`, into `terms`) and its slot; terms hold no spaces.
 */
export function packedTermLists(
  terms: string[],
  termStart: Uint32Array,
  termIds: Uint32Array,
  slots: Uint16Array,
): PackedTermSearch {
  // Passage numbers grouped by (term, slot), each group in passage order: a counting sort of the rows.
  const starts = new Uint32Array(terms.length * RESOLUTION + 1);
  for (let row = 0; row < termIds.length; row++) {
    const bucket = (termIds[row] as number) * RESOLUTION + (slots[row] as number) + 1;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  for (let b = 1; b < starts.length; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const passages = termStart.length - 1;
  const lists = new Uint32Array(termIds.length + passages);
  const filled = starts.slice(0, -1);
  const registered: number[] = [];
  for (let position = 0; position < passages; position++) {
    const from = termStart[position] as number;
    const to = termStart[position + 1] as number;
    if (to > from) registered.push(position);
    for (let row = from; row < to; row++) {
      const bucket = (termIds[row] as number) * RESOLUTION + (slots[row] as number);
      lists[filled[bucket] as number] = position;
      filled[bucket] = (filled[bucket] as number) + 1;
    }
  }
  const listAt = (at: number, length: number) => packedListAt(lists, at, length);
  const map: [string, unknown[]][] = [];
  terms.forEach((term, id) => {
    const bySlot: unknown[] = [];
    for (let slot = 0; slot < RESOLUTION; slot++) {
      const at = starts[id * RESOLUTION + slot] as number;
      const length = (starts[id * RESOLUTION + slot + 1] as number) - at;
      if (length > 0) bySlot[slot] = listAt(at, length);
    }
    // FlexSearch's slots run to the last one used, with nothing in the empty ones before it.
    if (bySlot.length > 0) map.push([term, Array.from(bySlot, (list) => list ?? null)]);
  });
  // The passages FlexSearch registers, after the lists in the same numbers.
  lists.set(registered, termIds.length);
  return {
    parts: [
      { key: `${TERMS_FIELD}.1.map`, data: map },
      { key: "1.reg", data: listAt(termIds.length, registered.length) },
    ],
    lists: lists.subarray(0, termIds.length + registered.length),
  };
}

interface FieldIndexes {
  index?: Map<string, { map?: unknown }>;
}

/**
 * FlexSearch over its packed export: a field's term map keeps its lists packed until a search asks for a term
 * (`ListsUnpackedOnDemand`); anything else, or a FlexSearch whose field indexes are not as expected, gets its lists
 * unpacked now. Throws, naming the part, when a part does not fit the numbers.
 */
export function openTermSearch({ parts, lists }: PackedTermSearch): TermSearch {
  const search = newTermSearch();
  for (const { key, data } of parts) {
    try {
      const field = key.endsWith(".map") ? (search as unknown as FieldIndexes).index?.get(key.split(".")[0] ?? "") : undefined;
      let imported: unknown;
      if (field?.map instanceof Map) {
        checkPackedLists(data, lists);
        if (!(field.map instanceof ListsUnpackedOnDemand)) field.map = new ListsUnpackedOnDemand(lists);
        imported = data;
      } else imported = unpackLists(data, lists);
      // FlexSearch takes its export back as text or as the data it parses that text into.
      search.import(key, imported as string);
    } catch (error) {
      throw new Error(`the term index's part ${key} is unreadable (${(error as Error).message})`);
    }
  }
  return search;
}
