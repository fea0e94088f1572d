import { createUnitReader, type Unit } from "./entity-units.js";
import type { Nlp } from "./pipeline.js";
import { asAdviceAsked, FRAMING_PHRASE, FRAMING_WORDS, MEANINGFUL_STOP_WORDS } from "./question-framing.js";
import { recommendationCue } from "./recommendation.js";
import { asksForAdvice } from "./stance-cues.js";
import type { Thesaurus } from "./thesaurus.js";
import { wholeWords } from "./whole-words.js";
import { createWordReader, type Word } from "./word-reader.js";

export type { Word } from "./word-reader.js";

/** One alternative way a passage can show a concept, and how much a match on it counts (0..1]. */
export interface Alternative {
  term: string;
  weight: number;
}

/** One idea of a question ("sanctions", "Putin"), satisfied by any of its alternatives. */
export interface Concept {
  label: string;
  /** Entities are named people, places and bodies; a passage about none of them rarely answers. */
  kind: "entity" | "word";
  alternatives: Alternative[];
  /** The question's own words for it, lowercase: what general word knowledge is looked up by. */
  words: string[];
  /** Whether it names what the question is about (a name, noun or adjective) rather than an action or manner. */
  naming: boolean;
  /** The part of speech the question uses the word in, as WordNet names them (noun, verb, adjective, adverb):
   * which of its senses word knowledge reads it in. */
  wordClass?: WordClass;
  /** How much the idea matters to the question, by part of speech: what a question asks about is
   * mostly named by nouns; its verbs and adverbs are often framing ("play", "carry out", "still"). */
  importance: number;
}

const IMPORTANCE_BY_POS: Record<string, number> = { VERB: 0.6, ADV: 0.5, ADJ: 0.8 };

export type WordClass = "n" | "v" | "a" | "r";
const WORD_CLASS_BY_POS: Record<string, WordClass> = { NOUN: "n", PROPN: "n", VERB: "v", ADJ: "a", ADV: "r" };
/** Function words the stop-word list misses ("like" in "what is it like") say nothing of the topic. */
const FUNCTION_POS = new Set(["ADP", "AUX", "CCONJ", "DET", "INTJ", "PART", "PRON", "SCONJ"]);

const LONE_LETTER = /^\p{L}$/u;

/**
 * "Get" in a question is a light verb: a passive or a change of state ("get recognised", "gets backed into a
 * corner", "had gotten frostier", "how cosy they had got"), or a having whose object says what is asked ("what does
 * Russia get out of it"). WordNet gives it 36 senses; its relations only add noise.
 */
const LIGHT_VERB_FORMS = new Set(["get", "gets", "got", "gotten", "getting"]);

/** Broader entities (Putin → Russia) count for less than the name the user wrote. */
const BROADER_WEIGHT = 0.5;

const ENTITY_MARK = "@";
const entityTerm = (name: string): string => `${ENTITY_MARK}${name}`;

/** The term a sentence that recommends is indexed under (terms of meaning, not of words, start with "~"). */
export const ADVICE_TERM = "~advice";

const ENTITY_CODE = ENTITY_MARK.charCodeAt(0);
const MEANING_CODE = ADVICE_TERM.charCodeAt(0);
/** Entity terms ("@north-korea") and terms of meaning ("~advice") are no words: their first character says so. */
export const isEntityOrMeaning = (term: string): boolean =>
  term.charCodeAt(0) === ENTITY_CODE || term.charCodeAt(0) === MEANING_CODE;

export interface Analyzer {
  /**
   * A passage's sentences as the tokenizer splits them, each with the terms it is indexed under, its content
   * terms and its names and nouns (`PassageSentence`): one reading.
   */
  passageSentences(text: string): PassageSentence[];
  /** The ideas of a question, each with the alternatives that satisfy it. */
  questionConcepts(question: string): Concept[];
  /** The words of a text with stems, stop-word flags and parts of speech (punctuation and mentions left out). */
  words(text: string): Word[];
  /** What a reader calls an entity term ("North Korea" for @north korea); null for a term that is no entity. */
  entityLabel(term: string): string | null;
  /** The corpus's names and phrases it reads with: another thread reads the same way from them. */
  thesaurus: Thesaurus;
}

/** A sentence of a passage as read once at build time. */
export interface PassageSentence {
  text: string;
  /** What it is indexed under: word stems, entities and their broader entities, each as written. */
  terms: WrittenTerm[];
  /** Its content terms (entities and content words): what a comparison weighs a source's wording by. */
  content: LabelledTerm[];
  /** Those of them that are names and nouns: what an article is about, and what sources share. */
  nouns: LabelledTerm[];
}

export interface WrittenTerm {
  term: string;
  /** The words that show the term, as the text writes them ("Kremlin" for @russia). */
  written: string;
}

export interface LabelledTerm {
  term: string;
  label: string;
}

