import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

export type Nlp = ReturnType<typeof winkNLP>;

/**
 * The one wink-nlp instance: created once at start (~50 ms) and passed to whoever needs it.
 * Sentence boundaries and parts of speech only: stems and stop-word flags need no further stage.
 */
export function createNlp(): Nlp {
  return winkNLP(model, ["sbd", "pos"]);
}
