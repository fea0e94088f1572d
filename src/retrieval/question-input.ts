export const MAX_QUESTION_CHARS = 500;

export type QuestionCheck = { ok: true; question: string } | { ok: false; message: string };

// Control and invisible formatting characters carry no meaning for retrieval and can break rendering.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Cleans a user's question, or says specifically why it cannot be asked. */
export function checkQuestion(raw: string): QuestionCheck {
  const question = raw.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  if (question.length === 0) return { ok: false, message: "The question is empty: type a question about the articles." };
  if (!/[\p{L}\p{N}]/u.test(question)) {
    return { ok: false, message: "The question has no words in it, only symbols: type a question about the articles." };
  }
  const length = [...question].length;
  if (length > MAX_QUESTION_CHARS) {
    return {
      ok: false,
      message: `The question is too long (${length} characters; the limit is ${MAX_QUESTION_CHARS}): ask about one thing at a time.`,
    };
  }
  return { ok: true, question };
}
