import { Document } from "flexsearch";
import { locateSentences } from "../corpus/sentences.js";
import type { Passage } from "../corpus/types.js";
import type { WrittenTerm } from "../nlp/analyzer.js";

/** How often a passage uses a term, and in which of its sentences (bit i: sentence i). */
export interface TermOccurrence {
  count: number;
  sentences: number;
}

/** A passage with what the scoring stage needs of it. */
export interface IndexedPassage {
  passage: Passage;
  terms: Map<string, TermOccurrence>;
  /** For each term, the words that show it as the passage writes them: for highlighting matches. */
  writtenAs: Map<string, string[]>;
  /** Its sentences, verbatim; sentence i is bit i of the masks. */
  sentences: string[];
  length: number;
}

/** A content word of a sentence (lowercase) with its stem: what meaning is read from, at build time. */
export interface SentenceWord {
  word: string;
  stem: string;
}

/**
 * The index, and what building it read that only the rest of the build needs: per passage (in the order of
 * `index.entries`), per sentence, its content words. The builder uses them once and lets them go, so a large
 * corpus does not keep dozens of small objects per passage for ever.
 */
export interface BuiltIndex {
  index: PassageIndex;
  sentenceWords: SentenceWord[][][];
}

/** Passages nominated per candidate place before commoner terms only add to the scores of those nominated. */
const NOMINEES_PER_PLACE = 4;

// Sentences past the 31st share the last bit: a paragraph that long is split into passages anyway.
const sentenceBit = (i: number) => 1 << Math.min(i, 30);

export interface PassageIndex {
  entries: IndexedPassage[];
  byId: Map<string, IndexedPassage>;
  averageLength: number;
  /** Whether any passage is indexed under the term. */
  hasTerm(term: string): boolean;
  /** How many passages hold any of the terms. */
  documentFrequency(terms: string[]): number;
  /** Indexed terms that start with the prefix (for words the corpus only has in compounds: "food" → "foodstuff"). */
  termsStartingWith(prefix: string): string[];
  /** Passages holding at least one of the terms, as FlexSearch ranks them. */
  candidates(terms: string[], limit: number): IndexedPassage[];
}

/** How a passage is read: its sentences as split, each with its terms (one reading of the text). */
export type SentenceReader = (passage: Passage) => { text: string; terms: WrittenTerm[] }[];

/**
 * One copy of each term and word for the whole index: a large corpus repeats the same few thousand strings in
 * every passage, and each reading of a text makes new ones.
 */
type Interner = (text: string) => string;

/** One passage read once: its terms with counts and sentence masks, how they are written, its sentences' words. */
function analysePassage(
  passage: Passage,
  readSentences: SentenceReader,
  context: string[],
  intern: Interner,
): { entry: IndexedPassage; sentenceWords: SentenceWord[][] } {
  const read = readSentences(passage);
  const located = locateSentences(
    passage.text,
    read.map((sentence) => sentence.text),
  );
  const sentences = located.map((sentence) => sentence.text);
  const writtenAs = new Map<string, string[]>();
  const terms = new Map<string, TermOccurrence>();
  let length = 0;
  const add = (term: string, sentenceMask: number) => {
    const occurrence = terms.get(term) ?? { count: 0, sentences: 0 };
    occurrence.count += 1;
    occurrence.sentences |= sentenceMask;
    terms.set(term, occurrence);
    length += 1;
  };
  const sentenceWords = located.map(({ parts }, i) => {
    const words: SentenceWord[] = [];
    for (const reading of parts.flatMap((part) => read[part]?.terms ?? [])) {
      const term = intern(reading.term);
      const written = intern(reading.written);
      add(term, sentenceBit(i));
      const forms = writtenAs.get(term);
      if (!forms) writtenAs.set(term, [written]);
      else if (!forms.includes(written)) forms.push(written);
      // Entities are also indexed under each of their words, so the words alone are the sentence's content;
      // terms of meaning ("~advice") are no words at all.
      if (!/^[@~]/.test(term)) words.push({ word: intern(written.toLowerCase()), stem: term });
    }
    return words;
  });
  const allSentences = sentences.reduce((mask, _, i) => mask | sentenceBit(i), 0);
  for (const term of context) add(intern(term), allSentences);
  return { entry: { passage, terms, sentences, writtenAs, length }, sentenceWords };
}

/**
 * Passages are indexed under analyzer terms (stems and entities), so FlexSearch's own encoder stays out of the
 * way. (A little over 60 lines: most of it is the index's small methods, which share the tables built here.)
 */
export function buildPassageIndex(
  passages: Passage[],
  readSentences: SentenceReader,
  /** Terms true of a whole passage without being written in it (the article's year). */
  contextTermsOf: (passage: Passage) => string[] = () => [],
): BuiltIndex {
  const flex = new Document<{ id: string; terms: string }>({
    document: { id: "id", index: [{ field: "terms", tokenize: "strict", encode: (text: string) => text.split(" ") }] },
  });
  const strings = new Map<string, string>();
  const intern: Interner = (text) => {
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const entries: IndexedPassage[] = [];
  const sentenceWords: SentenceWord[][][] = [];
  const byId = new Map<string, IndexedPassage>();
  const postings = new Map<string, Set<string>>();
  for (const passage of passages) {
    const { entry, sentenceWords: words } = analysePassage(passage, readSentences, contextTermsOf(passage), intern);
    entries.push(entry);
    sentenceWords.push(words);
    byId.set(passage.id, entry);
    for (const term of entry.terms.keys()) {
      const list = postings.get(term) ?? new Set<string>();
      list.add(passage.id);
      postings.set(term, list);
    }
    flex.add({ id: passage.id, terms: [...entry.terms.keys()].join(" ") });
  }
  const vocabulary = [...postings.keys()].sort();
  const averageLength = entries.reduce((sum, e) => sum + e.length, 0) / Math.max(1, entries.length);

  const index: PassageIndex = {
    entries,
    byId,
    averageLength,
    hasTerm: (term) => postings.has(term),
    documentFrequency(terms) {
      const lists = terms.flatMap((term) => postings.get(term) ?? []);
      if (lists.length <= 1) return lists[0]?.size ?? 0;
      const union = new Set<string>();
      for (const list of lists) for (const id of list) union.add(id);
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
      for (const term of vocabulary.slice(low)) {
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
      const scores = new Map<string, number>();
      const idf = (term: string) => Math.log(1 + entries.length / Math.max(1, postings.get(term)?.size ?? 0));
      const rarestFirst = [...terms].sort((a, b) => (postings.get(a)?.size ?? 0) - (postings.get(b)?.size ?? 0));
      for (const term of rarestFirst) {
        const list = postings.get(term);
        if (!list) continue;
        const weight = idf(term);
        const room = limit * NOMINEES_PER_PLACE - scores.size;
        if (room > 0) {
          for (const field of flex.search(term, { limit: room }))
            for (const id of field.result) scores.set(String(id), (scores.get(String(id)) ?? 0) + weight);
        } else {
          for (const [id, score] of scores) if (list.has(id)) scores.set(id, score + weight);
        }
      }
      // Every term common: the first passages of the rarest one (closeness of meaning nominates others).
      if (scores.size === 0 && rarestFirst[0] !== undefined)
        for (const field of flex.search(rarestFirst[0], { limit })) for (const id of field.result) scores.set(String(id), 0);
      return [...scores]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .flatMap(([id]) => byId.get(id) ?? []);
    },
  };
  return { index, sentenceWords };
}
