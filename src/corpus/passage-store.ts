import { openSync, readSync } from "node:fs";
import { OnDemandList } from "./on-demand-list.js";
import { passageIdOf } from "./passages.js";
import type { Passage } from "./types.js";

/**
 * What passages are apart from their texts, as columns of numbers (−1 for null); ids follow from them. A record
 * object per passage, and its id read back as a string, were ~0.1 s of a start at 20,000 articles.
 */
export interface PassageColumns {
  /** Each passage's article, as its place in `sourceIds`. */
  article: Int32Array;
  paragraph: Int32Array;
  part: Int32Array;
  /** Each passage's heading, as its place in `headings`. */
  heading: Int32Array;
  sourceIds: string[];
  headings: string[];
}

/**
 * Passages as columns and their texts as UTF-8 bytes (`offsets[i]`..`offsets[i + 1]`): the form a built index
 * keeps them in, so a corpus of thousands of articles is not decoded into strings until a passage is read.
 */
export interface StoredPassages {
  columns: PassageColumns;
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

/** The passages of the articles whose ids are `sourceIds`, stored; their texts as UTF-8 when already made. */
export function storePassages(
  passages: Passage[],
  sourceIds: string[],
  { bytes, offsets } = textsAsUtf8(passages.map((passage) => passage.text)),
): StoredPassages {
  const articleAt = new Map(sourceIds.map((id, i) => [id, i]));
  const headings = [...new Set(passages.flatMap((p) => (p.heading === null ? [] : [p.heading])))];
  const headingAt = new Map(headings.map((heading, i) => [heading, i]));
  const column = (of: (passage: Passage) => number | null | undefined) => Int32Array.from(passages, (p) => of(p) ?? -1);
  const columns: PassageColumns = {
    article: column((p) => articleAt.get(p.sourceId)),
    paragraph: column((p) => p.paragraph),
    part: column((p) => p.part),
    heading: column((p) => (p.heading === null ? null : headingAt.get(p.heading))),
    sourceIds,
    headings,
  };
  return { columns, texts: bytes, offsets };
}

/** Whether the columns are whole and every passage names a stored article; else why not. */
export function passageColumnsProblem(columns: PassageColumns): string | null {
  const { article, paragraph, part, heading, sourceIds, headings } = columns;
  if (![paragraph, part, heading].every((column) => column.length === article.length))
    return "the passage columns do not match each other";
  for (let i = 0; i < article.length; i++) {
    if (sourceIds[article[i] ?? -1] === undefined) return `passage ${i} names no stored article`;
    const at = heading[i] ?? -1;
    if (at >= headings.length) return `passage ${i} names no stored heading`;
  }
  return null;
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

const orNull = (value: number | undefined): number | null => (value === undefined || value < 0 ? null : value);

/** A passage read from the store's columns, its text when needed (a few hundred bytes: microseconds). */
class StoredPassage implements Passage {
  readonly #store: StoredPassages;
  readonly #position: number;
  readonly #recent: RecentTexts;
  #id: string | undefined;

  constructor(store: StoredPassages, position: number, recent: RecentTexts) {
    this.#store = store;
    this.#position = position;
    this.#recent = recent;
  }

  get id(): string {
    this.#id ??= passageIdOf(this.sourceId, this.paragraph, this.part);
    return this.#id;
  }

  get sourceId(): string {
    const { article, sourceIds } = this.#store.columns;
    return sourceIds[article[this.#position] ?? -1] ?? "";
  }

  get paragraph(): number | null {
    return orNull(this.#store.columns.paragraph[this.#position]);
  }

  get part(): number | null {
    return orNull(this.#store.columns.part[this.#position]);
  }

  get heading(): string | null {
    const { heading, headings } = this.#store.columns;
    return headings[heading[this.#position] ?? -1] ?? null;
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

export function passagesOf(store: StoredPassages): OnDemandList<Passage> {
  const recent = new RecentTexts();
  return new OnDemandList(store.columns.article.length, (position) => new StoredPassage(store, position, recent));
}
