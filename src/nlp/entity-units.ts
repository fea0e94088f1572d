import type { Thesaurus } from "./thesaurus.js";
import type { Word } from "./word-reader.js";

/** Text read as units: a named entity (one or more words) or a single word. */
export type Unit = { kind: "entity"; entity: string; words: Word[] } | { kind: "word"; word: Word };

interface EntityPattern {
  entity: string;
  tokens: string[];
  /** Phrases written in capitals only ("US") match only in capitals, so the pronoun "us" stays a pronoun. */
  caseSensitive: boolean;
}

export interface UnitReader {
  units(text: string): Unit[];
  /** The same, for words already read. */
  unitsOfWords(words: Word[]): Unit[];
  /** Entities an entity belongs to (Putin → Russia). */
  broaderOf(entity: string): string[];
}

/** Finds the thesaurus's entity phrases in text, longest first so "Kim Jong-un" wins over "Kim". */
export function createUnitReader(thesaurus: Thesaurus, words: (text: string) => Word[]): UnitReader {
  const patternsByFirst = new Map<string, EntityPattern[]>();
  for (const [entity, { phrases }] of Object.entries(thesaurus.entities)) {
    for (const phrase of phrases) {
      const caseSensitive = phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);
      const tokens = words(phrase).map((w) => (caseSensitive ? w.raw : w.lower));
      const first = tokens[0];
      if (first === undefined) continue;
      const key = first.toLowerCase();
      const list = patternsByFirst.get(key) ?? [];
      list.push({ entity, tokens, caseSensitive });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      patternsByFirst.set(key, list);
    }
  }

  function units(text: string): Unit[] {
    return unitsOfWords(words(text));
  }

  function unitsOfWords(ws: Word[]): Unit[] {
    const out: Unit[] = [];
    for (let i = 0; i < ws.length; ) {
      const word = ws[i];
      if (!word) break;
      const match = patternsByFirst.get(word.lower)?.find((pattern) =>
        pattern.tokens.every((token, k) => {
          const w = ws[i + k];
          return w !== undefined && (pattern.caseSensitive ? w.raw === token : w.lower === token);
        }),
      );
      if (match) {
        out.push({ kind: "entity", entity: match.entity, words: ws.slice(i, i + match.tokens.length) });
        i += match.tokens.length;
      } else {
        out.push({ kind: "word", word });
        i += 1;
      }
    }
    return out;
  }

  return { units, unitsOfWords, broaderOf: (entity) => thesaurus.entities[entity]?.broader ?? [] };
}
