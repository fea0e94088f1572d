import {
  closeSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { type PassageColumns, passageColumnsProblem, TextFile } from "../corpus/passage-store.js";
import type { Article } from "../corpus/types.js";
import { type Thesaurus, validateThesaurus } from "../nlp/thesaurus.js";
import type { IndexTables } from "../search/index-tables.js";
import type { CellIndex } from "../search/meaning-cells.js";
import type { SemanticArrays } from "../search/semantic-space.js";
import { type NameRow, nameTableFits } from "../search/source-names.js";
import { openTermSearch } from "../search/term-lists.js";
import type { CorpusIndex } from "./corpus-index.js";
import type { CorpusFingerprint } from "./fingerprint.js";
import { READ_BESIDE_FROM, readBeside } from "./read-beside.js";

/** Raised when a stored index cannot be read; the caller builds the index anew. */
export class IndexFileError extends Error {}

/** Bumped whenever the files' layout changes: an index of another layout is rebuilt, never misread. */
export const INDEX_FORMAT = 14;

const FILES = {
  manifest: "manifest.json",
  records: "records.json",
  arrays: "arrays.bin",
  texts: "texts.bin",
  search: "search",
  /** Inside `search`: the numbers of the export's lists (`packed-lists.ts`). */
  searchLists: "lists.bin",
};

type NumberArray = Uint32Array | Uint16Array | Int32Array | Float32Array | Int8Array;
const ARRAY_TYPES = { u32: Uint32Array, u16: Uint16Array, i32: Int32Array, f32: Float32Array, i8: Int8Array } as const;
const typeOf = (values: NumberArray): ArrayType =>
  (Object.keys(ARRAY_TYPES) as ArrayType[]).find((type) => values instanceof ARRAY_TYPES[type]) ?? "u32";
/** Every array starts at a multiple of this many bytes, so each can be viewed where it lies. */
const ARRAY_ALIGNMENT = 8;
type ArrayType = keyof typeof ARRAY_TYPES;

/** Where each typed array lies in arrays.bin. */
interface ArrayPlace {
  type: ArrayType;
  offset: number;
  length: number;
}

export interface Manifest {
  format: number;
  fingerprint: CorpusFingerprint;
  builtAt: string;
  articles: number;
  passages: number;
  arrays: Record<string, ArrayPlace>;
  searchKeys: string[];
}

/** What is stored as JSON: the strings and small records (passages as columns: 200,000 objects parse slowly). */
interface Records {
  articles: Article[];
  headings: string[];
  vocabulary: string[];
  stems: string[];
  keyTerms: string[];
  topics: string[][];
  corpusWords: string[];
  /** Per term of `vocabulary`, in its order: the ways the articles write it. */
  writtenForms: string[][];
  sourceNames: NameRow[];
  thesaurus: Thesaurus;
}

type TableArrays = Omit<IndexTables, "vocabulary">;
type MeaningArrays = Record<string, NumberArray>;

const tableArrays = (t: IndexTables): TableArrays => ({
  termStart: t.termStart,
  termIds: t.termIds,
  termCounts: t.termCounts,
  termSentences: t.termSentences,
  termContentCounts: t.termContentCounts,
  termNounCounts: t.termNounCounts,
  lengths: t.lengths,
  sentenceStart: t.sentenceStart,
  sentenceSpans: t.sentenceSpans,
  termPassages: t.termPassages,
  termUses: t.termUses,
});

const cellIndexArrays = (prefix: string, { cells, coarse }: CellIndex): MeaningArrays => ({
  ...prefixed(`${prefix}cells.`, cells),
  ...prefixed(`${prefix}coarse.`, coarse),
});

const meaningArrays = (s: SemanticArrays): MeaningArrays => ({
  "passages.values": s.passages.values,
  "passages.scales": s.passages.scales,
  sentenceStart: s.sentenceStart,
  "sentences.values": s.sentences.values,
  "sentences.scales": s.sentences.scales,
  shared: s.shared,
  stemVectors: s.stemVectors,
  ...(s.passageCells ? cellIndexArrays("passageCells.", s.passageCells) : {}),
  ...(s.stemCells ? cellIndexArrays("stemCells.", s.stemCells) : {}),
});

/** Writes all the bytes at the position (one call may write fewer than asked). */
function writeAllAt(file: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(file, bytes, done, bytes.length - done, position + done);
}

/**
 * Writes the index into `dir` whole or not at all: into a sibling folder first, which then takes the old one's
 * place, so a full disk or a crash mid-write leaves the previous index (or none), never half of one.
 */
export function writeCorpusIndex(dir: string, corpus: CorpusIndex, fingerprint: CorpusFingerprint): void {
  const staging = `${dir}.writing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(join(staging, FILES.search), { recursive: true });
    const { columns } = corpus.passages;
    const named: Record<string, NumberArray> = {
      ...prefixed("tables.", tableArrays(corpus.tables)),
      ...(corpus.semantics ? prefixed("meaning.", meaningArrays(corpus.semantics)) : {}),
      textOffsets: corpus.passages.offsets,
      "passages.article": columns.article,
      "passages.paragraph": columns.paragraph,
      "passages.part": columns.part,
      "passages.heading": columns.heading,
    };
    const arrays: Record<string, ArrayPlace> = {};
    let size = 0;
    for (const [name, values] of Object.entries(named)) {
      arrays[name] = { type: typeOf(values), offset: size, length: values.length };
      size = Math.ceil((size + values.byteLength) / ARRAY_ALIGNMENT) * ARRAY_ALIGNMENT;
    }
    // Each array written where it lies, straight from its memory: gathering them into one buffer first doubled
    // the memory the build peaks at (~0.6 GB more at 20,000 articles).
    const file = openSync(join(staging, FILES.arrays), "w");
    try {
      for (const [name, values] of Object.entries(named))
        writeAllAt(file, new Uint8Array(values.buffer, values.byteOffset, values.byteLength), arrays[name]?.offset ?? 0);
      ftruncateSync(file, size);
    } finally {
      closeSync(file);
    }
    const { texts } = corpus.passages;
    writeFileSync(join(staging, FILES.texts), texts instanceof TextFile ? readFileSync(texts.path) : texts);
    const { parts, lists } = corpus.packedSearch;
    parts.forEach(({ data }, i) => {
      writeFileSync(join(staging, FILES.search, `${i}.json`), JSON.stringify(data));
    });
    writeFileSync(
      join(staging, FILES.search, FILES.searchLists),
      new Uint8Array(lists.buffer, lists.byteOffset, lists.byteLength),
    );
    const searchKeys = parts.map(({ key }) => key);
    const records: Records = {
      articles: corpus.articles,
      headings: columns.headings,
      vocabulary: corpus.tables.vocabulary,
      stems: corpus.semantics?.stems ?? [],
      keyTerms: corpus.keyTerms,
      topics: corpus.topics,
      corpusWords: corpus.corpusWords,
      writtenForms: corpus.tables.vocabulary.map((term) => corpus.writtenForms.get(term) ?? []),
      sourceNames: corpus.sourceNames,
      thesaurus: corpus.thesaurus,
    };
    writeFileSync(join(staging, FILES.records), JSON.stringify(records));
    const manifest: Manifest = {
      format: INDEX_FORMAT,
      fingerprint,
      builtAt: new Date().toISOString(),
      articles: corpus.articles.length,
      passages: columns.article.length,
      arrays,
      searchKeys,
    };
    // The manifest last: a folder without one is not an index.
    writeFileSync(join(staging, FILES.manifest), JSON.stringify(manifest, null, 1));
    mkdirSync(dirname(dir), { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

const prefixed = (prefix: string, arrays: object): Record<string, NumberArray> =>
  Object.fromEntries(Object.entries(arrays).map(([name, values]) => [`${prefix}${name}`, values as NumberArray]));

/** Bytes the index in `dir` takes on disk, every file counted. */
export function indexBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The manifest of the index in `dir`, or null when there is none (or it is unreadable: the index is rebuilt). */
export function readManifest(dir: string): Manifest | null {
  const path = join(dir, FILES.manifest);
  if (!existsSync(path)) return null;
  try {
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    return manifest.format === INDEX_FORMAT ? manifest : null;
  } catch {
    return null;
  }
}

/** A file read whole into memory of its own (typed arrays need their own aligned buffer). */
function readWhole(path: string): ArrayBuffer {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const buffer = new ArrayBuffer(size);
    const view = new Uint8Array(buffer);
    for (let read = 0; read < size; ) {
      const n = readSync(fd, view, read, size - read, read);
      if (n === 0) throw new IndexFileError(`index: ${path} ended early`);
      read += n;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** Reads the index in `dir` as its manifest describes it; throws IndexFileError when any part does not fit. */
export function readCorpusIndex(dir: string, manifest: Manifest, readBesideFrom = READ_BESIDE_FROM): CorpusIndex {
  const fail = (why: string): never => {
    throw new IndexFileError(`index in ${dir}: ${why}`);
  };
  // The term index's numbers, then the arrays (the bulk of a large index), are read beside the records and
  // FlexSearch's export.
  const [listsRead, arraysRead] = readBeside(
    [join(dir, FILES.search, FILES.searchLists), join(dir, FILES.arrays)],
    readWhole,
    readBesideFrom,
  ) as [() => ArrayBufferLike, () => ArrayBufferLike];
  let records: Records;
  try {
    records = JSON.parse(readFileSync(join(dir, FILES.records), "utf8")) as Records;
  } catch (error) {
    return fail(`${FILES.records} unreadable (${(error as Error).message})`);
  }
  let lists: Uint32Array | undefined;
  const parts = manifest.searchKeys.map((key, i) => {
    try {
      lists ??= new Uint32Array(listsRead());
      return { key, data: JSON.parse(readFileSync(join(dir, FILES.search, `${i}.json`), "utf8")) as unknown };
    } catch (error) {
      return fail(`the term index's part ${key} is unreadable (${(error as Error).message})`);
    }
  });
  const packedSearch = { parts, lists: lists ?? new Uint32Array(0) };
  let search: CorpusIndex["search"];
  try {
    search = openTermSearch(packedSearch);
  } catch (error) {
    return fail((error as Error).message);
  }
  const buffer = arraysRead();
  const array = (name: string): NumberArray => {
    const place = manifest.arrays[name];
    if (!place) return fail(`no array ${name}`);
    const Type = ARRAY_TYPES[place.type];
    if (
      !Type ||
      place.offset % Type.BYTES_PER_ELEMENT !== 0 ||
      place.offset + place.length * Type.BYTES_PER_ELEMENT > buffer.byteLength
    )
      return fail(`array ${name} lies outside ${FILES.arrays}`);
    // A view over shared memory reads like one over an ArrayBuffer (the worker that filled it is done).
    return new Type(buffer as ArrayBuffer, place.offset, place.length);
  };
  const u32 = (name: string) => array(name) as Uint32Array;
  const u16 = (name: string) => array(name) as Uint16Array;
  const f32 = (name: string) => array(name) as Float32Array;
  const i8 = (name: string) => array(name) as Int8Array;
  const tables: IndexTables = {
    vocabulary: records.vocabulary,
    termStart: u32("tables.termStart"),
    termIds: u32("tables.termIds"),
    termCounts: u32("tables.termCounts"),
    termSentences: u32("tables.termSentences"),
    termContentCounts: u16("tables.termContentCounts"),
    termNounCounts: u16("tables.termNounCounts"),
    lengths: u32("tables.lengths"),
    sentenceStart: u32("tables.sentenceStart"),
    sentenceSpans: u32("tables.sentenceSpans"),
    termPassages: u32("tables.termPassages"),
    termUses: u32("tables.termUses"),
  };
  const cellIndexAt = (prefix: string): CellIndex | null =>
    `${prefix}cells.centroids` in manifest.arrays
      ? {
          cells: {
            centroids: f32(`${prefix}cells.centroids`),
            cellStart: u32(`${prefix}cells.cellStart`),
            members: u32(`${prefix}cells.members`),
          },
          coarse: { basis: f32(`${prefix}coarse.basis`), rows: f32(`${prefix}coarse.rows`) },
        }
      : null;
  const semantics: SemanticArrays | null =
    "meaning.passages.values" in manifest.arrays
      ? {
          passages: { values: i8("meaning.passages.values"), scales: f32("meaning.passages.scales") },
          sentenceStart: u32("meaning.sentenceStart"),
          sentences: { values: i8("meaning.sentences.values"), scales: f32("meaning.sentences.scales") },
          shared: f32("meaning.shared"),
          stems: records.stems,
          stemVectors: f32("meaning.stemVectors"),
          passageCells: cellIndexAt("meaning.passageCells."),
          stemCells: cellIndexAt("meaning.stemCells."),
        }
      : null;
  const texts = new TextFile(join(dir, FILES.texts));
  const offsets = u32("textOffsets");
  const i32 = (name: string) => array(name) as Int32Array;
  const columns: PassageColumns = {
    article: i32("passages.article"),
    paragraph: i32("passages.paragraph"),
    part: i32("passages.part"),
    heading: i32("passages.heading"),
    sourceIds: records.articles.map((article) => article.id),
    headings: records.headings,
  };
  const problem = passageColumnsProblem(columns);
  if (problem) fail(problem);
  if (!nameTableFits(records.sourceNames, records.articles.length)) fail("the table of source names does not fit the articles");
  if (!Array.isArray(records.topics) || records.topics.length !== records.articles.length)
    fail("the topics do not match the articles");
  if (validateThesaurus(records.thesaurus).length > 0) fail("the thesaurus stored is not one");
  const passages = columns.article.length;
  checkFits(passages, tables, offsets, statSync(texts.path).size, fail);
  if (semantics && !meaningVectorsFit(semantics, passages)) fail("the meaning vectors do not match the passages");
  if (semantics && !meaningCellsFit(semantics, passages)) fail("the meaning cells do not match the passages");
  return {
    articles: records.articles,
    passages: { columns, texts, offsets },
    tables,
    search,
    packedSearch,
    semantics,
    keyTerms: records.keyTerms,
    topics: records.topics,
    corpusWords: records.corpusWords,
    writtenForms: new Map(records.vocabulary.map((term, id) => [term, records.writtenForms[id] ?? []])),
    sourceNames: records.sourceNames,
    thesaurus: records.thesaurus,
  };
}

