/** A word of the question read as another: "koera" → "korea". */
export interface Correction {
  from: string;
  to: string;
}

export interface SpellingKnowledge {
  /** Frequency rank in general English (0: the most common word), undefined for a word not known. */
  rankOf(word: string): number | undefined;
  /** The most common English words with their ranks: with the corpus's words, what a typo may stand for
   * (asked for only when a word needs reading, so a start with no typo to read never builds it). */
  commonWords: () => ReadonlyMap<string, number>;
  /** Words the corpus uses, lowercase: never corrected, and favoured as corrections. */
  corpusWords: ReadonlySet<string>;
  /** Words read as written though no list may know them (a question's framing: "tbh", "eli5"), lowercase; also
   * what a typo may stand for ("sumarize"). */
  readAsWritten?: ReadonlySet<string>;
}

/** How many of the commonest English words may be what a typo meant (besides the corpus's own words). */
export const COMMON_WORDS = 30_000;

/**
 * Noisy-channel correction (as in Norvig's corrector): a word becomes the candidate one edit away when that
 * candidate is so much more likely that a typo explains the word better than the word itself. Likelihood is
 * Zipf's law on the general frequency rank, raised for words of the corpus (questions are about it). Known
 * words are corrected only against far likelier ones ("sway" stays beside "way"; "abut" → about).
 */
const EDIT_PROBABILITY = 0.005;
/**
 * A word outside the common words is taken to be meant for this share of what its frequency says: the vectors'
 * vocabulary counts misspellings common on the web ("happend" ranks 198,080, "happened" 1,486), and a misspelling
 * 133 times rarer than the word one edit away was kept as written. (0.1 read "wifi" as "wife".)
 */
const UNCOMMON_WORD_SHARE = 0.3;
/** A typo that happens to spell another real word is rarer than one that spells nothing. */
const REAL_WORD_EDIT_PROBABILITY = 0.0005;
const CORPUS_BOOST = 10;
/**
 * Beyond this rank the vocabulary holds as many strings common on the web as words ("waht" ranks 80,592, "happend"
 * 198,080); up to it, a word one edit from an unknown one is taken as what was meant.
 */
const REAL_WORD_RANK = 100_000;
/** Rank assumed for a corpus word the general lexicon lacks (names): rare, but real. */
const UNLISTED_RANK = 100_000;
/** Unknown longer words may be two edits from a corpus word ("sanctons" is one, "snactons" two). */
const TWO_EDIT_MIN_LENGTH = 6;
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
/**
 * How likely each kind of slip is, against a letter left out or two swapped (one way each to make them): a letter
 * replaced by a key beside it is one of the ~5 keys beside it; one replaced from across the keyboard is one of the
 * ~20 others, hit far less often; a letter added is mostly a doubled one or a key brushed beside its neighbour, and
 * any other is as rare as a key beside ("peice" is a piece swapped, not a price mistyped; "abut" about, not but).
 */
