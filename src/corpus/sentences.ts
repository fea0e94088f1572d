/** Splits text into sentences; injected so corpus and search code stay free of the NLP pipeline. */
export type SentenceSplitter = (text: string) => string[];

/** A verbatim sentence and which of the splitter's sentences it holds (by their order). */
export interface LocatedSentence {
  text: string;
  /** Where it starts in the text (UTF-16 offset): sentences are stored as spans of their passage. */
  start: number;
  parts: number[];
}

/**
 * Sentences as verbatim slices of the text: the splitter may normalise spacing, so each sentence is
 * located in the original and cut from it, and the text between sentences stays with the one before. A split
 * sentence that cannot be found stays with the slice before it.
 */
export function locateSentences(text: string, sentences: string[]): LocatedSentence[] {
  const slices: { start: number; parts: number[] }[] = [{ start: 0, parts: [] }];
  let cursor = 0;
  sentences.forEach((sentence, j) => {
    const trimmed = sentence.trim();
    const start = trimmed ? text.indexOf(trimmed, cursor) : -1;
    const last = slices[slices.length - 1];
    if (start < 0 || start === last?.start) last?.parts.push(j);
    else slices.push({ start, parts: [j] });
    if (start >= 0) cursor = start + trimmed.length;
  });
  const located: LocatedSentence[] = [];
  slices.forEach((slice, i) => {
    const raw = text.slice(slice.start, slices[i + 1]?.start ?? text.length);
    const piece = raw.trim();
    const previous = located[located.length - 1];
    const start = slice.start + raw.length - raw.trimStart().length;
    if (piece.length > 0) located.push({ text: piece, start, parts: slice.parts });
    else if (previous) previous.parts.push(...slice.parts);
    else if (slices[i + 1]) slices[i + 1]?.parts.unshift(...slice.parts);
  });
  return located;
}

export function verbatimSentences(text: string, splitSentences: SentenceSplitter): string[] {
  return locateSentences(text, splitSentences(text)).map((sentence) => sentence.text);
}