/** A named entity of a question: the entity itself, or (for less) an entity it belongs to (Putin → Russia). */
function entityConcept(unit: Extract<Unit, { kind: "entity" }>, broader: string[]): Concept {
  return {
    label: unit.words.map((w) => w.raw).join(" "),
    kind: "entity",
    alternatives: [
      { term: entityTerm(unit.entity), weight: 1 },
      ...broader.map((b) => ({ term: entityTerm(b), weight: BROADER_WEIGHT })),
    ],
    words: unit.words.map((w) => w.lower),
    naming: true,
    importance: 1,
  };
}

/** The terms a passage is indexed under: word stems, and entities with the entities they belong to. */
function termsOfUnits(units: Unit[], broaderOf: (entity: string) => string[]): WrittenTerm[] {
  const terms: WrittenTerm[] = [];
  for (const unit of units) {
    if (unit.kind === "entity") {
      const written = unit.words
        .filter((w) => !w.stop)
        .map((w) => w.raw)
        .join(" ");
      for (const name of [unit.entity, ...broaderOf(unit.entity)]) terms.push({ term: entityTerm(name), written });
      for (const w of unit.words) if (!w.stop) terms.push({ term: w.stem, written: w.raw });
    } else if (!unit.word.stop) {
      terms.push({ term: unit.word.stem, written: unit.word.raw });
    }
  }
  return terms;
}

/**
 * An idiom of a question as one adverb: no index term is the phrase, so passages match it only through what word
 * knowledge relates to it ("in the first place": originally, earlier).
 */
function idiomConcept(words: Word[]): Concept {
  const phrase = words.map((w) => w.lower).join(" ");
  return {
    label: words.map((w) => w.raw).join(" "),
    kind: "word",
    alternatives: [{ term: phrase, weight: 1 }],
    words: [phrase],
    naming: false,
    importance: IMPORTANCE_BY_POS.ADV ?? 1,
    wordClass: "r",
  };
}

/**
 * Two names joined by "or" ("Moscow or Beijing", "Japan or South Korea"), either of which will do: one idea that a
 * passage shows by showing either, each alternative at its stronger weight. Not two words ("more of a headache or
 * a help?"), which ask which of the two: a passage showing one of them answers half the question.
 */
function eitherOf(first: Concept, second: Concept): Concept {
  const weights = new Map<string, number>();
  for (const { term, weight } of [...first.alternatives, ...second.alternatives])
    weights.set(term, Math.max(weight, weights.get(term) ?? 0));
  return {
    ...first,
    label: `${first.label} or ${second.label}`,
    alternatives: [...weights].map(([term, weight]) => ({ term, weight })),
    words: [...first.words, ...second.words],
    importance: Math.max(first.importance, second.importance),
  };
}

/** An entity as a reader knows it: its first phrase ("North Korea"), else its name. */
const entityName = (thesaurus: Thesaurus, entity: string): string => thesaurus.entities[entity]?.phrases[0] ?? entity;

/** Content terms with labels a reader understands (entities by their first phrase, words as written). */
function labelledTermsOfUnits(units: Unit[], thesaurus: Thesaurus, nounsOnly: boolean): LabelledTerm[] {
  const out: LabelledTerm[] = [];
  for (const unit of units) {
    if (unit.kind === "entity") {
      out.push({ term: entityTerm(unit.entity), label: entityName(thesaurus, unit.entity) });
      continue;
    }
    const { word } = unit;
    if (word.stop || FUNCTION_POS.has(word.pos) || word.lower.length < 3 || /^\d+$/.test(word.lower)) continue;
    if (!nounsOnly || word.pos === "NOUN" || word.pos === "PROPN") out.push({ term: word.stem, label: word.lower });
  }
  return out;
}

/** Every beginning of an idiom, a word or more ("in", "in the", "in the first"): a question's words are read on from
 * one only while they may still make one. */
function idiomPrefixes(idioms: ReadonlySet<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const idiom of idioms)
    for (let space = idiom.indexOf(" "); space > 0; space = idiom.indexOf(" ", space + 1)) prefixes.add(idiom.slice(0, space));
  return prefixes;
}

/**
 * `idioms` (lowercase adverbs of several words, as general word knowledge lists them) are read in a question as one
 * idea each; passages are read word by word whatever they are (a stored index does not depend on the word knowledge
 * of the questions asked of it).
 */
