import { initialsOf } from "./initials.js";
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
  const addPhrase = (entity: string, phrase: string) => {
    const caseSensitive = phrase === phrase.toUpperCase() && /\p{Lu}/u.test(phrase);
    const tokens = words(phrase).map((w) => (caseSensitive ? w.raw : w.lower));
    const first = tokens[0];
    if (first === undefined) return;
    const key = first.toLowerCase();
    const list = patternsByFirst.get(key) ?? [];
    list.push({ entity, tokens, caseSensitive });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    patternsByFirst.set(key, list);
    // A name of several words may be written with its first word as an initial ("S. Korea", "N. Korea").
    if (!caseSensitive && tokens.length > 1 && /^\p{L}/u.test(first)) {
      const initial = `${first[0]}.`;
      const abbreviated = patternsByFirst.get(initial) ?? [];
      abbreviated.push({ entity, tokens: [initial, ...tokens.slice(1)], caseSensitive: false });
      abbreviated.sort((a, b) => b.tokens.length - a.tokens.length);
      patternsByFirst.set(initial, abbreviated);
    }
  };
  const entities = Object.entries(thesaurus.entities);
  for (const [entity, { phrases }] of entities) for (const phrase of phrases) addPhrase(entity, phrase);
  for (const [acronym, entity] of acronymsOf(entities, words)) {
    addPhrase(entity, acronym);
    // Chat writes initials in lower case too ("nk"): read so when they hold no vowel, as hardly any English word does
    // (written "us", the pronoun stays a pronoun).
    if (!/[aeiouy]/i.test(acronym)) addPhrase(entity, acronym.toLowerCase());
  }

  function units(text: string): Unit[] {
    return unitsOfWords(words(text));
  }

  /** The longest phrase starting at word i. */
  const matchAt = (ws: Word[], i: number): EntityPattern | undefined =>
    patternsByFirst.get(ws[i]?.lower ?? "")?.find((pattern) =>
      pattern.tokens.every((token, k) => {
        const w = ws[i + k];
        return w !== undefined && (pattern.caseSensitive ? w.raw === token : w.lower === token);
      }),
    );

  function unitsOfWords(ws: Word[]): Unit[] {
    const out: Unit[] = [];
    for (let i = 0; i < ws.length; ) {
      const word = ws[i];
      if (!word) break;
      let match = matchAt(ws, i);
      // A name opening with a stop word ("the North") yields to a longer one from its next word ("the North Korean
      // regime" names North Korea by "North Korean").
      if (match && word.stop) {
        const next = matchAt(ws, i + 1);
        if (next && next.tokens.length >= match.tokens.length) match = undefined;
      }
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

/**
 * Acronyms people write for the thesaurus's names of several words (NK for North Korea, SC for Security Council),
 * each for the one entity it stands for: none that two entities share, that is already a phrase, or that spells a
 * stop word ("IS" for Islamic State would read "IS" in a question written in capitals).
 */
function acronymsOf(entities: [string, { phrases: string[] }][], words: (text: string) => Word[]): Map<string, string> {
  const phrases = new Set(entities.flatMap(([, { phrases }]) => phrases.map((phrase) => phrase.toUpperCase())));
  const standsFor = new Map<string, Set<string>>();
  for (const [entity, { phrases: own }] of entities) {
    // A name one of whose words already stands for it alone ("Trump" for Donald Trump, "Mao") is shortened to
    // that word, not to initials: a person's name, mostly (DT, BA, VP would mislead more often than help).
    const shortForms = new Set(own.map((phrase) => phrase.toUpperCase()));
    for (const phrase of own) {
      const words = phrase.split(/[\s-]+/).filter((part) => /^\p{Lu}\p{Ll}/u.test(part));
      if (words.some((word) => word !== phrase && shortForms.has(word.toUpperCase()))) continue;
      const acronym = initialsOf(phrase);
      if (acronym !== null && !phrases.has(acronym)) standsFor.set(acronym, (standsFor.get(acronym) ?? new Set()).add(entity));
    }
  }
  const acronyms = new Map<string, string>();
  for (const [acronym, owners] of standsFor) {
    const [entity] = owners;
    if (owners.size === 1 && entity !== undefined && words(acronym)[0]?.stop === false) acronyms.set(acronym, entity);
  }
  return acronyms;
}
