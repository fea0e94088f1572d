import type { Passage } from "./types.js";

/** What a passage is apart from its text. */
export type PassageRecord = Omit<Passage, "text">;

/**
 * Passages as records and one UTF-8 buffer of their texts (`offsets[i]`..`offsets[i + 1]`): the form a built
 * index keeps them in, so a corpus of thousands of articles is not decoded into strings until a passage is read.
 */
export interface StoredPassages {
  records: PassageRecord[];
  texts: Uint8Array;
  offsets: Uint32Array;
}

export function storePassages(passages: Passage[]): StoredPassages {
  const encoded = passages.map((passage) => Buffer.from(passage.text, "utf8"));
  const offsets = new Uint32Array(passages.length + 1);
  encoded.forEach((bytes, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + bytes.length;
  });
  return {
    records: passages.map(({ text: _text, ...record }) => record),
    texts: Buffer.concat(encoded),
    offsets,
  };
}

/** A passage whose text is decoded from the store each time it is read (a few hundred bytes: microseconds). */
class StoredPassage implements Passage {
  readonly id: string;
  readonly sourceId: string;
  readonly paragraph: number | null;
  readonly part: number | null;
  readonly heading: string | null;
  readonly #store: StoredPassages;
  readonly #position: number;

  constructor(store: StoredPassages, position: number) {
    const record = store.records[position];
    if (!record) throw new Error(`passage-store: no passage at ${position}`);
    ({ id: this.id, sourceId: this.sourceId, paragraph: this.paragraph, part: this.part, heading: this.heading } = record);
    this.#store = store;
    this.#position = position;
  }

  get text(): string {
    const { texts, offsets } = this.#store;
    return Buffer.from(texts.buffer, texts.byteOffset, texts.byteLength).toString(
      "utf8",
      offsets[this.#position],
      offsets[this.#position + 1],
    );
  }

  toJSON(): Passage {
    const { id, sourceId, paragraph, part, heading, text } = this;
    return { id, sourceId, paragraph, part, heading, text };
  }
}

export const passagesOf = (store: StoredPassages): Passage[] =>
  store.records.map((_, position) => new StoredPassage(store, position));