const BESIDE_KEY_SHARE = 0.2;
const DISTANT_KEY_SHARE = 0.01;
const STRAY_LETTER_SHARE = 0.2;
/** A word, with the letters after an apostrophe inside it ("doesn't", "Kim's"). */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/** A possessive: the word before it may be mistyped ("Chian's"); any other ending is a contraction, left alone. */
const POSSESSIVE = /^(\p{L}+)(['’]s)$/iu;
const MAX_CACHED_WORDS = 20_000;
/** Parts of a word written without its space ("northkorea"), and of words split by one ("Pyong yang"). */
const MIN_PART_LENGTH = 2;
/** The last few characters before a sentence's first word: the text's start or another sentence's end, then perhaps
 * a quote mark or bracket. */
const SENTENCE_START = /(?:^|[.!?:;]\s+)[^\p{L}\p{N}]?$/u;
/** Words of letters only, of at least two: what a space may have split. */
const PLAIN_WORD = /(?<![\p{L}'’])\p{L}{2,}(?![\p{L}'’])/gu;
/**
 * A question opening with a question word goes on with an auxiliary ("what does…", "how did…"): a word there one
 * likely slip from one (a letter left out, two swapped) is read as it, though it is a word too ("what dose" → does),
 * unless it is among the commonest words, which often follow a question word themselves ("how hard", "what kind").
 */
const COMMON_AFTER_QUESTION_WORD = 5_000;
const QUESTION_WORDS = new Set(["what", "how", "why", "when", "where", "who", "which"]);
const AUXILIARIES = new Set([
  "do",
  "does",
  "did",
  "is",
  "are",
  "was",
  "were",
  "can",
  "could",
  "would",
  "should",
  "will",
  "has",
  "have",
  "had",
]);
/** Longer "words" are not English words mistyped (and would cost thousands of edits each). */
const MAX_WORD_LENGTH = 24;

/** QWERTY rows: a letter mistyped for another is mostly one beside it ("wnat"), rarely one across the keyboard. */
const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const KEY_AT = new Map(KEY_ROWS.flatMap((row, r) => [...row].map((key, c) => [key, { r, c }] as const)));
/** Keys touching: same row one apart, or the row above or below half a key either way. */
function besideOnKeyboard(a: string, b: string): boolean {
  const [p, q] = [KEY_AT.get(a), KEY_AT.get(b)];
  if (!p || !q) return false;
  if (p.r === q.r) return Math.abs(p.c - q.c) === 1;
  // Each row sits about half a key right of the one above it.
  const shift = q.r - p.r;
  return Math.abs(shift) === 1 && (q.c - p.c === 0 || q.c - p.c === -shift);
}

/**
 * Words one edit away, each with how likely such a slip is against the others (the shares above: "fith" is "fifth"
 * missing a letter more likely than "with" mistyped from w to f, across the keyboard).
 */
function editsOf(word: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (candidate: string, share: number) => {
    if (share > (out.get(candidate) ?? 0)) out.set(candidate, share);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) add(head + tail.slice(1), addedShare(tail.charAt(0), head.slice(-1), tail.charAt(1)));
    if (tail.length > 1) add(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2), 1);
    for (const letter of LETTERS) {
      if (tail)
        add(head + letter + tail.slice(1), besideOnKeyboard(tail.charAt(0), letter) ? BESIDE_KEY_SHARE : DISTANT_KEY_SHARE);
      add(head + letter + tail, 1);
    }
  }
  out.delete(word);
  return out;
}

/** The auxiliary a word after a question word was meant for, or null (`AUXILIARIES`). */
function auxiliaryMeant(word: string): string | null {
  if (AUXILIARIES.has(word)) return null;
  for (const [candidate, share] of editsOf(word)) if (share === 1 && AUXILIARIES.has(candidate)) return candidate;
  return null;
}

/** How likely `added` was typed by mistake between `before` and `after`: a doubled letter or one beside either. */
function addedShare(added: string, before: string, after: string): number {
  const slip = [before, after].some((next) => next === added || besideOnKeyboard(added, next));
  return slip ? 1 : STRAY_LETTER_SHARE;
}

/** Optimal-string-alignment distance, stopping early once it exceeds `limit`. */
export function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  // d[i * width + j]: distance between the first i letters of a and the first j of b.
  const d = new Int32Array((a.length + 1) * width);
  const at = (i: number, j: number) => d[i * width + j] ?? 0;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * width] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
  }
  return at(a.length, b.length);
}

/**
 * The bag distance of words to one word: the larger of the letters one has that the other lacks, counted either
 * way. An insertion, deletion or substitution changes it by at most one and a transposition not at all, so it
 * never exceeds the edit distance: a cheap bound to rule words out with.
 */
function letterDistanceFrom(word: string): (other: string) => number {
  const left = new Int32Array(0x10000);
  for (let i = 0; i < word.length; i++) left[word.charCodeAt(i)] = (left[word.charCodeAt(i)] ?? 0) + 1;
  const taken: number[] = [];
  return (other) => {
    let extra = 0;
    for (let i = 0; i < other.length; i++) {
      const code = other.charCodeAt(i);
      if ((left[code] ?? 0) > 0) {
        left[code] = (left[code] ?? 0) - 1;
        taken.push(code);
      } else extra++;
    }
    const missing = word.length - taken.length;
    // Put back what this word took, for the next.
    for (const code of taken) left[code] = (left[code] ?? 0) + 1;
    taken.length = 0;
    return Math.max(extra, missing);
  };
}

