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
 * "How does the article end?", "How does each piece begin?", "How does Hilton conclude her article?" (the source
 * name already taken out): its last or first paragraph. Only of an article ("How did the war end?" asks of a war).
 */
const ARTICLE_OR_PRONOUN = `(?:(?:the|each|both|this|that|either)\\s+)?(?:${ARTICLE_NOUN}s?|ones?|it|they|she|he)`;
const HOW_IT_ENDS = new RegExp(
  `^\\W*how\\s+(?:does|do|did)\\s+(?:the\\s+)?(?:['’]s\\s+)?(?:${ARTICLE_OR_PRONOUN}\\s+)?` +
    `(end|conclude|finish|close|wrap\\s+up|begin|start|open)` +
    `(?:\\s+(?:her|his|its|their|the)\\s+${ARTICLE_NOUN}s?)?\\s*[?.!]*\\s*$`,
  "iu",
);
const OPENS = new Set(["begin", "start", "open"]);

export function paragraphReference(question: string): ParagraphReference | null {
  const howItEnds = HOW_IT_ENDS.exec(question);
  if (howItEnds) return { which: OPENS.has((howItEnds[1] ?? "").toLowerCase()) ? 1 : "last", rest: "" };
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
