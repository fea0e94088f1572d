import type { LabelledTerm, PassageSentence, WrittenTerm } from "../nlp/analyzer.js";

/**
 * Passages' readings as the worker hands them over: each distinct string once, and the readings as numbers that
 * point into them. At 20,000 articles the same readings as JSON took the build 10.6 s to parse; these arrive as
 * one string list and one transferred array, and a term repeated in a chunk arrives as one string.
 */
export interface EncodedReadings {
  strings: string[];
  numbers: Int32Array;
}

export function encodeReadings(passages: PassageSentence[][]): EncodedReadings {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  const idOf = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) {
      id = strings.length;
      strings.push(text);
      ids.set(text, id);
    }
    return id;
  };
  const numbers: number[] = [];
  for (const sentences of passages) {
    numbers.push(sentences.length);
    for (const { text, terms, content, nouns } of sentences) {
      numbers.push(idOf(text), terms.length);
      for (const { term, written } of terms) numbers.push(idOf(term), idOf(written));
      for (const list of [content, nouns]) {
        numbers.push(list.length);
        for (const { term, label } of list) numbers.push(idOf(term), idOf(label));
      }
    }
  }
  return { strings, numbers: Int32Array.from(numbers) };
}

/** The readings `encodeReadings` was given; throws when the numbers point outside the strings or end early. */
export function decodeReadings({ strings, numbers }: EncodedReadings): PassageSentence[][] {
  let at = 0;
  const next = () => {
    if (at >= numbers.length) throw new RangeError("the readings end early");
    return numbers[at++] ?? 0;
  };
  const text = () => {
    const value = strings[next()];
    if (value === undefined) throw new RangeError("a reading points outside its strings");
    return value;
  };
  const pairs = <T>(make: (first: string, second: string) => T): T[] => {
    const list: T[] = new Array(next());
    for (let i = 0; i < list.length; i++) list[i] = make(text(), text());
    return list;
  };
  const passages: PassageSentence[][] = [];
  while (at < numbers.length) {
    const sentences: PassageSentence[] = new Array(next());
    for (let s = 0; s < sentences.length; s++) {
      const sentenceText = text();
      const terms = pairs((term, written): WrittenTerm => ({ term, written }));
      const content = pairs((term, label): LabelledTerm => ({ term, label }));
      const nouns = pairs((term, label): LabelledTerm => ({ term, label }));
      sentences[s] = { text: sentenceText, terms, content, nouns };
    }
    passages.push(sentences);
  }
  return passages;
}
