import { OnDemandList } from "../corpus/on-demand-list.js";
import { locateSentences } from "../corpus/sentences.js";
import type { Passage } from "../corpus/types.js";
import type { WrittenTerm } from "../nlp/analyzer.js";
import { holdsWholeWord } from "../nlp/whole-words.js";
import { Column, findRow, type IndexTables, perTermCounts } from "./index-tables.js";
import { openTermSearch, type PackedTermSearch, packedTermLists, slotOf, type TermSearch } from "./term-lists.js";

/** How often a passage uses a term, and in which of its sentences (bit i: sentence i). */
export interface TermOccurrence {
  count: number;
  sentences: number;
}

/** A passage with what the scoring stage needs of it, read from the index's tables. */
export interface IndexedPassage {
  passage: Passage;
  /** Its place in the index (and in every per-passage array built beside it). */
  position: number;
  /** How often it uses the term, and where; undefined when it does not. */
  occurrence(term: string): TermOccurrence | undefined;
  /** Its sentences, verbatim; sentence i is bit i of the masks. */
  sentences: string[];
  /** Its content terms and, of them, its names and nouns, with their counts: what a comparison weighs. */
  wording(): { terms: Map<string, number>; nouns: Map<string, number> };
  sentenceCount: number;
  length: number;
}

/** Passages a union of terms is counted over exactly (above, it is estimated). */
const EXACT_UNION_UP_TO = 5000;

/** Passages nominated per candidate place before commoner terms only add to the scores of those nominated. */
const NOMINEES_PER_PLACE = 4;

// Sentences past the 31st share the last bit: a paragraph that long is split into passages anyway.
export const sentenceBit = (i: number) => 1 << Math.min(i, 30);

export interface PassageIndex {
  entries: OnDemandList<IndexedPassage>;
  /** A passage by its id ("hilton-2017#p9"). */
  byId: { get(id: string): IndexedPassage | undefined };
  averageLength: number;
  /** Whether any passage is indexed under the term. */
  hasTerm(term: string): boolean;
  /** How many passages hold any of the terms. */
  documentFrequency(terms: string[]): number;
  /** Indexed terms that start with the prefix (for words the corpus only has in compounds: "food" → "foodstuff"). */
  termsStartingWith(prefix: string): string[];
  /** Passages holding at least one of the terms, as FlexSearch ranks them. */
  candidates(terms: string[], limit: number): IndexedPassage[];
  /** The terms looked up once, to be read in many passages (a question's terms in each of its candidates). */
  lookup(terms: string[]): TermLookup;
  /**
   * The words that show the term in the passage, as written (for bold): those of the corpus's ways of writing it
   * that the passage holds as whole words. Found in the text: reading the passage again with wink-nlp was the
   * largest cost of a question not asked before (~4 ms at 2,000 articles).
   */
  writtenIn(entry: IndexedPassage, term: string): string[];
  /** Every way the corpus writes the term, in the order first met. */
  formsOf(term: string): string[];
  /** How often the whole corpus uses each term (counted from the tables when the index is opened). */
  termTotals(): TermTotals;
}

/** Terms resolved to their rows once; each passage is then read for all of them in one walk of its rows. */
export interface TermLookup {
  /** How many of the terms some passage holds: the length of what `read` fills. */
  size: number;
  /** The term's place in what `read` fills; −1 when no passage holds it. */
  slotOf(term: string): number;
  /** The passage's count and sentence mask of each term, by slot (0 where it lacks the term). */
  read(entry: IndexedPassage, counts: Uint32Array, sentences: Uint32Array): void;
}

export interface TermTotals {
  count(term: string): number;
  forEach(each: (term: string, count: number) => void): void;
}

/** How a passage is read: its sentences as split, each with its terms (one reading of the text). Passages are
 * read once each, in order of position. */
export type SentenceReader = (
  passage: Passage,
  position: number,
) => { text: string; terms: WrittenTerm[]; content?: { term: string }[]; nouns?: { term: string }[] }[];