/** Reads typos with a lazily built set of candidate words (the commonest English words and the corpus's). */
function wordCorrector(knowledge: SpellingKnowledge): (word: string, asName: boolean) => string | null {
  // Questions use the corpus's words, and the words that frame a question ("piece", "author"), more than English
  // at large does: a typo more likely stands for one of them.
  const likelihood = (word: string): number => {
    const rank = knowledge.rankOf(word);
    const inCorpus = knowledge.corpusWords.has(word) || (knowledge.readAsWritten?.has(word) ?? false);
    if (rank === undefined) return inCorpus ? CORPUS_BOOST / UNLISTED_RANK : 0;
    return (inCorpus ? CORPUS_BOOST : 1) / (rank + 1);
  };
  let common: ReadonlyMap<string, number> | undefined;
  // The words that frame a question ("summarise", "article") may be meant too, however rare in English at large.
  const isCandidate = (word: string) => {
    common ??= knowledge.commonWords();
    return common.has(word) || knowledge.corpusWords.has(word) || (knowledge.readAsWritten?.has(word) ?? false);
  };

  /** The word as two words of the corpus, the likeliest such pair, or null when it is no such pair. */
  const splitInTwo = (word: string): string | null => {
    let best: string | null = null;
    let bestScore = 0;
    for (let i = MIN_PART_LENGTH; i <= word.length - MIN_PART_LENGTH; i++) {
      const [head, tail] = [word.slice(0, i), word.slice(i)];
      if (!knowledge.corpusWords.has(head) || !knowledge.corpusWords.has(tail)) continue;
      const score = likelihood(head) * likelihood(tail);
      if (score > bestScore) [best, bestScore] = [`${head} ${tail}`, score];
    }
    return best;
  };

  /**
   * The word a typo most likely stands for, or null when the word is best read as written. `asName`: the word is
   * written as a name, so it is read as a typo of a word one slip away at most, not of any rarer or more distant
   * one ("Warmbier" is no "warmer").
   */
  return (word, asName) => {
    if (word.length < 3 || word.length > MAX_WORD_LENGTH || knowledge.corpusWords.has(word)) return null;
    if (knowledge.readAsWritten?.has(word)) return null;
    let best: string | null = null;
    // A word is taken as real only if it is among the common words: the vectors' vocabulary lists every string
    // common on the web, misspellings too ("waht" ranks 80,592), so a rarer one may well be a typo.
    const rank = knowledge.rankOf(word);
    const known = rank !== undefined && rank < COMMON_WORDS;
    let bestScore = likelihood(word) * (known ? 1 : UNCOMMON_WORD_SHARE);
    const editProbability = known ? REAL_WORD_EDIT_PROBABILITY : EDIT_PROBABILITY;
    // Not even the most common word, in the corpus, could be likelier than this one with an edit: keep it.
    if (editProbability * CORPUS_BOOST <= bestScore) return null;
    const consider = (candidate: string, score: number) => {
      if (score <= bestScore) return;
      best = candidate;
      bestScore = score;
    };
    const edits = editsOf(word);
    for (const [candidate, share] of edits)
      if (isCandidate(candidate)) consider(candidate, share * editProbability * likelihood(candidate));
    if (best !== null || known || asName) return best;
    // A word no list knows may be a rarer word mistyped ("unnhinged", "pacating"): one edit to any real word of the
    // vocabulary is a likelier reading than two to a word of the corpus.
    if (rank === undefined)
      for (const [candidate, share] of edits) {
        const candidateRank = knowledge.rankOf(candidate);
        if (candidateRank !== undefined && candidateRank < REAL_WORD_RANK)
          consider(candidate, share * editProbability * likelihood(candidate));
      }
    if (best !== null) return best;
    // A space or a hyphen left out ("northkorea", "nonproliferation"): two words of the corpus, read apart.
    const split = splitInTwo(word);
    if (split !== null) return split;
    // Two edits (a scan of the corpus words, ~17 ms at 20,000 articles) only for a word no list knows.
    if (rank !== undefined || word.length < TWO_EDIT_MIN_LENGTH) return best;
    // Every corpus word is a candidate (38,000 at 20,000 articles): the cheap bounds first, each of them at most
    // the edit distance, so only a few hundred words are looked up and aligned (a word took ~135 ms before).
    const letterDistance = letterDistanceFrom(word);
    for (const candidate of knowledge.corpusWords) {
      if (Math.abs(candidate.length - word.length) > 2 || letterDistance(candidate) > 2) continue;
      const score = EDIT_PROBABILITY ** 2 * likelihood(candidate);
      if (score > bestScore && distanceWithin(word, candidate, 2) <= 2) consider(candidate, score);
    }
    return best;
  };
}

