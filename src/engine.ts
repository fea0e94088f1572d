import { loadCorpus } from "./corpus/load-corpus.js";
import { loadThesaurus } from "./corpus/load-thesaurus.js";
import { splitIntoPassages } from "./corpus/passages.js";
import type { Article, Passage } from "./corpus/types.js";
import { type Analyzer, createAnalyzer } from "./nlp/analyzer.js";
import { createNlp, type Nlp } from "./nlp/pipeline.js";
import { buildPassageIndex, type PassageIndex } from "./search/passage-index.js";

/** Everything answering needs, built once at start and shared by every mode (console, Discord, scripts). */
export interface Engine {
  articles: Article[];
  articleById: Map<string, Article>;
  passages: Passage[];
  index: PassageIndex;
  analyzer: Analyzer;
  nlp: Nlp;
}

/** Loads and validates the corpus folder (throws CorpusError listing every problem), then indexes it. */
export function createEngine(corpusDir: string, nlp: Nlp = createNlp()): Engine {
  const articles = loadCorpus(corpusDir);
  const analyzer = createAnalyzer(nlp, loadThesaurus(corpusDir));
  const splitSentences = (text: string) => nlp.readDoc(text).sentences().out();
  const passages = articles.flatMap((article) => splitIntoPassages(article, splitSentences));
  return {
    articles,
    articleById: new Map(articles.map((article) => [article.id, article])),
    passages,
    index: buildPassageIndex(passages, analyzer.passageTerms, splitSentences),
    analyzer,
    nlp,
  };
}
