import type { Article, Passage } from "./types.js";

/** Paragraphs longer than this are split into runs of whole sentences, so a quote fits a Discord field. */
export const MAX_PASSAGE_CHARS = 1000;

/** Splits text into sentences; injected so this module stays free of the NLP pipeline. */
export type SentenceSplitter = (text: string) => string[];

/**
 * Article → passages: one per paragraph (very long ones in parts), plus the author note when the article
 * prints one. Every passage text is a verbatim slice of the article.
 */
export function splitIntoPassages(article: Article, splitSentences: SentenceSplitter): Passage[] {
  const passages: Passage[] = [];
  let heading: string | null = null;
  let paragraph = 0;
  for (const block of article.blocks) {
    if (block.kind === "heading") {
      heading = block.text;
      continue;
    }
    paragraph += 1;
    const parts = block.text.length > MAX_PASSAGE_CHARS ? sentenceRuns(block.text, splitSentences) : [block.text];
    parts.forEach((text, index) => {
      const part = parts.length > 1 ? index + 1 : null;
      const id = `${article.id}#p${paragraph}${part === null ? "" : `.${part}`}`;
      passages.push({ id, sourceId: article.id, paragraph, part, heading, text });
    });
  }
  if (article.authorNote) {
    passages.push({
      id: `${article.id}#author`,
      sourceId: article.id,
      paragraph: null,
      part: null,
      heading: null,
      text: article.authorNote,
    });
  }
  return passages;
}

/** Groups sentences into runs of at most MAX_PASSAGE_CHARS, sliced from the original text so spacing is kept. */
function sentenceRuns(text: string, splitSentences: SentenceSplitter): string[] {
  const bounds: number[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const start = text.indexOf(sentence.trim(), cursor);
    if (start < 0) continue;
    bounds.push(start);
    cursor = start + sentence.trim().length;
  }
  bounds.push(text.length);
  const runs: string[] = [];
  let runStart = bounds[0] ?? 0;
  for (let i = 1; i < bounds.length; i++) {
    const end = bounds[i] as number;
    const previous = bounds[i - 1] as number;
    if (end - runStart > MAX_PASSAGE_CHARS && previous > runStart) {
      runs.push(text.slice(runStart, previous).trim());
      runStart = previous;
    }
  }
  runs.push(text.slice(runStart).trim());
  return runs.filter((run) => run.length > 0);
}