export function createSpeller(knowledge: SpellingKnowledge) {
  const correctWord = wordCorrector(knowledge);
  // Questions reuse words: each word's reading is kept (bounded; a full cache is simply cleared).
  const readings = new Map<string, string | null>();
  const readWord = (word: string, asName: boolean): string | null => {
    const key = asName ? `^${word}` : word;
    let reading = readings.get(key);
    if (reading === undefined) {
      reading = correctWord(word, asName);
      if (readings.size >= MAX_CACHED_WORDS) readings.clear();
      readings.set(key, reading);
    }
    return reading;
  };

  /**
   * Two words a space split ("Pyong yang") joined, where together they are a word of the corpus and one of them
   * is not: two words the corpus has both ("war time") stay apart.
   */
  const joinSplitWords = (text: string, corrections: Correction[]): string => {
    const { corpusWords } = knowledge;
    const words = [...text.matchAll(PLAIN_WORD)].map((m) => ({ word: m[0], start: m.index ?? 0 }));
    let out = "";
    let from = 0;
    for (let i = 0; i + 1 < words.length; i++) {
      const [head, tail] = [words[i], words[i + 1]] as [{ word: string; start: number }, { word: string; start: number }];
      const end = head.start + head.word.length;
      if (tail.start !== end + 1 || text[end] !== " ") continue;
      const joined = `${head.word}${tail.word.toLowerCase()}`;
      const known = (word: string) => corpusWords.has(word.toLowerCase());
      if (!known(joined) || (known(head.word) && known(tail.word))) continue;
      corrections.push({ from: `${head.word} ${tail.word}`, to: joined });
      out += text.slice(from, head.start) + joined;
      from = tail.start + tail.word.length;
      i++;
    }
    return out + text.slice(from);
  };

  /** The text with its likely typos corrected (first-letter case kept), and what was changed. */
  return function correct(text: string): { text: string; corrections: Correction[] } {
    const corrections: Correction[] = [];
    // In a question not written all in capitals, a word in capitals is an acronym ("TPP"), not a typo.
    const shouted = text === text.toUpperCase();
    // Whether the word just read opens the sentence with a question word (`QUESTION_WORDS`).
    let afterQuestionWord = false;
    const readRaw = (raw: string, offset: number): string => {
      if (!shouted && raw.length > 1 && raw === raw.toUpperCase()) return raw;
      const atStart = SENTENCE_START.test(joined.slice(Math.max(0, offset - 4), offset));
      // A capitalised word inside a sentence is written as a name: "Beijign" is Beijing mistyped, "Warmbier" no word.
      const asName = !shouted && raw[0] !== raw[0]?.toLowerCase() && !atStart;
      const lower = raw.toLowerCase();
      const rare = () => (knowledge.rankOf(lower) ?? Number.POSITIVE_INFINITY) >= COMMON_AFTER_QUESTION_WORD;
      const auxiliary = afterQuestionWord && !knowledge.corpusWords.has(lower) && rare() ? auxiliaryMeant(lower) : null;
      const to = auxiliary ?? readWord(lower, asName);
      afterQuestionWord = atStart && QUESTION_WORDS.has(to ?? lower);
      if (to === null) return raw;
      corrections.push({ from: raw, to });
      return raw[0] === raw[0]?.toUpperCase() ? (to[0] ?? "").toUpperCase() + to.slice(1) : to;
    };
    const joined = joinSplitWords(text, corrections);
    const corrected = joined.replace(WORD, (raw: string, offset: number) => {
      if (!/['’]/.test(raw)) return readRaw(raw, offset);
      const possessive = POSSESSIVE.exec(raw);
      if (possessive) return readRaw(possessive[1] ?? "", offset) + (possessive[2] ?? "");
      afterQuestionWord = false;
      return raw;
    });
    return { text: corrected, corrections };
  };
}

export type Speller = ReturnType<typeof createSpeller>;
