import { loadCorpus } from "../corpus/load-corpus.js";
import { type StoredPassages, storePassages } from "../corpus/passage-store.js";
import { splitIntoPassages } from "../corpus/passages.js";
import type { Article, ParsedArticle, Passage } from "../corpus/types.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { Analyzer, PassageSentence } from "../nlp/analyzer.js";
import type { Nlp } from "../nlp/pipeline.js";
import { TermTally } from "../nlp/term-tally.js";
import type { Thesaurus } from "../nlp/thesaurus.js";
import type { IndexTables } from "../search/index-tables.js";
import { keyTermsOf } from "../search/key-terms.js";
import { buildPassageIndex } from "../search/passage-index.js";
import { type SemanticArrays, semanticBuilder } from "../search/semantic-space.js";
import { type NameRow, sourceNameTable } from "../search/source-names.js";
import type { PackedTermSearch, TermSearch } from "../search/term-lists.js";
import { groupCellsBeside } from "./cells-beside.js";
import { READ_ALONGSIDE_FROM, readAlongside, shareTexts, worthReadingAlongside } from "./passage-reading.js";

/**
 * Everything derived from a corpus folder, in the form `npm run build-index` stores: the articles' facts, the
 * passages, the index's tables and FlexSearch, the meaning vectors, and what the articles are about. The engine
 * is opened over it, whether it was just built or read back.
 */
export interface CorpusIndex {
  articles: Article[];
  passages: StoredPassages;
  tables: IndexTables;
  /** FlexSearch over the passages' terms, and its index in the form it is stored. */
  search: TermSearch;
  packedSearch: PackedTermSearch;
  semantics: SemanticArrays | null;
  /** Names and the terms the corpus uses far more than English does. */
  keyTerms: string[];
  /** Per article, in their order, what it mostly talks about (a list: a record keyed by 20,000 ids read slowly). */
  topics: string[][];
  /** Every word the articles use, lowercase. */
  corpusWords: string[];
  /** Every way the articles write each term ("Kremlin", "Moscow" for @russia): what bold is told from. */
  writtenForms: Map<string, string[]>;
  /** The names a question may give an article by (author, surname, publisher). */
  sourceNames: NameRow[];
  /** The corpus's thesaurus it was read with (a start reading the index then reads no YAML). */
  thesaurus: Thesaurus;
}

const TOPICS_PER_ARTICLE = 8;

/** Reads and validates the corpus folder (throws CorpusError listing every problem), then analyses each passage once. */
export const buildCorpusIndex = (corpusDir: string, nlp: Nlp, analyzer: Analyzer, lexicon: Lexicon): CorpusIndex =>
  indexArticles(loadCorpus(corpusDir), nlp, analyzer, lexicon);

/** Analyses each passage of the articles once; `readAlongsideFrom`: passages from which a worker thread reads
 * beside the build (given a second core). */
export function indexArticles(
  parsed: ParsedArticle[],
  nlp: Nlp,
  analyzer: Analyzer,
  lexicon: Lexicon,
  readAlongsideFrom = READ_ALONGSIDE_FROM,
): CorpusIndex {
  const splitSentences = (text: string) => nlp.readDoc(text).sentences().out();
  const passages = parsed.flatMap((article) => splitIntoPassages(article, splitSentences));
  const texts = passages.map((passage) => passage.text);
  // The texts as UTF-8 are made once: shared with the reading worker, then stored (a second copy was ~0.1 GB
  // more at the build's peak, at 20,000 articles).
  const shared = worthReadingAlongside(passages.length, readAlongsideFrom) ? shareTexts(texts) : null;
  const alongside = shared ? readAlongside(texts, analyzer, analyzer.thesaurus, shared) : null;
  try {
    const read = indexPassages(
      parsed,
      passages,
      lexicon,
      (passage, position) => {
        if (!alongside) return analyzer.passageSentences(passage.text);
        const sentences = alongside.read(position);
        // The worker's heap (its own wink-nlp model, its garbage) is let go with the last passage, before the
        // build's tail, which is where its memory peaks.
        if (position === passages.length - 1) alongside.close();
        return sentences;
      },
      shared ? { bytes: Buffer.from(shared.bytes), offsets: shared.starts } : undefined,
      // The second core that read beside the build groups the passages by meaning beside its tail.
      shared !== null,
    );
    return { ...read, thesaurus: analyzer.thesaurus };
  } finally {
    alongside?.close();
  }
}

function indexPassages(
  parsed: ParsedArticle[],
  passages: Passage[],
  lexicon: Lexicon,
  readPassage: (passage: Passage, position: number) => PassageSentence[],
  utf8?: { bytes: Buffer; offsets: Uint32Array },
  cellsBeside = false,
): Omit<CorpusIndex, "thesaurus"> {
  const dates = new Map(parsed.map((article) => [article.id, article.date]));
  // What each article is about is counted from the same one reading of its passages (names and nouns).
  const bodyNouns = new Map(parsed.map((article) => [article.id, new TermTally()]));
  const readSentences = (passage: Passage, position: number) => {
    const sentences = readPassage(passage, position);
    if (passage.paragraph !== null) for (const { nouns } of sentences) bodyNouns.get(passage.sourceId)?.add(nouns);
    return sentences;
  };
  // The words each passage's sentences were read into go to meaning and the corpus's vocabulary, then go.
  const semantics = semanticBuilder(lexicon, cellsBeside ? { passageCount: passages.length, cells: groupCellsBeside } : {});
  const { tables, search, packedSearch, writtenForms, index } = buildPassageIndex(passages, readSentences, {
    // A passage is "from 2017" though it never says so: questions often name the year of the events.
    contextTermsOf: (passage) => [(dates.get(passage.sourceId) ?? "").slice(0, 4)],
    onSentenceTerms: semantics.add,
  });
  // Topics are the terms key to the corpus (keyness against English), so everyday words never name a topic.
  const keyTerms = keyTermsOf(index.termTotals(), writtenForms, lexicon);
  const topics = parsed.map((article) => bodyNouns.get(article.id)?.top(TOPICS_PER_ARTICLE, (term) => keyTerms.has(term)) ?? []);
  const articles = parsed.map(({ blocks: _blocks, ...article }): Article => article);
  return {
    articles,
    passages: storePassages(
      passages,
      parsed.map((article) => article.id),
      utf8,
    ),
    tables,
    search,
    packedSearch,
    semantics: semantics.done(),
    keyTerms: [...keyTerms],
    topics,
    corpusWords: semantics.words(),
    writtenForms,
    sourceNames: sourceNameTable(articles),
  };
}
