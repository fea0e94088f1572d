import { type SentenceSplitter, verbatimSentences } from "./sentences.js";
import type { ParsedArticle, Passage } from "./types.js";

/** Paragraphs longer than this are split into runs of whole sentences, so a quote fits a Discord field. */
export const MAX_PASSAGE_CHARS = 1000;

/** A passage's stable id: "hilton-2017#p9", "hilton-2017#p9.2" (second part of a split paragraph), "hilton-2017#author". */
export const passageIdOf = (sourceId: string, paragraph: number | null, part: number | null): string =>
  paragraph === null ? `${sourceId}#author` : `${sourceId}#p${paragraph}${part === null ? "" : `.${part}`}`;

/**
 * Article → passages: one per paragraph (very long ones in parts), plus the author note when the article
 * prints one. Every passage text is a verbatim slice of the article.
 */
export function splitIntoPassages(article: ParsedArticle, splitSentences: SentenceSplitter): Passage[] {
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
      passages.push({ id: passageIdOf(article.id, paragraph, part), sourceId: article.id, paragraph, part, heading, text });
    });
  }
  if (article.authorNote) {
    passages.push({
      id: passageIdOf(article.id, null, null),
      sourceId: article.id,
      paragraph: null,
      part: null,
      heading: null,
      text: article.authorNote,
    });
  }
  return passages;
}

/** Groups whole sentences into runs of at most MAX_PASSAGE_CHARS (a longer single sentence stays whole). */
function sentenceRuns(text: string, splitSentences: SentenceSplitter): string[] {
  const runs: string[] = [];
  let runStart = 0;
  let runEnd = 0;
  let cursor = 0;
  for (const sentence of verbatimSentences(text, splitSentences)) {
    const start = text.indexOf(sentence, cursor);
    const end = start + sentence.length;
    cursor = end;
    if (end - runStart > MAX_PASSAGE_CHARS && runEnd > runStart) {
      runs.push(text.slice(runStart, runEnd).trim());
      runStart = start;
    }
    runEnd = end;
  }
  runs.push(text.slice(runStart).trim());
  return runs.filter((run) => run.length > 0);
}
