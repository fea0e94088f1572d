import type { Sense, Wordnet, WordnetPos } from "./wordnet.js";

/**
 * How strongly a WordNet relation suggests that a passage using the related word answers a question using
 * the word: near-sameness first, then forms of the same idea, then broader and narrower ideas. Antonyms,
 * parts, wholes and topic domains are left out: related in subject, but not a way of saying the same thing;
 * so are instances (Lee and Grant are soldiers, but "soldiers" does not mean them).
 */
const SYNONYM_WEIGHT = 0.9;
const RELATION_WEIGHT: Record<string, number> = {
  "+": 0.8, // derivationally related form: bomber → bomb, seismic → earthquake
  "<": 0.75, // adjective participle of a verb
  "\\": 0.7, // pertainym: nuclear → nucleus; adverb → adjective
  "&": 0.7, // similar adjective: hostile → unfriendly
  "=": 0.6, // attribute: strong ↔ strength
  "@": 0.55, // hypernym: tremor → earthquake
  "*": 0.5, // entailment
  "^": 0.5, // also see
  "~": 0.45, // hyponym: weapon → missile
  ">": 0.4, // cause
};

/** A rarely used sense counts for less ("bomber" the sandwich): tagged frequency, then WordNet's own order. */
function senseWeight(sense: Sense, mostTagged: number): number {
  return Math.sqrt((sense.tagCount + 1) / (mostTagged + 1)) / (1 + 0.2 * sense.rank);
}

/** The senses of a word (of `pos`, when given) with their synsets and weights. */
function weightedSenses(wordnet: Wordnet, word: string, pos?: WordnetPos) {
  const senses = wordnet.senses(word).filter((sense) => pos === undefined || sense.pos === pos);
  const mostTagged = new Map<string, number>();
  for (const s of senses) mostTagged.set(s.lemma + s.pos, Math.max(mostTagged.get(s.lemma + s.pos) ?? 0, s.tagCount));
  return senses.flatMap((sense) => {
    const synset = wordnet.synset(sense.synset);
    return synset ? [{ sense, synset, weight: senseWeight(sense, mostTagged.get(sense.lemma + sense.pos) ?? 0) }] : [];
  });
}

/**
 * The synonyms of several words WordNet gives a word ("nuke": nuclear_warhead, "ICBM":
 * intercontinental_ballistic_missile, "WMD": weapon_of_mass_destruction), each with its strongest weight, as
 * `relatedWords` weighs a synonym. Their words are how an article may say what a question says in one.
 */
export function compoundSynonyms(wordnet: Wordnet, word: string): Map<string, number> {
  const compounds = new Map<string, number>();
  for (const { synset, weight } of weightedSenses(wordnet, word))
    for (const synonym of synset.words)
      if (synonym.includes("_") && SYNONYM_WEIGHT * weight > (compounds.get(synonym) ?? 0))
        compounds.set(synonym, SYNONYM_WEIGHT * weight);
  return compounds;
}

/**
 * Words WordNet relates to a word, each with the strongest weight any sense and relation gives it (0..1]; with
 * `pos`, only the senses of that part of speech ("fret" the verb worries; the noun is a ridge on a guitar).
 */
export function relatedWords(wordnet: Wordnet, word: string, pos?: WordnetPos): Map<string, number> {
  const related = new Map<string, number>();
  const offer = (other: string, weight: number) => {
    if (other === word || other.includes("_")) return; // multi-word lemmas are not single index terms
    if (weight > (related.get(other) ?? 0)) related.set(other, weight);
  };
  for (const { sense, synset, weight } of weightedSenses(wordnet, word, pos)) {
    if (sense.lemma !== word) offer(sense.lemma, weight); // the base form itself: "bombers" → "bomber"
    const own = synset.words.indexOf(sense.lemma) + 1;
    for (const synonym of synset.words) offer(synonym, SYNONYM_WEIGHT * weight);
    for (const pointer of synset.pointers) {
      const relation = RELATION_WEIGHT[pointer.symbol];
      const target = wordnet.synset(pointer.target);
      if (relation === undefined || !target) continue;
      if (pointer.sourceWord === 0) for (const other of target.words) offer(other, relation * weight);
      else {
        const other = target.words[pointer.targetWord - 1];
        if (other === undefined) continue;
        // A lexical link from the word itself, or (one step further) from one of its synonyms; the linked
        // word's own synonyms one step further still (seismic → seism, and so earthquake).
        const linked = relation * weight * (pointer.sourceWord === own ? 1 : SYNONYM_WEIGHT);
        offer(other, linked);
        for (const synonym of target.words) offer(synonym, linked * SYNONYM_WEIGHT);
      }
    }
  }
  return related;
}

/**
 * Whether every sense of a word names one particular place, person or body ("Ukraine", "Crimea", "Georgia"), not
 * a kind of thing or an action ("Turkey" is also the bird, "Begin" also the verb). Word vectors put such a name
 * beside others of its kind (Ukraine: Russia 0.84, Soviet 0.78), which are other things, not other words for it.
 */
export function namesOneThing(wordnet: Wordnet, word: string): boolean {
  const senses = wordnet.senses(word);
  return senses.length > 0 && senses.every((sense) => wordnet.synset(sense.synset)?.pointers.some((p) => p.symbol === "@i"));
}

/** WordNet's lexicographer files of things measured as an amount: noun.food, noun.possession, noun.quantity, noun.substance. */
const AMOUNT_NOUN_FILES = new Set([13, 21, 23, 27]);
/** verb.possession (buying, selling, giving, spending) and verb.stative, the class of "spend" time. */
const POSSESSION_VERB_FILE = 40;
const STATIVE_VERB_FILE = 42;
/** Senses this common count: a word's rare senses ("trust" as a fund) do not make a question about amounts. */
const COMMON_SENSES = 2;

/** The lexicographer files of the word's commonest senses in one part of speech. */
const commonSenseFiles = (wordnet: Wordnet, word: string, pos: "n" | "v"): (number | undefined)[] =>
  wordnet
    .senses(word)
    .filter((sense) => sense.pos === pos && sense.rank < COMMON_SENSES)
    .map((sense) => wordnet.synset(sense.synset)?.lexFile);

/**
 * Whether "how much" of the noun asks an amount — money, oil, food — rather than a degree, as of "influence" or
 * "pressure": one of its two commonest senses is a thing measured so.
 */
export const measuredAsAmount = (wordnet: Wordnet, word: string): boolean =>
  commonSenseFiles(wordnet, word, "n").some((file) => AMOUNT_NOUN_FILES.has(file ?? -1));

/**
 * Whether "how much does … <verb>?" asks an amount: the verb's two commonest senses are of having or giving, or a
 * state, and one of them of having or giving ("spend", "give", "earn", "trade"). Not "care", "matter" or "support"
 * (backing first), whose "how much" asks a degree.
 */
export function verbOfGiving(wordnet: Wordnet, word: string): boolean {
  const files = commonSenseFiles(wordnet, word, "v");
  return (
    files.includes(POSSESSION_VERB_FILE) && files.every((file) => file === POSSESSION_VERB_FILE || file === STATIVE_VERB_FILE)
  );
}