/** A vector per passage, and per sentence of each (as many bytes as a passage has numbers, and a scale). */
function meaningVectorsFit({ passages, sentenceStart, sentences }: SemanticArrays, count: number): boolean {
  const dimensions = passages.values.length / Math.max(1, count);
  const rows = sentenceStart[count] ?? -1;
  return (
    sentenceStart.length === count + 1 &&
    passages.scales.length === count &&
    Number.isInteger(dimensions) &&
    sentences.scales.length === rows &&
    sentences.values.length === rows * dimensions
  );
}

/** Cells hold every passage (and stem) once, with as many summaries, each as wide as the basis has directions. */
function meaningCellsFit({ passageCells, stemCells, passages, stems }: SemanticArrays, count: number): boolean {
  const dimensions = passages.values.length / Math.max(1, count);
  const fits = (index: CellIndex | null, rows: number) => {
    if (!index) return true;
    const width = index.coarse.basis.length / dimensions;
    return index.cells.members.length === rows && Number.isInteger(width) && index.coarse.rows.length === rows * width;
  };
  return fits(passageCells, count) && fits(stemCells, stems.length);
}

/** The parts agree on how many passages, terms and bytes there are (a damaged file is caught here, not mid-answer). */
function checkFits(
  passages: number,
  tables: IndexTables,
  offsets: Uint32Array,
  textBytes: number,
  fail: (why: string) => never,
): void {
  const rows = tables.termIds.length;
  if (
    tables.termStart.length !== passages + 1 ||
    tables.lengths.length !== passages ||
    tables.sentenceStart.length !== passages + 1
  )
    fail("the passage tables do not match the passages");
  const rowColumns = [tables.termCounts, tables.termSentences, tables.termContentCounts, tables.termNounCounts];
  if (tables.termStart[passages] !== rows || rowColumns.some((column) => column.length !== rows))
    fail("the term tables do not match each other");
  if (offsets.length !== passages + 1 || offsets[passages] !== textBytes) fail("the texts do not match the passages");
  if (tables.sentenceSpans.length !== 2 * (tables.sentenceStart[passages] ?? 0)) fail("the sentence spans do not match");
  let largest = 0;
  const { termIds } = tables;
  for (let row = 0; row < termIds.length; row++) largest = Math.max(largest, termIds[row] ?? 0);
  if (rows > 0 && largest >= tables.vocabulary.length) fail("a term id lies outside the vocabulary");
  if (tables.termPassages.length !== tables.vocabulary.length || tables.termUses.length !== tables.vocabulary.length)
    fail("the term counts do not match the vocabulary");
}
