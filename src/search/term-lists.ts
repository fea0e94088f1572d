import type { Document } from "flexsearch";

/** The term index's one field: each passage is indexed under its terms, joined by spaces. */
export const TERMS_FIELD = "terms";

/** The field index's settings this module fills lists for (FlexSearch's defaults with `tokenize: "strict"`). */
const RESOLUTION = 9;

interface FieldIndex {
  resolution?: unknown;
  depth?: unknown;
  tokenize?: unknown;
  score?: unknown;
  rtl?: unknown;
  compress?: unknown;
  keystore?: unknown;
  fastupdate?: unknown;
  map?: unknown;
}

/**
 * Whether FlexSearch's field index is as this module expects: then the lists it would make are made here and
 * handed to it through its own `import`. Otherwise (another FlexSearch) passages are added to it one by one.
 */
export function canFillLists(search: Document<{ id: number; terms: string }>): boolean {
  const field = (search as unknown as { index?: Map<string, FieldIndex> }).index?.get(TERMS_FIELD);
  return (
    field !== undefined &&
    field.resolution === RESOLUTION &&
    !field.depth &&
    field.tokenize === "strict" &&
    !field.score &&
    !field.rtl &&
    !field.compress &&
    !field.keystore &&
    !field.fastupdate &&
    field.map instanceof Map
  );
}

/**
 * The slot FlexSearch files a term under, by its place among the passage's terms (earlier terms rank first):
 * FlexSearch's own `get_score` for a strict, context-free index.
 */
export const slotOf = (termCount: number, place: number): number =>
  // The same arithmetic in the same order: 8 / n · i + 1 rounds up to a whole number where 8 / n · i falls just short of one.
  place === 0 ? 0 : termCount <= RESOLUTION ? place : Math.trunc(((RESOLUTION - 1) / termCount) * place + 1);

/**
 * The term → passages lists FlexSearch makes when each passage is added as its terms joined by spaces, made the
 * way FlexSearch makes them but without what it does besides (a dictionary of each passage's terms, the document
 * layer): at 20,000 articles adding passages took ~12.5 s of the build's main thread. A test checks that
 * FlexSearch's export is the same either way.
 */
export class TermListsBuilder {
  readonly #ids = new Map<string, number>();
  /** Terms in order of first use, as FlexSearch's map holds them. */
  readonly #terms: string[] = [];
  /** Per term: its lists by slot, each in passage order (holes where no passage has it in that slot). */
  readonly #slots: number[][][] = [];
  readonly #registered: number[] = [];

  /** The passage at `position`, indexed under `terms` in this order (what would be joined by spaces). */
  addPassage(position: number, terms: string[]): void {
    if (terms.length === 0 || (terms.length === 1 && terms[0] === "")) return; // no text: FlexSearch skips it
    // FlexSearch splits the text at spaces: a term holding one (or an empty one) counts as its parts.
    const split = terms.some((term) => term === "" || term.includes(" "));
    const tokens = split ? terms.join(" ").split(" ") : terms;
    const seen = split ? new Set<string>() : null;
    tokens.forEach((token, place) => {
      if (token === "" || seen?.has(token)) return;
      seen?.add(token);
      let id = this.#ids.get(token);
      if (id === undefined) {
        id = this.#terms.length;
        this.#ids.set(token, id);
        this.#terms.push(token);
        this.#slots.push([]);
      }
      const slots = this.#slots[id] ?? [];
      const slot = slotOf(tokens.length, place);
      let list = slots[slot];
      if (!list) {
        list = [];
        slots[slot] = list;
      }
      list.push(position);
    });
    this.#registered.push(position);
  }

  /** Hands the lists to FlexSearch through its own import, as its export holds them. */
  into(search: Document<{ id: number; terms: string }>): void {
    const entries = this.#terms.map((term, id) => [term, this.#slots[id] ?? []]);
    search.import(`${TERMS_FIELD}.1.map`, entries as never);
    search.import("1.reg", this.#registered as never);
  }
}