/** The index, and every way the corpus writes each term (what key terms are judged by, and bold is found with). */
export interface BuiltIndex {
  index: PassageIndex;
  tables: IndexTables;
  /** FlexSearch's index in the form it is stored (`term-lists.ts`), and FlexSearch over it. */
  packedSearch: PackedTermSearch;
  search: TermSearch;
  writtenForms: Map<string, string[]>;
}

export interface BuildOptions {
  /** Terms true of a whole passage without being written in it (the article's year). */
  contextTermsOf?: (passage: Passage) => string[];
  /** Each passage's sentences' terms, as read, in passage order: handed on, not kept. */
  onSentenceTerms?: (sentences: WrittenTerm[][]) => void;
}

/**
 * Reads every passage once into the tables and FlexSearch. Term ids are given in order of first use while
 * reading, then renumbered in sorted order, so no passage keeps a map of its own (the largest cost at scale).
 */
export function buildPassageIndex(passages: Passage[], readSentences: SentenceReader, options: BuildOptions = {}): BuiltIndex {
  const { contextTermsOf = () => [], onSentenceTerms = () => {} } = options;
  const firstIds = new Map<string, number>();
  const columns = {
    termStart: new Column(),
    termIds: new Column(),
    termCounts: new Column(),
    termSentences: new Column(),
    termContentCounts: new Column(),
    termNounCounts: new Column(),
    /** Where FlexSearch files the row's term (`slotOf`): by its place among the passage's terms. */
    termSlots: new Column(),
  };
  const lengths = new Uint32Array(passages.length);
  const sentenceStart = new Column();
  const sentenceSpans = new Column();
  const writtenForms = new Map<string, string[]>();
  passages.forEach((passage, position) => {
    const read = readSentences(passage, position);
    const located = locateSentences(
      passage.text,
      read.map((sentence) => sentence.text),
    );
    const terms = new Map<string, TermOccurrence>();
    const add = (term: string, sentenceMask: number) => {
      const occurrence = terms.get(term) ?? { count: 0, sentences: 0 };
      occurrence.count += 1;
      occurrence.sentences |= sentenceMask;
      terms.set(term, occurrence);
      lengths[position] = (lengths[position] ?? 0) + 1;
    };
    sentenceStart.push(sentenceSpans.length / 2);
    onSentenceTerms(
      located.map(({ parts, start, text }, i) => {
        sentenceSpans.push(start);
        sentenceSpans.push(start + text.length);
        // A sentence the tokenizer read in parts (rare) is handed on as one.
        const sentenceTerms =
          parts.length === 1 ? (read[parts[0] ?? 0]?.terms ?? []) : parts.flatMap((part) => read[part]?.terms ?? []);
        const bit = sentenceBit(i);
        for (const { term, written } of sentenceTerms) {
          add(term, bit);
          const forms = writtenForms.get(term);
          if (!forms) writtenForms.set(term, [written]);
          else if (!forms.includes(written)) forms.push(written);
        }
        return sentenceTerms;
      }),
    );
    const allSentences = located.reduce((mask, _, i) => mask | sentenceBit(i), 0);
    // An article with no date has no year to index.
    for (const term of contextTermsOf(passage)) if (term !== "") add(term, allSentences);
    const content = tally(read, (sentence) => sentence.content);
    const nouns = tally(read, (sentence) => sentence.nouns);
    columns.termStart.push(columns.termIds.length);
    let place = 0;
    for (const [term, { count, sentences }] of terms) {
      let id = firstIds.get(term);
      if (id === undefined) {
        id = firstIds.size;
        firstIds.set(term, id);
      }
      columns.termIds.push(id);
      columns.termCounts.push(count);
      columns.termSentences.push(sentences);
      columns.termContentCounts.push(content.get(term) ?? 0);
      columns.termNounCounts.push(nouns.get(term) ?? 0);
      columns.termSlots.push(slotOf(terms.size, place++));
    }
  });
  columns.termStart.push(columns.termIds.length);
  sentenceStart.push(sentenceSpans.length / 2);
  const firstSeen = [...firstIds.keys()];
  const termStart = columns.termStart.done();
  const termIds = columns.termIds.done();
  // FlexSearch's lists come from the rows while their terms are still numbered in order of first use.
  const packedSearch = packedTermLists(firstSeen, termStart, termIds, columns.termSlots.doneAs16Bits());
  const search = openTermSearch(packedSearch);
  const tables = sortedByTerm(firstSeen, termStart, termIds, {
    termCounts: columns.termCounts.done(),
    termSentences: columns.termSentences.done(),
    termContentCounts: columns.termContentCounts.doneAs16Bits(),
    termNounCounts: columns.termNounCounts.doneAs16Bits(),
  });
  const built = {
    ...tables,
    ...perTermCounts(tables.vocabulary.length, tables.termIds, tables.termCounts),
    lengths,
    sentenceStart: sentenceStart.done(),
    sentenceSpans: sentenceSpans.done(),
  };
  return {
    index: openPassageIndex(
      built,
      new OnDemandList(passages.length, (position) => passages[position] as Passage),
      search,
      writtenForms,
    ),
    tables: built,
    packedSearch,
    search,
    writtenForms,
  };
}

