import { answerQuestion } from "../answer/answer.js";
import type { Engine } from "../engine.js";
import { coverageSentence } from "../render/source-labels.js";
import { type EvalQuestion, type EvalReport, evaluate } from "./metrics.js";

/** Answers every question through the same path users get and scores the answers. */
export function evaluateEngine(engine: Engine, questions: EvalQuestion[]): EvalReport {
  const answers = questions.map((q) => {
    const answer = answerQuestion(engine, q.q);
    return { ...answer, coverageStatement: coverageSentence(answer.addressedBy, engine.articles) };
  });
  return evaluate(questions, answers);
}
