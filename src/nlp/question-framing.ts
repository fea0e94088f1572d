/**
 * How questions about articles are framed in English, for every corpus: words that ask rather than say what a
 * question is about ("What do the authors think about…"), ignored in questions and never in articles. A
 * thesaurus may add words of its own field.
 */
export const FRAMING_WORDS = [
  "author",
  "authors",
  "writer",
  "writers",
  "write",
  "writes",
  "wrote",
  "written",
  "publish",
  "published",
  "publication",
  "article",
  "articles",
  // Who asks, in a class or a reading group ("My teacher said…").
  "teacher",
  "professor",
  "homework",
  "assignment",
  "piece",
  "pieces",
  "text",
  "essay",
  "source",
  "sources",
  "say",
  "says",
  "said",
  "think",
  "thinks",
  "opinion",
  "opinions",
  "view",
  "views",
  "stance",
  "mention",
  "mentions",
  "cover",
  "covers",
  "discuss",
  "discusses",
  "describe",
  "describes",
  "explain",
  "explains",
  "according",
  "tell",
  "tells",
  "optimistic",
  "pessimistic",
  "hopeful",
  "sceptical",
  "skeptical",
  "confident",
  "believe",
  "believes",
  "feel",
  "feels",
  "regard",
  "regarding",
  "respect",
  "concerning",
  "two",
  "2",
  "both",
  "happen",
  "happened",
  "anything",
  "something",
  "please",
  "know",
  "understand",
  "compare",
  "comparison",
  "vs",
  "versus",
  "bot",
  "link",
  "links",
  "url",
  "title",
  "titled",
  "headline",
  "citation",
  "cite",
  "reference",
  "paragraph",
  "paragraphs",
  "summary",
  "summaries",
  "summarize",
  "summarise",
  "summarizes",
  "summarises",
  "gist",
  "overview",
  "thesis",
  "takeaway",
  "takeaways",
  // How the answer is wanted: "in one sentence", "briefly", "quote the part where…".
  "sentence",
  "sentences",
  "briefly",
  "nutshell",
  "quote",
  "quotes",
  "excerpt",
  "excerpts",
  "passage",
  "passages",
  "point",
  "points",
  "argue",
  "argues",
  "argument",
  "arguments",
  "agree",
  "disagree",
  "differ",
  "difference",
  "differences",
  "similar",
  "contrast",
  "really",
  "actually",
  "literally",
  "honestly",
  "anyway",
  "anyways",
  "exactly",
  "mainly",
  "main",
  "basically",
  "current",
  "currently",
  "today",
  "thing",
  "things",
  "event",
  "events",
  "list",
  "way",
  "ways",
  "kind",
  "sort",
  "lot",
  "thoughts",
  // Chat shorthand: how people write on Discord around a question, never what it is about. Read as written (never
  // as a typo: "tbh" is not "tah"), then left out like the words above.
  "lol",
  "lmao",
  "tbh",
  "imo",
  "imho",
  "idk",
  "btw",
  "fyi",
  "afaik",
  "iirc",
  "fwiw",
  "ngl",
  "smh",
  "omg",
  "eli5",
  "tldr",
  "pls",
  "plz",
  "thx",
  "wat",
  "wut",
  "wen",
  "abt",
  "bc",
  "cuz",
  "tho",
  "gonna",
  "gona",
  "wanna",
  "gotta",
  // "would", "could": stop words as well. Not "shud": "should" carries advice, and is read.
  "wud",
  "cud",
  "im",
  "nah",
  // Interjections the tagger reads as nouns ("hey" and "ugh" it knows).
  "yo",
  "hmm",
  "hmmm",
  "hm",
  "um",
  "umm",
  "erm",
];

/**
 * Verbs of speaking followed by what is spoken of ("Do both articles talk about Japan?"): they frame the question
 * there, while the same word alone may be its topic ("peace talks"). Colloquial ways of asking about something
 * ("What's the deal with sanctions?", "what's up with Russia"), whose "deal" is no deal. And "tl;dr", which the
 * tokenizer splits.
 */