/** The tables' columns with a value per (passage, term) row. */
type RowColumns = Pick<IndexTables, "termCounts" | "termSentences" | "termContentCounts" | "termNounCounts">;

/** Counts of each term in some lists of each sentence. */
function tally<S>(sentences: S[], termsOf: (sentence: S) => { term: string }[] | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const { term } of termsOf(sentence) ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Renumbers terms in sorted order (so prefixes can be searched) and sorts each passage's rows by id, in place: a
 * sorted copy of every column was ~0.19 GB more at 20,000 articles, at the start of the build's tail, where its
 * memory peaks. A passage's rows are few (dozens): each is reordered through a small scratch buffer.
 */
function sortedByTerm(
  firstSeen: string[],
  termStart: Uint32Array,
  termIds: Uint32Array,
  rowColumns: RowColumns,
): Pick<IndexTables, "vocabulary" | "termStart" | "termIds" | keyof RowColumns> {
  const order = firstSeen.map((_, id) => id).sort((a, b) => ((firstSeen[a] ?? "") < (firstSeen[b] ?? "") ? -1 : 1));
  const newId = new Uint32Array(firstSeen.length);
  order.forEach((id, rank) => {
    newId[id] = rank;
  });
  for (let row = 0; row < termIds.length; row++) termIds[row] = newId[termIds[row] ?? 0] ?? 0;
  const columns = [termIds, ...Object.values(rowColumns)] as (Uint32Array | Uint16Array)[];
  let scratch = new Uint32Array(64);
  // A row's key is its term's id times the passage's row count plus its place: exact in a double, and unique (a
  // passage has a term once), so a typed array's own numeric sort orders them, with no comparator called (this
  // step took ~0.6 s longer so at 20,000 articles).
  let keys = new Float64Array(64);
  for (let p = 0; p + 1 < termStart.length; p++) {
    const from = termStart[p] ?? 0;
    const count = (termStart[p + 1] ?? 0) - from;
    if (scratch.length < count) {
      scratch = new Uint32Array(count);
      keys = new Float64Array(count);
    }
    const sorted = keys.subarray(0, count);
    for (let k = 0; k < count; k++) sorted[k] = (termIds[from + k] ?? 0) * count + k;
    sorted.sort();
    for (const column of columns) {
      for (let k = 0; k < count; k++) scratch[k] = column[from + ((sorted[k] ?? 0) % count)] ?? 0;
      for (let k = 0; k < count; k++) column[from + k] = scratch[k] ?? 0;
    }
  }
  return { vocabulary: order.map((id) => firstSeen[id] ?? ""), termStart, termIds, ...rowColumns };
}

/**
 * The index over its tables, whether just built or read from disk. `writtenForms`: every way the corpus writes
 * each term, for showing which words of a passage match (bold).
 */
export function openPassageIndex(
  tables: IndexTables,
  passages: OnDemandList<Passage>,
  search: TermSearch,
  writtenForms: ReadonlyMap<string, string[]>,
  /** Where the passage of an id lies, when the caller knows without a map of every id (a stored corpus). */
  positionOf?: (id: string) => number | undefined,
): PassageIndex {
  const termIdOf = new Map(tables.vocabulary.map((term, id) => [term, id]));
  const { termPassages: frequency, termUses: totals } = tables;
  const entries = new OnDemandList<IndexedPassage>(
    passages.length,
    (position) => new TableEntry(passages.at(position) as Passage, position, tables, termIdOf),
  );
  // Made when first asked for (a passage named by id), unless the caller finds ids' places without one.
  let byId: Map<string, number> | undefined;
  const placeOf =
    positionOf ??
    ((id: string) => {
      byId ??= new Map(passages.all().map((passage, position) => [passage.id, position]));
      return byId.get(id);
    });
  const totalLength = tables.lengths.reduce((sum, length) => sum + length, 0);
  const averageLength = totalLength / Math.max(1, entries.length);
  const { vocabulary } = tables;
  const dfOf = (term: string) => frequency[termIdOf.get(term) ?? -1] ?? 0;
  const positionsOf = (term: string, limit: number) =>
    search.search(term, { limit }).flatMap((field) => field.result.map((id) => Number(id)));

  return {
    entries,
    byId: { get: (id) => entries.at(placeOf(id) ?? -1) },
    averageLength,
    hasTerm: (term) => termIdOf.has(term),
    documentFrequency(terms) {
      const known = terms.filter((term) => termIdOf.has(term));
      if (known.length <= 1) return known[0] === undefined ? 0 : dfOf(known[0]);
      // Counting a union reads every passage of every term: beyond a few thousand, the count expected were the
      // terms independent stands in (idf takes its logarithm; 2.8 of 14 ms a question at 200,000 passages).
      const dfs = known.map(dfOf);
      if (dfs.reduce((sum, df) => sum + df, 0) > EXACT_UNION_UP_TO) {
        const n = entries.length;
        return Math.round(n * (1 - dfs.reduce((missed, df) => missed * (1 - df / n), 1)));
      }
      const union = new Set<number>();
      for (const term of known) for (const position of positionsOf(term, dfOf(term))) union.add(position);
      return union.size;
    },
    termsStartingWith(prefix) {
      // Binary search to the first term ≥ prefix in the sorted vocabulary, then read while it matches.
      let low = 0;
      let high = vocabulary.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((vocabulary[mid] ?? "") < prefix) low = mid + 1;
        else high = mid;
      }
      const found: string[] = [];
      for (let i = low; i < vocabulary.length; i++) {
        const term = vocabulary[i] ?? "";
        if (!term.startsWith(prefix)) break;
        if (term !== prefix) found.push(term);
      }
      return found;
    },
    candidates(terms, limit) {
      // The passages holding the most of the terms, rarer terms counting more (idf). The rarest terms' lists are
      // read from FlexSearch whole (a one-term query costs what it returns) until a few times `limit` passages are
      // nominated; the commoner terms then only add to those. So the cost follows the limit, not the corpus: a
      // "suggest" query over all the terms walks every list, 150 ms a question at 200,000 passages. In a corpus
      // this small (the two articles) every passage holding any of the terms is a candidate, as before.
      const scores = new Map<number, number>();
      const idf = (term: string) => Math.log(1 + entries.length / Math.max(1, dfOf(term)));
      const rarestFirst = [...terms].sort((a, b) => dfOf(a) - dfOf(b));
      for (const term of rarestFirst) {
        const id = termIdOf.get(term);
        if (id === undefined) continue;
        const weight = idf(term);
        const room = limit * NOMINEES_PER_PLACE - scores.size;
        if (room > 0) {
          for (const position of positionsOf(term, room)) scores.set(position, (scores.get(position) ?? 0) + weight);
        } else {
          for (const [position, score] of scores) {
            const from = tables.termStart[position] ?? 0;
            if (findRow(tables.termIds, from, tables.termStart[position + 1] ?? from, id) >= 0)
              scores.set(position, score + weight);
          }
        }
      }
      // Every term common: the first passages of the rarest one (closeness of meaning nominates others).
      if (scores.size === 0 && rarestFirst[0] !== undefined)
        for (const position of positionsOf(rarestFirst[0], limit)) scores.set(position, 0);
      return [...scores]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .flatMap(([position]) => entries.at(position) ?? []);
    },
    lookup(terms) {
      const known: number[] = [];
      for (const term of terms) {
        const id = termIdOf.get(term);
        if (id !== undefined) known.push(id);
      }
      const ids = Uint32Array.from(new Set(known)).sort();
      const { termStart, termIds, termCounts, termSentences } = tables;
      return {
        size: ids.length,
        slotOf(term) {
          const id = termIdOf.get(term);
          return id === undefined ? -1 : findRow(ids, 0, ids.length, id);
        },
        read(entry, counts, sentences) {
          counts.fill(0);
          sentences.fill(0);
          // Both the passage's rows and the slots are in term-id order: one merge.
          let row = termStart[entry.position] ?? 0;
          const end = termStart[entry.position + 1] ?? 0;
          for (let slot = 0; slot < ids.length && row < end; slot++) {
            const id = ids[slot] ?? 0;
            while (row < end && (termIds[row] ?? 0) < id) row++;
            if (termIds[row] === id && row < end) {
              counts[slot] = termCounts[row] ?? 0;
              sentences[slot] = termSentences[row] ?? 0;
            }
          }
        },
      };
    },
    termTotals() {
      return {
        count: (term) => totals[termIdOf.get(term) ?? -1] ?? 0,
        forEach(each) {
          totals.forEach((count, id) => {
            each(vocabulary[id] ?? "", count);
          });
        },
      };
    },
    writtenIn(entry, term) {
      const text = entry.passage.text;
      // Whole words as bold finds them (case counts: "US" is not "us"). A form of several words ("Kim Il sung",
      // as the tokenizer splits "Kim Il-sung") is held when each word is.
      return (writtenForms.get(term) ?? []).filter((form) => form.split(" ").every((word) => holdsWholeWord(text, word)));
    },
    formsOf: (term) => writtenForms.get(term) ?? [],
  };
}

