/** Splits text into sentences; injected so corpus and search code stay free of the NLP pipeline. */
export type SentenceSplitter = (text: string) => string[];

/**
 * Sentences as verbatim slices of the text: the splitter may normalise spacing, so each sentence is
 * located in the original and cut from it, and the text between sentences stays with the one before.
 */
export function verbatimSentences(text: string, splitSentences: SentenceSplitter): string[] {
  const starts: number[] = [];
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const trimmed = sentence.trim();
    const start = trimmed ? text.indexOf(trimmed, cursor) : -1;
    if (start < 0) continue;
    starts.push(start);
    cursor = start + trimmed.length;
  }
  if (starts.length === 0 || starts[0] !== 0) starts.unshift(0);
  return starts.map((start, i) => text.slice(start, starts[i + 1] ?? text.length).trim()).filter((s) => s.length > 0);
}
