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
  /** Per source id, what the article mostly talks about (for "the articles cover…" when declining). */
  topics: Map<string, string[]>;
}

const TOPICS_PER_ARTICLE = 8;

/** Loads and validates the corpus folder (throws CorpusError listing every problem), then indexes it. */
export function createEngine(corpusDir: string, nlp: Nlp = createNlp()): Engine {
  const articles = loadCorpus(corpusDir);
  const analyzer = createAnalyzer(nlp, loadThesaurus(corpusDir));
  const splitSentences = (text: string) => nlp.readDoc(text).sentences().out();
  const passages = articles.flatMap((article) => splitIntoPassages(article, splitSentences));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  return {
    articles,
    articleById,
    passages,
    // A passage is "from 2017" though it never says so: questions often name the year of the events.
    index: buildPassageIndex(passages, analyzer.passageTerms, splitSentences, (passage) => [
      (articleById.get(passage.sourceId) as Article).date.slice(0, 4),
    ]),
    analyzer,
    nlp,
    topics: new Map(
      articles.map((article) => {
        const body = passages.filter((p) => p.sourceId === article.id && p.paragraph !== null).map((p) => p.text);
        return [article.id, analyzer.keyTopics(body.join("\n\n"), TOPICS_PER_ARTICLE)];
      }),
    ),
  };
}
