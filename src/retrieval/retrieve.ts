import type { Passage } from "../corpus/types.js";
import type { Engine } from "../engine.js";
import { paragraphReference } from "../nlp/paragraph-reference.js";
import { asksAboutThePersonBy, asksDetailBy, asksForGist, withoutLinks } from "../nlp/question-framing.js";
import type { Correction } from "../nlp/spelling.js";
import { DEFAULT_EXPANSION, type ExpansionOptions, expandConcepts } from "../search/expand-concepts.js";
import { meaningSignal } from "../search/meaning-signal.js";
import type { IndexedPassage } from "../search/passage-index.js";
import {
  DEFAULT_SCORING,
  type MeaningSignal,
  rankPassages,
  type ScoredPassage,
  type ScoringOptions,
  SHOWN_WEIGHT,
  type WeightedConcept,
  weighConcepts,
} from "../search/score.js";
import { type FormCheck, type FormNotGiven, formCheck } from "./form-check.js";
import { readsAsEnglish } from "./language.js";

/**
 * How well the passages answer: `direct`, they answer it; `closest`, they relate to it without answering it
 * (or not clearly), and are shown as what comes closest; `none`, nothing in the articles relates to it.
 */
export type Confidence = "direct" | "closest" | "none";

/** Thresholds of the coverage decisions; DESIGN.md explains how they were chosen. */
export interface AnswerOptions {
  /** Passages to return at most. */
  limit: number;
  /** An answer is direct only when some passage covers at least this much of the question, and every name,
   * noun and adjective of the question is shown by some passage. */
  minCoverage: number;
  /** A passage with no name or key term in common with the question relates to it from this much coverage by
   * the question's own words. */
  relatedCoverage: number;
  /** Where no passage relates so, one that shows ideas of the question (in related words too) for this much of
   * its weight comes close (the answer is `closest`, never `direct`). */
  relatedShownCoverage: number;
  /** Where none comes close so either, a passage this close in meaning (sentence vectors, 0..1) does. */
  closeInMeaning: number;
  /** Failing all of those, a passage that touches every idea of the question through a word related to it at least
   * this strongly, and is at least `touchedCloseness` close in meaning, comes close ("nukes": its "nuclear"). */
  touchedWeight: number;
  touchedCloseness: number;
  /** A source addresses the question when its best passage reaches this coverage… */
  sourceMinCoverage: number;
  /** …and scores at least this share of the best passage's score (in an answer that only comes close, this
   * alone decides which sources' closest passages are shown). */
  sourceScoreRatio: number;
  /** Further passages must score at least this share of the best one to be quoted. */
  passageScoreRatio: number;
  scoring: ScoringOptions;
  expansion: ExpansionOptions;
  /** Read likely typos as the words meant ("koera" → korea). */
  correctTypos: boolean;
}

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = {
  limit: 5,
  minCoverage: 0.45,
  relatedCoverage: 0.5,
  relatedShownCoverage: 0.5,
  closeInMeaning: 0.6,
  touchedWeight: 0.3,
  touchedCloseness: 0.3,
  sourceMinCoverage: 0.4,
  sourceScoreRatio: 0.7,
  passageScoreRatio: 0.3,
  scoring: DEFAULT_SCORING,
  expansion: DEFAULT_EXPANSION,
  correctTypos: true,
};

/** A source that does not address the question, and its passage that relates most (null: none relates). */
export interface NearestPassage {
  sourceId: string;
  passageId: string | null;
  paragraph: number | null;
}

