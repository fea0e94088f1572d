import type { Engine } from "../engine.js";

/** How long an article is, as a reader counts: its body paragraphs and words (the author note is no part of it). */
export interface ArticleLength {
  paragraphs: number;
  words: number;
}

export function articleLength(engine: Engine, sourceId: string): ArticleLength {
  const body = engine.bodyOf(sourceId);
  // A long paragraph is stored as several passages of one paragraph number.
  const paragraphs = new Set(body.map((passage) => passage.paragraph)).size;
  const words = body.reduce((sum, passage) => sum + (passage.text.match(/\S+/g)?.length ?? 0), 0);
  return { paragraphs, words };
}
