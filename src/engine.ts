import { join } from "node:path";
import { loadThesaurus } from "./corpus/load-thesaurus.js";
import type { OnDemandList } from "./corpus/on-demand-list.js";
import { passagesOf } from "./corpus/passage-store.js";
import type { Article, Passage } from "./corpus/types.js";
import { buildCorpusIndex, type CorpusIndex } from "./index-store/corpus-index.js";
import { corpusFileStatsBeside } from "./index-store/fingerprint.js";
import { type IndexOrigin, openCorpusIndex } from "./index-store/open-corpus-index.js";
import { ensureLexicon, type Lexicon } from "./lexicon/lexicon.js";
import { type Analyzer, createAnalyzer } from "./nlp/analyzer.js";
import { createNlp, type Nlp } from "./nlp/pipeline.js";
import { FRAMING_WORDS } from "./nlp/question-framing.js";
import { COMMON_WORDS, createSpeller, type Speller } from "./nlp/spelling.js";
import { sourceFinder } from "./search/article-descriptions.js";
import { openPassageIndex, type PassageIndex } from "./search/passage-index.js";
import { type PassageProfiles, passageProfiles } from "./search/passage-profile.js";
import { openSemanticSpace, type SemanticSpace } from "./search/semantic-space.js";
import { type SourceNameFinder, sourceNameFinder } from "./search/source-names.js";

/**
 * Everything answering needs, built once at start and shared by every mode (console, Discord, scripts). It owns
 * all that is derived from the corpus; no module keeps state of its own.
 */
export interface Engine {
  articles: Article[];
  articleById: Map<string, Article>;
  /** The article a passage belongs to (throws for a passage of no known article: a bug, not bad input). */
  articleOf(passage: Passage): Article;
  /** Every passage, by position (made when first read). */
  passages: OnDemandList<Passage>;
  /** An article's body passages (not its author note), in order. */
  bodyOf(sourceId: string): Passage[];
  index: PassageIndex;
  analyzer: Analyzer;
  /** Per source id, what the article mostly talks about (for "the articles cover…" when declining). */
  topics: Map<string, string[]>;
  /** General English word knowledge (WordNet, word vectors), the same for every corpus. */
  lexicon: Lexicon;
  /** The corpus's stems and sentences as vectors. */
  semantics: SemanticSpace;
  /** Names and the terms the corpus uses far more than English does: what relates a question to it. */
  keyTerms: ReadonlySet<string>;
  /** Reads likely typos in a question as the words meant. */
  correctSpelling: Speller;
  /** Every word the articles use, lowercase. */
  corpusWords: ReadonlySet<string>;
  /** The articles a question names by author, surname or publisher. */
  findSourceMentions: SourceNameFinder;
  /** What comparisons read of each passage, computed once. */
  profiles: PassageProfiles;
}

export interface EngineParts {
  nlp: Nlp;
  lexicon: Lexicon;
}

/** Builds the engine from the corpus folder in memory (tests, evaluation): nothing is read from or written to disk. */
export function createEngine(corpusDir: string, parts: Partial<EngineParts> = {}): Engine {
  const { nlp, lexicon } = partsOrMade(parts);
  const analyzer = createAnalyzer(nlp, loadThesaurus(corpusDir), lexicon.idioms);
  return engineOver(buildCorpusIndex(corpusDir, nlp, analyzer, lexicon), analyzer, lexicon);
}

/** A question's framing words are read as written, never as typos ("tbh" is not "tah"). */
const FRAMING_WORD_SET: ReadonlySet<string> = new Set(FRAMING_WORDS);

/** A word is as common as its commoner spelling: British "cosy" is no rarer a word than "cozy". */
function rankOfAnySpelling(lexicon: Lexicon, word: string): number | undefined {
  const ranks = [word, ...lexicon.spellingVariants(word)].flatMap((w) => lexicon.rankOf(w) ?? []);
  return ranks.length > 0 ? Math.min(...ranks) : undefined;
}

/** The language pipeline and word knowledge given, or made. */
const partsOrMade = (parts: Partial<EngineParts>): EngineParts => ({
  nlp: parts.nlp ?? createNlp(),
  lexicon: parts.lexicon ?? ensureLexicon(),
});

