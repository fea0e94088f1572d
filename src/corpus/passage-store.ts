import { openSync, readSync } from "node:fs";
import type { Passage } from "./types.js";

/** What a passage is apart from its text. */
export type PassageRecord = Omit<Passage, "text">;

/**
 * Passages as records and their texts as UTF-8 bytes (`offsets[i]`..`offsets[i + 1]`): the form a built index
 * keeps them in, so a corpus of thousands of articles is not decoded into strings until a passage is read.
 */
export interface StoredPassages {
  records: PassageRecord[];
  /** In memory (a corpus just built), or in a file read a passage at a time (an index read back). */
  texts: Uint8Array | TextFile;
  offsets: Uint32Array;
}

/** A file of passage texts, read where a passage lies when it is quoted: a large corpus's text stays on disk. */
export class TextFile {
  readonly path: string;
  readonly #fd: number;

  constructor(path: string) {
    this.path = path;
    // Open for the life of the process: a rebuilt index replaces the file, and this one stays whole meanwhile.
    this.#fd = openSync(path, "r");
  }

  read(start: number, end: number): string {
    const bytes = Buffer.alloc(end - start);
    for (let done = 0; done < bytes.length; ) {
      const n = readSync(this.#fd, bytes, done, bytes.length - done, start + done);
      if (n === 0) throw new Error(`passage-store: ${this.path} ends before byte ${end}`);
      done += n;
    }
    return bytes.toString("utf8");
  }
}

/**
 * Texts as UTF-8 back to back, text i at bytes offsets[i] .. offsets[i + 1]: measured, then written into one buffer
 * (a buffer per text, then joined, held every text twice for a while: ~0.2 GB at 20,000 articles). `memory` makes
 * the buffers: plain, or shared with a worker thread.
 */
export function textsAsUtf8(
  texts: string[],
  memory: (bytes: number) => ArrayBufferLike = (bytes) => new ArrayBuffer(bytes),
): { bytes: Buffer; offsets: Uint32Array } {
  const offsets = new Uint32Array(memory(4 * (texts.length + 1)));
  texts.forEach((text, i) => {
    offsets[i + 1] = (offsets[i] ?? 0) + Buffer.byteLength(text, "utf8");
  });
  const bytes = Buffer.from(memory(offsets[texts.length] ?? 0));
  texts.forEach((text, i) => {
    bytes.write(text, offsets[i] ?? 0, "utf8");
  });
  return { bytes, offsets };
}

export function storePassages(passages: Passage[]): StoredPassages {
  const { bytes, offsets } = textsAsUtf8(passages.map((passage) => passage.text));
  return { records: passages.map(({ text: _text, ...record }) => record), texts: bytes, offsets };
}

/** Texts decoded lately, kept: an answer reads the passages it shows several times (to score sentences, quote,
 * highlight, compare), and each read of a stored text is a decode, and from a file a system call. Bounded, so a
 * long-running bot does not end up holding a large corpus's text. */
const TEXTS_KEPT = 2048;

class RecentTexts {
  readonly #texts = new Map<number, string>();

  get(position: number, read: () => string): string {
    let text = this.#texts.get(position);
    if (text === undefined) {
      text = read();
      if (this.#texts.size >= TEXTS_KEPT) this.#texts.clear();
      this.#texts.set(position, text);
    }
    return text;
  }
}

/** A passage whose text is read from the store when needed (a few hundred bytes: microseconds). */
class StoredPassage implements Passage {
  readonly id: string;
  readonly sourceId: string;
  readonly paragraph: number | null;
  readonly part: number | null;
  readonly heading: string | null;
  readonly #store: StoredPassages;
  readonly #position: number;
  readonly #recent: RecentTexts;

  constructor(store: StoredPassages, position: number, recent: RecentTexts) {
    const record = store.records[position];
    if (!record) throw new Error(`passage-store: no passage at ${position}`);
    ({ id: this.id, sourceId: this.sourceId, paragraph: this.paragraph, part: this.part, heading: this.heading } = record);
    this.#store = store;
    this.#position = position;
    this.#recent = recent;
  }

  get text(): string {
    return this.#recent.get(this.#position, () => {
      const { texts, offsets } = this.#store;
      const start = offsets[this.#position] ?? 0;
      const end = offsets[this.#position + 1] ?? 0;
      if (texts instanceof TextFile) return texts.read(start, end);
      return Buffer.from(texts.buffer, texts.byteOffset, texts.byteLength).toString("utf8", start, end);
    });
  }

  toJSON(): Passage {
    const { id, sourceId, paragraph, part, heading, text } = this;
    return { id, sourceId, paragraph, part, heading, text };
  }
}

export function passagesOf(store: StoredPassages): Passage[] {
  const recent = new RecentTexts();
  return store.records.map((_, position) => new StoredPassage(store, position, recent));
}
