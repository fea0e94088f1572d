import { answerQuestion } from "../answer/answer.js";
import type { Engine } from "../engine.js";
import type { AnswerOptions } from "../retrieval/retrieve.js";
import { type EvalQuestion, type EvalReport, evaluate } from "./metrics.js";

/** Answers every question through the same path users get and scores the structured answers. */
export function evaluateEngine(engine: Engine, questions: EvalQuestion[], options: Partial<AnswerOptions> = {}): EvalReport {
  return evaluate(
    questions,
    questions.map((q) => answerQuestion(engine, q.q, options)),
  );
}
