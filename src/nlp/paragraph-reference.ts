import { ARTICLE_NOUN } from "./question-framing.js";

/**
 * A question that points at a paragraph by its place ("explain paragraph 4 of Hilton", "what's in the BASIC
 * article's last paragraph?", "¶ 9"): it asks for that paragraph, not about the words "paragraph" or "4".
 */
export interface ParagraphReference {
  /** The paragraph's number, counted from 1, or "last". */
  which: number | "last";
  /** The question without the reference. */
  rest: string;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const PARAGRAPH = "(?:\\bparagraphs?|\\bparas?|¶)";
const BY_NUMBER = new RegExp(`${PARAGRAPH}\\s*(?:no\\.?\\s*|number\\s*|#\\s*)?(\\d{1,4})\\b`, "iu");
const BY_ORDINAL = new RegExp(
  `\\b(?:the\\s+)?(\\d{1,4}(?:st|nd|rd|th)|${ORDINALS.join("|")}|last|final|opening|closing|concluding)\\s+${PARAGRAPH}`,
  "iu",
);
const LAST = new Set(["last", "final", "closing", "concluding"]);
/**
 * How an article ends or begins, asked of the article (the source's name already taken out): "How does the article
 * end?", "How does Hilton conclude her argument?", "What does Hilton conclude?", "the conclusion of the BASIC
 * article", "its opening". Its last or first paragraph. Only of an article: "How did the war end?" and "the end of the
 * Cold War" ask of a war.
 */
const ARTICLE = `(?:${ARTICLE_NOUN}s?|argument|case)`;
const THE_ARTICLE = `(?:(?:the|each|both|this|that|either)\\s+)?(?:two\\s+)?${ARTICLE}`;
const ARTICLE_OR_PRONOUN = `(?:${THE_ARTICLE}|ones?|it|they|she|he)`;
/** Where a source's name was taken out: "the   piece", "Hilton's" → "'s". */
const NAME_LEFT = `(?:the\\s+)?(?:['’]s\\s+)?`;
const END_VERB = "end|conclude|finish|close|wrap\\s+up|begin|start|open";
const END_NOUN = "conclusion|ending|end|opening|beginning|start|introduction|intro";
const QUESTION_END = `\\s*[?.!]*\\s*$`;
const HOW_IT_ENDS = [
  new RegExp(
    `^\\W*(?:how|what)\\s+(?:does|do|did)\\s+${NAME_LEFT}(?:${ARTICLE_OR_PRONOUN}\\s+)?(${END_VERB})` +
      `(?:\\s+(?:with\\s+)?(?:her|his|its|their|the)\\s+${ARTICLE})?${QUESTION_END}`,
    "iu",
  ),
  new RegExp(`\\b(${END_NOUN})\\s+of\\s+${NAME_LEFT}(?:${THE_ARTICLE})?${QUESTION_END}`, "iu"),
  new RegExp(
    `(?:${ARTICLE}['’]s?|\\b(?:its|their|her|his)|^\\W*what(?:['’]s|\\s+(?:is|was|are))(?:\\s+the)?)\\s+(${END_NOUN})${QUESTION_END}`,
    "iu",
  ),
];
const OPENS = new Set(["begin", "start", "open", "opening", "beginning", "introduction", "intro"]);

export function paragraphReference(question: string): ParagraphReference | null {
  for (const pattern of HOW_IT_ENDS) {
    const howItEnds = pattern.exec(question);
    if (howItEnds) return { which: OPENS.has((howItEnds[1] ?? "").toLowerCase()) ? 1 : "last", rest: "" };
  }
  const byNumber = BY_NUMBER.exec(question);
  if (byNumber) return { which: Number(byNumber[1]), rest: without(question, byNumber) };
  const byOrdinal = BY_ORDINAL.exec(question);
  if (!byOrdinal) return null;
  const word = (byOrdinal[1] ?? "").toLowerCase();
  const which = LAST.has(word) ? "last" : word === "opening" ? 1 : ORDINALS.indexOf(word) + 1 || Number.parseInt(word, 10);
  return { which, rest: without(question, byOrdinal) };
}

const without = (question: string, match: RegExpExecArray): string =>
  `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`;