export interface OpenOptions extends Partial<EngineParts> {
  /** Where the built index is kept; by default the corpus folder's `.index`. */
  indexDir?: string;
  log?: (line: string) => void;
}

/**
 * The engine for a running bot or script: the index is read from its folder when it was built from this corpus,
 * otherwise built once and saved there (`npm run build-index` does it ahead of time).
 */
export function openEngine(corpusDir: string, options: OpenOptions = {}): Engine & { origin: IndexOrigin } {
  // Whether the stored index is this corpus's is looked at beside the readers' loading.
  const filesNow = corpusFileStatsBeside(corpusDir);
  const { nlp, lexicon } = partsOrMade(options);
  // A stored index brings the thesaurus it was built with: the folder's is read only when building.
  let analyzer: Analyzer | undefined;
  const { corpus, origin } = openCorpusIndex({
    filesNow,
    corpusDir,
    indexDir: options.indexDir ?? defaultIndexDir(corpusDir),
    nlp,
    analyzer: (onRead) => {
      analyzer ??= createAnalyzer(nlp, loadThesaurus(corpusDir, onRead), lexicon.idioms);
      return analyzer;
    },
    lexicon,
    log: options.log ?? ((line) => console.error(line)),
  });
  return { ...engineOver(corpus, analyzer ?? createAnalyzer(nlp, corpus.thesaurus, lexicon.idioms), lexicon), origin };
}

export const defaultIndexDir = (corpusDir: string): string => join(corpusDir, ".index");

/** The engine over a corpus index, just built or read back from `npm run build-index`'s folder. */
export function engineOver(corpus: CorpusIndex, analyzer: Analyzer, lexicon: Lexicon): Engine {
  const { articles } = corpus;
  const passages = passagesOf(corpus.passages);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const articleOf = (passage: Passage): Article => {
    const article = articleById.get(passage.sourceId);
    if (!article) throw new Error(`engine: passage ${passage.id} names unknown article ${passage.sourceId}`);
    return article;
  };
  // Each article's passage positions, grouped from the columns when first asked for (a passage named by id, an
  // article's neighbours): no answer needs them, and only the article's own passages are then made.
  let grouped: Map<string, number[]> | undefined;
  const positionsIn = (sourceId: string): number[] => {
    if (!grouped) {
      const { article, sourceIds } = corpus.passages.columns;
      grouped = new Map(sourceIds.map((id) => [id, []]));
      for (let position = 0; position < article.length; position++)
        grouped.get(sourceIds[article[position] ?? -1] ?? "")?.push(position);
    }
    return grouped.get(sourceId) ?? [];
  };
  const passagesIn = (sourceId: string) => positionsIn(sourceId).flatMap((position) => passages.at(position) ?? []);
  const bodyOf = (sourceId: string) => passagesIn(sourceId).filter((passage) => passage.paragraph !== null);
  // An id is its article's id, "#", and its place in the article.
  const positionOf = (id: string) =>
    positionsIn(id.slice(0, id.lastIndexOf("#"))).find((position) => passages.at(position)?.id === id);
  const index = openPassageIndex(corpus.tables, passages, corpus.search, corpus.writtenForms, positionOf);
  const corpusWords = new Set(corpus.corpusWords);
  return {
    articles,
    articleById,
    articleOf,
    passages,
    bodyOf,
    index,
    analyzer,
    topics: new Map(articles.map((article, i) => [article.id, corpus.topics[i] ?? []])),
    lexicon,
    semantics: openSemanticSpace(lexicon, corpus.semantics),
    keyTerms: new Set(corpus.keyTerms),
    correctSpelling: createSpeller({
      rankOf: (word) => rankOfAnySpelling(lexicon, word),
      commonWords: () => lexicon.commonWords(COMMON_WORDS),
      corpusWords,
      readAsWritten: FRAMING_WORD_SET,
    }),
    corpusWords,
    findSourceMentions: sourceFinder(articles, sourceNameFinder(articles, corpus.sourceNames)),
    profiles: passageProfiles(analyzer, index),
  };
}
