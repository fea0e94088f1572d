/** Started fresh by the benchmark: prints how long after process start the first answer was ready. */
import { answerQuestion } from "../../src/answer/answer.js";
import { createEngine } from "../../src/engine.js";

const engine = createEngine(process.argv[2] ?? "corpus");
answerQuestion(engine, "What role does Russia play in the North Korea crisis?");
console.log(JSON.stringify({ firstAnswerMs: performance.now() }));