export function createAnalyzer(nlp: Nlp, thesaurus: Thesaurus, idioms: ReadonlySet<string> = new Set()): Analyzer {
  const beginsIdiom = idiomPrefixes(idioms);
  const keepWords = new Set([...MEANINGFUL_STOP_WORDS, ...(thesaurus.keepWords ?? [])].map((word) => word.toLowerCase()));

  const words = createWordReader(nlp, keepWords);
  const { units, unitsOfWords, broaderOf } = createUnitReader(thesaurus, words);

  const stemOf = (word: string): string => words(word)[0]?.stem ?? word.toLowerCase();
  const questionWords = new Set([...FRAMING_WORDS, ...(thesaurus.questionWords ?? [])].map(stemOf));

  const termsWithAdvice = (text: string, terms: WrittenTerm[]): WrittenTerm[] => {
    const cue = recommendationCue(text);
    return cue === null ? terms : [...terms, { term: ADVICE_TERM, written: cue }];
  };
  const passageSentences = (text: string) =>
    words.sentences(text).map((sentence) => {
      const units = unitsOfWords(sentence.words);
      return {
        text: sentence.text,
        terms: termsWithAdvice(sentence.text, termsOfUnits(units, broaderOf)),
        content: labelledTermsOfUnits(units, thesaurus, false),
        nouns: labelledTermsOfUnits(units, thesaurus, true),
      };
    });

  const phraseRewrites = Object.entries(thesaurus.questionPhrases ?? {}).map(([phrase, meaning]) => ({
    pattern: wholeWords([phrase], "giu"),
    meaning,
  }));

  function questionConcepts(question: string): Concept[] {
    const concepts = new Map<string, Concept>();
    const rewritten = phraseRewrites.reduce(
      (text, { pattern, meaning }) => text.replace(pattern, meaning),
      asAdviceAsked(question.replace(FRAMING_PHRASE, "")),
    );
    const read = units(rewritten);
    // The last idea read, while only function words and an "or" follow it: the next may be its alternative.
    let last: { key: string; concept: Concept } | null = null;
    let afterOr = false;
    for (let i = 0; i < read.length; i++) {
      const unit = read[i] as Unit;
      if (unit.kind === "word" && unit.word.lower === "or") {
        afterOr = last !== null;
        continue;
      }
      const idiom = idiomAt(read, i);
      if (idiom) i += idiom.length - 1;
      const concept = idiom
        ? idiomConcept(idiom)
        : unit.kind === "entity"
          ? entityConcept(unit, broaderOf(unit.entity))
          : wordConcept(unit.word);
      if (!concept) {
        // A word that frames the question ends what "or" may join; a function word does not ("China or the US").
        if (unit.kind === "entity" || !unit.word.stop) [last, afterOr] = [null, false];
        continue;
      }
      if (afterOr && last?.concept.kind === "entity" && concept.kind === "entity") {
        const either = eitherOf(last.concept, concept);
        concepts.set(last.key, either);
        [last, afterOr] = [null, false];
        continue;
      }
      const key = concept.alternatives[0]?.term ?? concept.label;
      if (!concepts.has(key)) concepts.set(key, concept);
      [last, afterOr] = [{ key, concept: concepts.get(key) as Concept }, false];
    }
    return [...concepts.values()];
  }

  /**
   * The words of an idiom starting at `start` ("in the first place"), longest first, or null. An idiom is one idea,
   * and its words are not the question's topics ("place"); one of function words only ("as well") is read as such.
   */
  function idiomAt(read: Unit[], start: number): Word[] | null {
    const words: Word[] = [];
    let phrase = "";
    let idiom: Word[] | null = null;
    for (let i = start; i < read.length; i++) {
      const unit = read[i];
      if (unit?.kind !== "word") break;
      phrase = words.length === 0 ? unit.word.lower : `${phrase} ${unit.word.lower}`;
      words.push(unit.word);
      if (idioms.has(phrase)) idiom = [...words];
      if (!beginsIdiom.has(phrase)) break;
    }
    return idiom?.some((w) => wordConcept(w) !== null) ? idiom : null;
  }

  /** A content word of a question as a concept; null for words that only frame the question or join it. */
  function wordConcept(word: Word): Concept | null {
    if (word.stop || questionWords.has(word.stem) || (FUNCTION_POS.has(word.pos) && !keepWords.has(word.lower))) return null;
    // A lone letter is chat shorthand ("what r the arguments", "w/ Russia"), no topic.
    if (LONE_LETTER.test(word.raw) || LIGHT_VERB_FORMS.has(word.lower)) return null;
    return {
      label: word.raw,
      kind: "word",
      // A question asking for advice is answered by a sentence that gives some, in whatever words.
      // Its base form is the word itself ("fought": fight).
      alternatives: [
        { term: word.stem, weight: 1 },
        ...(word.baseStem ? [{ term: word.baseStem, weight: 1 }] : []),
        ...(asksForAdvice(word.lower) ? [{ term: ADVICE_TERM, weight: 1 }] : []),
      ],
      words: [word.lower],
      naming: !["VERB", "ADV"].includes(word.pos),
      importance: IMPORTANCE_BY_POS[word.pos] ?? 1,
      wordClass: WORD_CLASS_BY_POS[word.pos],
    };
  }

  const entityLabel = (term: string) => {
    if (!term.startsWith(ENTITY_MARK)) return null;
    const entity = term.slice(ENTITY_MARK.length);
    return entityName(thesaurus, entity);
  };

  return { passageSentences, questionConcepts, words, entityLabel, thesaurus };
}