/** One passage's view of the tables. */
class TableEntry implements IndexedPassage {
  readonly passage: Passage;
  readonly position: number;
  readonly #tables: IndexTables;
  readonly #termIdOf: Map<string, number>;

  constructor(passage: Passage, position: number, tables: IndexTables, termIdOf: Map<string, number>) {
    this.passage = passage;
    this.position = position;
    this.#tables = tables;
    this.#termIdOf = termIdOf;
  }

  get length(): number {
    return this.#tables.lengths[this.position] ?? 0;
  }

  get sentenceCount(): number {
    const { sentenceStart } = this.#tables;
    return (sentenceStart[this.position + 1] ?? 0) - (sentenceStart[this.position] ?? 0);
  }

  get sentences(): string[] {
    const { sentenceStart, sentenceSpans } = this.#tables;
    const text = this.passage.text;
    const out: string[] = [];
    for (let s = sentenceStart[this.position] ?? 0; s < (sentenceStart[this.position + 1] ?? 0); s++)
      out.push(text.slice(sentenceSpans[2 * s], sentenceSpans[2 * s + 1]));
    return out;
  }

  wording(): { terms: Map<string, number>; nouns: Map<string, number> } {
    const { vocabulary, termStart, termIds, termContentCounts, termNounCounts } = this.#tables;
    const terms = new Map<string, number>();
    const nouns = new Map<string, number>();
    for (let row = termStart[this.position] ?? 0; row < (termStart[this.position + 1] ?? 0); row++) {
      const term = vocabulary[termIds[row] ?? 0] ?? "";
      const content = termContentCounts[row] ?? 0;
      const noun = termNounCounts[row] ?? 0;
      if (content > 0) terms.set(term, content);
      if (noun > 0) nouns.set(term, noun);
    }
    return { terms, nouns };
  }

  occurrence(term: string): TermOccurrence | undefined {
    const id = this.#termIdOf.get(term);
    if (id === undefined) return undefined;
    const { termStart, termIds, termCounts, termSentences } = this.#tables;
    const row = findRow(termIds, termStart[this.position] ?? 0, termStart[this.position + 1] ?? 0, id);
    return row < 0 ? undefined : { count: termCounts[row] ?? 0, sentences: termSentences[row] ?? 0 };
  }
}
