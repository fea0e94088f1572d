import { loadCorpus } from "./corpus/load-corpus.js";
import { loadThesaurus } from "./corpus/load-thesaurus.js";
import { splitIntoPassages } from "./corpus/passages.js";
import type { Article, Passage } from "./corpus/types.js";
import { ensureLexicon, type Lexicon } from "./lexicon/lexicon.js";
import { type Analyzer, createAnalyzer, type LabelledTerm } from "./nlp/analyzer.js";
import { createNlp, type Nlp } from "./nlp/pipeline.js";
import { COMMON_WORDS, createSpeller, type Speller } from "./nlp/spelling.js";
import { keyTermsOf } from "./search/key-terms.js";
import { buildPassageIndex, type PassageIndex } from "./search/passage-index.js";
import { type PassageProfiles, passageProfiles } from "./search/passage-profile.js";
import { buildSemanticSpace, type SemanticSpace } from "./search/semantic-space.js";
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
  passages: Passage[];
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

const TOPICS_PER_ARTICLE = 8;

/** Loads and validates the corpus folder (throws CorpusError listing every problem), then indexes it. */
export function createEngine(corpusDir: string, parts: Partial<EngineParts> = {}): Engine {
  const nlp = parts.nlp ?? createNlp();
  const lexicon = parts.lexicon ?? ensureLexicon();
  const articles = loadCorpus(corpusDir);
  const analyzer = createAnalyzer(nlp, loadThesaurus(corpusDir));
  const splitSentences = (text: string) => nlp.readDoc(text).sentences().out();
  const passages = articles.flatMap((article) => splitIntoPassages(article, splitSentences));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const articleOf = (passage: Passage): Article => {
    const article = articleById.get(passage.sourceId);
    if (!article) throw new Error(`engine: passage ${passage.id} names unknown article ${passage.sourceId}`);
    return article;
  };
  const bodies = new Map<string, Passage[]>(articles.map((article) => [article.id, []]));
  for (const passage of passages) if (passage.paragraph !== null) bodies.get(passage.sourceId)?.push(passage);
  const bodyOf = (sourceId: string) => bodies.get(sourceId) ?? [];
  // What each article is about is counted from the same one reading of its passages (names and nouns).
  const bodyNouns = new Map<string, LabelledTerm[]>(articles.map((article) => [article.id, []]));
  const readSentences = (passage: Passage) => {
    const sentences = analyzer.passageSentences(passage.text);
    if (passage.paragraph !== null) bodyNouns.get(passage.sourceId)?.push(...sentences.flatMap((s) => s.nouns));
    return sentences;
  };
  // A passage is "from 2017" though it never says so: questions often name the year of the events.
  const { index, sentenceWords } = buildPassageIndex(passages, readSentences, (passage) => [articleOf(passage).date.slice(0, 4)]);
  // Topics are the terms key to the corpus (keyness against English), so everyday words never name a topic.
  const keyTerms = keyTermsOf(index.entries, lexicon);
  const corpusWords = new Set(sentenceWords.flat(2).map((w) => w.word));
  return {
    articles,
    articleById,
    articleOf,
    passages,
    bodyOf,
    index,
    analyzer,
    topics: new Map(
      articles.map((article) => [
        article.id,
        analyzer.keyTopics(bodyNouns.get(article.id) ?? [], TOPICS_PER_ARTICLE, (term) => keyTerms.has(term)),
      ]),
    ),
    lexicon,
    semantics: buildSemanticSpace(lexicon, index.entries, sentenceWords),
    keyTerms,
    correctSpelling: createSpeller({ rankOf: lexicon.rankOf, commonWords: () => lexicon.commonWords(COMMON_WORDS), corpusWords }),
    corpusWords,
    findSourceMentions: sourceNameFinder(articles),
    profiles: passageProfiles(analyzer, index),
  };
}