/** What retrieval decided for a question; answers and comparisons are both built from it. */
export interface Retrieval {
  question: string;
  concepts: WeightedConcept[];
  /** Closeness of meaning between the question and each passage and sentence. */
  meaning: MeaningSignal;
  scoring: ScoringOptions;
  /** Every candidate passage, best first. */
  ranked: ScoredPassage[];
  confidence: Confidence;
  /** Each addressing source's best passage (for `closest`: each source's closest), best first. */
  addressing: ScoredPassage[];
  /** Further passages of addressing sources good enough to quote, best first. */
  supporting: ScoredPassage[];
  /** The other sources searched (all, in a corpus of up to 50), each with its passage that relates most, so none is called silent that is not. */
  others: NearestPassage[];
  /** Names, nouns and adjectives of the question that no passage related to it shows: why an answer is only
   * `closest`. (A passage that does not relate to the question may still use one.) */
  missing: string[];
  /** Of `missing`, those no passage of the corpus uses, nor a word close to them. */
  usedNowhere: string[];
  /** "How many troops…?", "How much money…?", "When did…?" answered only `closest` because no passage on it gives
   * a number, an amount or a time. Null otherwise. */
  formNotGiven: FormNotGiven | null;
  unknownWords: string[];
  /** False for a question that reads as another language: only English is understood. */
  inEnglish: boolean;
  /** Words of the question read as likely typos of others. */
  corrections: Correction[];
  /** Sources the question names ("What does Hilton say…"): it is answered from them only. Empty: all were searched. */
  namedSources: string[];
  /** True when the question asks nothing but about the sources it names ("Who wrote the BASIC article?"), or,
   * naming none, about the articles as such ("What's your opinion?"): their details answer it where no author
   * note does. */
  aboutNamedSources: boolean;
  /** True when the question asks for the gist of the articles it is about ("Summarise the Hilton article"): how
   * each opens and ends is shown (first passages `addressing`, last `supporting`); no summary is written. */
  openingAndEnding: boolean;
  /** The paragraph the question asks for by its place ("paragraph 4", "the last paragraph"), shown as it is
   * (`addressing`: its first passage in each article, `supporting`: the rest of a paragraph stored as several). */
  paragraphAsked: number | "last" | null;
}

export function retrieve(engine: Engine, question: string, options: Partial<AnswerOptions> = {}): Retrieval {
  const opts = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const named = engine.findSourceMentions(withoutLinks(question));
  const corrected = opts.correctTypos ? engine.correctSpelling(named.rest) : { text: named.rest, corrections: [] };
  const { corrections } = corrected;
  // A name may itself be mistyped ("What does Hiltn say…"): names are looked for again once typos are read.
  const renamed = corrections.length > 0 ? engine.findSourceMentions(corrected.text) : { sourceIds: [], rest: corrected.text };
  const namedSources = [...new Set([...named.sourceIds, ...renamed.sourceIds])];
  // "Explain paragraph 4 of Hilton" asks for that paragraph: "paragraph" and "4" are no topic of it. Of a large
  // corpus, one of the articles it names; of a small one, of each.
  const pointed = paragraphReference(renamed.rest);
  const reference = pointed && (namedSources.length > 0 || engine.articles.length <= ARTICLES_SHOWN_BY_PLACE) ? pointed : null;
  const text = reference?.rest ?? renamed.rest;
  // "How long" asks a length, no topic: of the article itself when nothing else is asked ("How long is the piece?").
  const ownConcepts = engine.analyzer.questionConcepts(text).filter((c) => !asksDetailBy(text, c.words));
  const expanded = expandConcepts(ownConcepts, engine.lexicon, engine.semantics, engine.index.hasTerm, opts.expansion);
  const concepts = weighConcepts(engine.index, expanded);
  const meaning = meaningSignal(
    engine.semantics,
    engine.index.entries,
    ownConcepts.flatMap((c) => c.words),
  );
  // A question that names an article is answered from that article only.
  const ranked = rankPassages(engine.index, concepts, opts.scoring, { meaning, keyTerms: engine.keyTerms }).filter(
    (s) => namedSources.length === 0 || namedSources.includes(s.entry.passage.sourceId),
  );
  // "They never mention: best" is not said of articles that write "better": a word is unknown to them only when no
  // passage holds it or an alternative close enough to show it.
  const unknownWords = concepts.filter((c) => c.df === 0 && usedNowhereIn(engine, c)).map((c) => c.concept.label);
  const nothing: Retrieval = {
    question,
    concepts,
    meaning,
    scoring: opts.scoring,
    ranked,
    ...NO_DECISION,
    unknownWords,
    inEnglish: readsAsEnglish(engine.lexicon, engine.corpusWords, named.rest, engine.analyzer.words),
    corrections,
    namedSources,
    aboutNamedSources: false,
    openingAndEnding: false,
    paragraphAsked: null,
  };
  // A question in another language is not guessed at (its words would only be "corrected" into English ones).
  if (!nothing.inEnglish) return { ...nothing, corrections: [] };
  // Asked for a paragraph by its place: that paragraph of each article named (of each, in a small corpus). One
  // that no article has is answered by the articles' details, which say how many paragraphs each has.
  if (reference) {
    const asked = paragraphsAt(engine, reference.which, namedSources);
    return asked ? { ...nothing, ...asked } : { ...nothing, aboutNamedSources: true, paragraphAsked: reference.which };
  }
  // Asked for an article's gist, with nothing else: how it opens and how it ends, in its own words.
  if (concepts.length === 0 && asksForGist(text)) {
    const gist = openingsAndEndings(engine, namedSources);
    if (gist) return { ...nothing, ...gist, aboutNamedSources: true };
  }
  // Nothing asked but what the articles are ("What's your opinion?"): their details answer.
  if (concepts.length === 0 && namedSources.length === 0) return { ...nothing, aboutNamedSources: true };
  // Nothing asked but the name itself: about the article. "Who is Isabel Hilton?" is answered by the line about
  // the author; "When was it published?" or "Is Hilton optimistic?" by the article's details, not that line.
  // "Where does Hilton work?" asks about the writer, as "Who is Isabel Hilton?" does.
  const aboutThePerson =
    namedSources.length > 0 && concepts.length > 0 && concepts.every((c) => asksAboutThePersonBy(c.concept.words));
  if (concepts.length === 0 || aboutThePerson) {
    // A bare name ("Isabel Hilton") asks about the person too.
    const addressing =
      aboutThePerson || ASKS_WHO.test(text) || !/\p{L}/u.test(text)
        ? namedSources.flatMap((id) => engine.index.byId.get(`${id}#author`) ?? []).map(asWholeAnswer)
        : [];
    return {
      ...nothing,
      confidence: addressing.length > 0 ? "direct" : "none",
      addressing,
      aboutNamedSources: true,
    };
  }

  const asked = askedTerms(engine, text);
  const required = asked ? concepts.filter((c) => asked.has(c.concept.alternatives[0]?.term ?? "")) : concepts;
  return { ...nothing, ...decide(engine, ranked, required, namedSources, formCheck(text, concepts, engine.lexicon), opts) };
}