export const FRAMING_PHRASE =
  /\b(?:talk|talked|talking|speak|speaks|spoke|speaking)\s+(?=about\b|of\b)|\bwhat(?:['’]?s|\s+is)\s+(?:the\s+(?:deal|story)|up)\s+with\b|\btl;\s?dr\b/giu;

/**
 * Asking what is to be done, in a modal ("what to do", "what should Russia do", "what would Hilton do", "what can be
 * done"): a question for advice, its "do" read as "recommend" (answered by sentences that recommend), the words
 * between kept. Not "what did China do", which asks what happened.
 */
const ASKS_WHAT_TO_DO = /\bwhat\s+(to|should|would|could|can|must|ought\s+to)\s+((?:[\p{L}'’-]+\s+){0,3}?)(?:do|be\s+done)\b/giu;
export const asAdviceAsked = (question: string): string => question.replace(ASKS_WHAT_TO_DO, "$1 $2recommend");

/** Asking for an article's gist: a summary, its main points, what it argues. */
const ASKS_FOR_GIST =
  /\b(?:summar(?:y|ies|i[sz]e|i[sz]es|i[sz]ed|i[sz]ing)|gist|overview|thesis|takeaways?|tl;?dr|(?:main|key|central) (?:points?|arguments?|ideas?)|argues?)\b/i;
/** Asking what an article or its author says or thinks; not what the bot thinks ("What do you think?"). */
const ASKS_WHAT_IT_SAYS = /\b(?:says?|said|thinks?|believes?)\b/i;
/** Asking how the articles differ or meet, on nothing in particular ("What's the difference between them?"). */
const ASKS_HOW_THEY_COMPARE =
  /\b(?:differ(?:s|ent|ence|ences)?|compared?|comparison|contrast|in common|similar|similarit(?:y|ies)|alike|(?:dis)?agree)\b/i;
const ADDRESSES_THE_BOT = /\b(?:you|your)\b/i;
/**
 * Whether a question asks for the gist, when nothing else is asked: "Summarise it", "What does Hilton think?", and
 * how the articles compare, which their own words (how each opens and ends) show better than any summary.
 */
export const asksForGist = (question: string): boolean =>
  ASKS_FOR_GIST.test(question) ||
  ASKS_HOW_THEY_COMPARE.test(question) ||
  (ASKS_WHAT_IT_SAYS.test(question) && !ADDRESSES_THE_BOT.test(question));

/** A link pasted into a question ("https://…", "<https://…>", "www.…") points somewhere; it says nothing of the topic. */
const LINKS = /<?\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s>]+>?/giu;
export const withoutLinks = (question: string): string => question.replace(LINKS, " ");

/** What a question calls an article. */
export const ARTICLE_NOUN = "(?:article|piece|essay|op-?ed|column)";

/**
 * Asking how long an article is, or which of them is longer or came first, when nothing else is asked ("How long
 * is the Hilton piece?", "Which article is longer?", "Which one came out first?"): the articles' details answer it.
 */
const ASKS_FOR_DETAIL = new RegExp(
  [
    "\\bhow\\s+(?:long|short)\\b",
    "\\bhow\\s+many\\s+(?:words|paragraphs|pages)\\b",
    "\\b(?:word|paragraph)\\s+count\\b",
    `\\bwhich\\b(?:\\s+${ARTICLE_NOUN}s?|\\s+(?:one|is|was)|\\s+of\\s+(?:them|the\\s+(?:two|${ARTICLE_NOUN}s)))\\b.*\\b(?:longer|shorter|longest|shortest|first|earlier|earliest|later|latest|older|oldest|newer|newest|recent)\\b`,
  ].join("|"),
  "iu",
);
/** The words such a question asks by: no topic of it. */
const DETAIL_WORDS = new Set(
  [
    "long short words paragraphs pages word paragraph count",
    "longer shorter longest shortest",
    "first earlier earliest later latest older oldest newer newest recent",
    "came come comes out published written appeared",
  ].flatMap((line) => line.split(" ")),
);
/** Whether a concept's words only ask about an article's details ("long" in "How long is the article?"). */
export const asksDetailBy = (question: string, words: string[]): boolean =>
  // The words first: the pattern is slow to fail, and most concepts have other words.
  words.every((word) => DETAIL_WORDS.has(word.toLowerCase())) && ASKS_FOR_DETAIL.test(question);

/**
 * Words by which a question about a named writer asks about the person ("Where does Hilton work?", "What is her
 * background?", "Is she an expert?"): what an article's author note says, not what the article says.
 */
const ABOUT_THE_PERSON = new Set(
  [
    "work works worked working job jobs career profession occupation employer employed living",
    "background expertise expert experts credentials qualifications qualified biography bio",
  ].flatMap((line) => line.split(" ")),
);
/** Whether a concept's words only ask about a person (`ABOUT_THE_PERSON`). */
export const asksAboutThePersonBy = (words: string[]): boolean => words.every((word) => ABOUT_THE_PERSON.has(word.toLowerCase()));

/** Stop words that carry meaning in opinion writing: what an author says must or should be done. */
export const MEANINGFUL_STOP_WORDS = ["should", "must", "ought"];