/** A question's sentences: each runs to its end mark. */
const SENTENCE = /[^.!?]+[.!?]*/g;

/**
 * In a question of several sentences, the ideas of those that ask (end in "?") are what must be answered; the
 * others set the scene ("I've been reading about this for a while. Why does China…?"). Null: every idea counts.
 */
function askedTerms(engine: Engine, text: string): Set<string> | null {
  const sentences = (text.match(SENTENCE) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
  const asking = sentences.filter((sentence) => sentence.endsWith("?"));
  if (asking.length === 0 || asking.length === sentences.length) return null;
  return new Set(engine.analyzer.questionConcepts(asking.join(" ")).map((c) => c.alternatives[0]?.term ?? ""));
}

/**
 * Articles at most of which one answer shows passages by their place (openings and endings, a paragraph asked for)
 * when the question names none; in a larger corpus, only of those it names.
 */
const ARTICLES_SHOWN_BY_PLACE = 4;

/** The articles an answer by place shows from: those named, all when none is. */
const articlesAsked = (engine: Engine, namedSources: string[]): string[] =>
  namedSources.length > 0 ? namedSources : engine.articles.map((article) => article.id);

/** A passage shown for what it is, not for matching words (none when the index does not hold it). */
const shownWhole = (engine: Engine, passage: Passage | undefined): ScoredPassage[] => {
  const entry = passage && engine.index.byId.get(passage.id);
  return entry ? [asWholeAnswer(entry)] : [];
};

/** The first and last passages of the named articles (of all, in a small corpus), or null when there are none. */
function openingsAndEndings(
  engine: Engine,
  namedSources: string[],
): Pick<Retrieval, "confidence" | "addressing" | "supporting" | "openingAndEnding"> | null {
  const ids = articlesAsked(engine, namedSources);
  if (ids.length > ARTICLES_SHOWN_BY_PLACE) return null;
  const bodies = ids.map((id) => engine.bodyOf(id)).filter((body) => body.length > 0);
  const addressing = bodies.flatMap((body) => shownWhole(engine, body[0]));
  if (addressing.length === 0) return null;
  const supporting = bodies.flatMap((body) => (body.length > 1 ? shownWhole(engine, body[body.length - 1]) : []));
  return { confidence: "closest", addressing, supporting, openingAndEnding: true };
}

/** The passages of one paragraph, by its place, of the named articles (of all when none is named); null: none has it. */
function paragraphsAt(
  engine: Engine,
  which: number | "last",
  namedSources: string[],
): Pick<Retrieval, "confidence" | "addressing" | "supporting" | "paragraphAsked"> | null {
  const paragraphs = articlesAsked(engine, namedSources).map((id) => {
    const body = engine.bodyOf(id);
    const number = which === "last" ? body.at(-1)?.paragraph : which;
    return body.filter((passage) => passage.paragraph === number).flatMap((passage) => shownWhole(engine, passage));
  });
  const addressing = paragraphs.flatMap((shown) => shown.slice(0, 1));
  if (addressing.length === 0) return null;
  const supporting = paragraphs.flatMap((shown) => shown.slice(1));
  return { confidence: "direct", addressing, supporting, paragraphAsked: which };
}

/**
 * Said of the whole corpus only when true of it: no passage holds the word or an alternative close enough to show
 * it (a term in the index is held by some passage).
 */
const usedNowhereIn = (engine: Engine, { concept }: WeightedConcept): boolean =>
  concept.alternatives.every((a) => a.weight < SHOWN_WEIGHT || !engine.index.hasTerm(a.term));

/** Words by which a question asks about a person: the author note answers them. */
const ASKS_WHO = /\b(who|whom|whose|authors?|writers?)\b/i;

/** A passage that answers by what it is (an author note for a question about its author), not by matching words. */
const asWholeAnswer = (entry: IndexedPassage): ScoredPassage => ({
  entry,
  score: 1,
  coverage: 1,
  sentenceCoverage: 1,
  sentenceCoverages: new Array<number>(entry.sentenceCount).fill(0),
  bm25: 0,
  closeness: 1,
  anchored: true,
  closeCoverage: 1,
  matched: [],
  namesShown: [],
});

type Decision = Pick<
  Retrieval,
  "confidence" | "addressing" | "supporting" | "others" | "missing" | "usedNowhere" | "formNotGiven"
>;

/** Nothing relates: nothing addresses the question, and nothing is missing from what is shown. */
const NO_DECISION: Decision = {
  confidence: "none",
  addressing: [],
  supporting: [],
  others: [],
  missing: [],
  usedNowhere: [],
  formNotGiven: null,
};

/** Up to this many sources, an answer says of every one that does not address the question what it has. */
const LIST_EVERY_OTHER_UP_TO = 50;

/** How directly the ranked passages answer, which sources address the question, and what comes closest. */
function decide(
  engine: Engine,
  ranked: ScoredPassage[],
  concepts: WeightedConcept[],
  namedSources: string[],
  form: FormCheck | null,
  opts: AnswerOptions,
): Decision {
  // A passage relates to the question when it shares a name or a key term of the corpus with it, or shows
  // much of the question in its own words; one that shares a few everyday words ("lower", "back") does not.
  const closelyRelated = ranked.filter((s) => s.anchored || s.closeCoverage >= opts.relatedCoverage);
  // Failing those, passages that show the question's ideas in related words come close, and no more: "What's
  // BASIC's solution?" (its "way forward", "option") is not declined as a question the article does not address.
  const loosely = closelyRelated.length === 0;
  const loose = (s: ScoredPassage) => s.matched.length > 0 && s.coverage >= opts.relatedShownCoverage;
  let related = closelyRelated;
  if (loosely) related = ranked.filter(loose);
  // Failing even those, a passage very close in meaning comes close too, though it shares few words with the
  // question ("Why do building crews in the capital still dig up old explosives?": "any building site in Pyongyang
  // is likely to turn up some unexploded ordnance").
  if (related.length === 0) related = ranked.filter((s) => s.closeness >= opts.closeInMeaning);
  // Failing even those, a passage that touches each idea of the question, though only through a weaker relation: a
  // question on "nukes" is shown what the articles say of nuclear weapons rather than told they never mention it.
  // A name is touched only by itself: Deng Xiaoping is not China.
  if (related.length === 0 && concepts.length > 0) {
    const touches = (s: ScoredPassage, { concept }: WeightedConcept) => {
      const least = concept.kind === "entity" ? 1 : opts.touchedWeight;
      return concept.alternatives.some((a) => a.weight >= least && s.entry.occurrence(a.term) !== undefined);
    };
    // Two weak signals must agree: "cover letter" touches a "message" but is no closer in meaning to it.
    related = ranked.filter((s) => s.closeness >= opts.touchedCloseness && concepts.every((c) => touches(s, c)));
  }
  const best = related[0];
  if (!best) return NO_DECISION;
  // Each source's related passages, best first: its best one, and what its passages show between them.
  const relatedBySource = new Map<string, ScoredPassage[]>();
  for (const scored of related) {
    const sourceId = scored.entry.passage.sourceId;
    const list = relatedBySource.get(sourceId);
    if (list) list.push(scored);
    else relatedBySource.set(sourceId, [scored]);
  }
  const bestBySource = new Map([...relatedBySource].map(([sourceId, list]) => [sourceId, list[0] as ScoredPassage]));
  // A name is shown by itself, not by a broader one (Trump is not shown by a passage on the US).
  const names = new Set(concepts.filter((c) => c.concept.kind === "entity").map((c) => c.concept.label));
  const shown = new Set(related.flatMap((s) => [...s.matched.filter((label) => !names.has(label)), ...s.namesShown]));
  const unshown = concepts.filter((c) => c.concept.naming && !shown.has(c.concept.label));
  const missing = unshown.map((c) => c.concept.label);
  const usedNowhere = unshown.filter((c) => usedNowhereIn(engine, c)).map((c) => c.concept.label);
  // "How many tests…?" is answered directly only by a sentence that names the tests and gives a number, "When
  // did…?" by one on it that gives a time; and a source addresses it only with such a passage.
  const answering = missing.length === 0 && !loosely ? related.filter((s) => s.coverage >= opts.minCoverage) : [];
  const answered = answering.some((s) => !form || form.gives(s));
  const formNotGiven = form !== null && answering.length > 0 && !answered ? { asked: form.asked, of: form.counted } : null;

  // A direct answer names the sources that address the question; an answer that only comes close shows the
  // closest passage of each source that comes about as close as the best one (the reader judges which is
  // nearer), and names the others as coming less close.
  const ownRelated = (sourceId: string) => relatedBySource.get(sourceId) ?? [];
  const givesForm = (sourceId: string) =>
    !form || ownRelated(sourceId).some((s) => s.coverage >= opts.sourceMinCoverage && form.gives(s));
  // A source answers directly only if it names whom the question names, by the name itself: a passage on the US
  // is no answer to what Trump wants, nor one on the Kims to why Kim Il-sung wanted the bomb.
  const namesAll = (sourceId: string) => {
    const own = new Set(ownRelated(sourceId).flatMap((s) => s.namesShown));
    return [...names].every((name) => own.has(name));
  };
  const near = [...bestBySource.values()].filter((s) => s.score >= opts.sourceScoreRatio * best.score);
  const answeringSources = answered
    ? near.filter(
        (s) => s.coverage >= opts.sourceMinCoverage && givesForm(s.entry.passage.sourceId) && namesAll(s.entry.passage.sourceId),
      )
    : [];
  // Answered only across sources (one names Trump, another Obama) is no direct answer of any: it comes close.
  const direct = answeringSources.length > 0;
  const addressing = direct ? answeringSources : near;
  const addressedBy = new Set(addressing.map((s) => s.entry.passage.sourceId));
  const supporting = related.filter(
    (s) => !addressing.includes(s) && addressedBy.has(s.entry.passage.sourceId) && s.score >= opts.passageScoreRatio * best.score,
  );
  // Only the sources searched are spoken of: a question naming one article says nothing of the others. In a
  // small corpus every other source is listed, with its closest passage or none; in a large one only those with
  // a related passage — of thousands, saying of each that it has nothing would cost every question a pass over
  // all sources and tell the reader nothing.
  const searched = engine.articles.length <= LIST_EVERY_OTHER_UP_TO ? engine.articles.map((a) => a.id) : [...bestBySource.keys()];
  const others = searched
    .filter((id) => (namedSources.length === 0 || namedSources.includes(id)) && !addressedBy.has(id))
    .map((id) => {
      // Failing a closely related passage, one that shows the question's ideas in related words, as an answer that
      // only comes close does: an article is not said to leave a question alone that it writes of in other words
      // ("leaders" through "leadership").
      const closest = bestBySource.get(id) ?? ranked.find((s) => s.entry.passage.sourceId === id && loose(s));
      const passage = closest?.entry.passage;
      return { sourceId: id, passageId: passage?.id ?? null, paragraph: passage?.paragraph ?? null };
    });
  return {
    confidence: direct ? "direct" : "closest",
    addressing,
    supporting,
    others,
    missing,
    usedNowhere,
    formNotGiven,
  };
}
