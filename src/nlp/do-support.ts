/** The forms of "do" that carry a question ("does Russia care", "did basic say"). */
export const DO = new Set(["do", "does", "did"]);
const NEGATION = new Set(["not", "n't"]);
/** Tags the verb of such a question may wrongly come out as. */
const VERB_READ_AS = new Set(["NOUN", "VERB", "ADJ"]);
/** A subject of one word, or a name of several. */
const SUBJECT = new Set(["NOUN", "PROPN", "PRON"]);

/**
 * The tags of a question corrected where wink-nlp's tagger misreads do-support. In a question English puts the
 * subject right after "do" and its verb after it, yet the tagger
 * - reads a common noun there as a verb and the verb after it as a noun or adjective ("What role does oil/VERB
 *   play?", "Why don't sanctions/VERB work/NOUN?", "Did sanctions/VERB hurt/ADJ farmers?"): a word tagged VERB
 *   right after "do" (or "do not") with another such word after it is the subject, a noun, and that word its verb;
 * - reads the verb that ends such a question as a noun ("Does Russia matter/NOUN?", "Does bombing work/NOUN?"):
 *   a question cannot end in a noun there, so it is the verb. (Before more words, "How does Moscow fit/NOUN into…",
 *   it is left: read as a verb, "fit" weighed otherwise and moved an answer, DESIGN.md says how.)
 * Only a question's tags are corrected: an article's reading is the index.
 */
export function correctDoSupport(tokens: string[], tags: string[]): string[] {
  const corrected = [...tags];
  for (let i = 0; i < tokens.length; i++) {
    if (corrected[i] !== "AUX" || !DO.has(tokens[i]?.toLowerCase() ?? "")) continue;
    let subject = i + 1;
    if (NEGATION.has(tokens[subject]?.toLowerCase() ?? "")) subject += 1;
    const tag = corrected[subject] ?? "";
    if (tag === "VERB") {
      if (!VERB_READ_AS.has(corrected[subject + 1] ?? "")) continue;
      corrected[subject] = "NOUN";
      corrected[subject + 1] = "VERB";
    } else if (SUBJECT.has(tag)) {
      let verb = subject + 1;
      while (tag === "PROPN" && corrected[verb] === "PROPN") verb++;
      const last = verb + 1 >= tokens.length || corrected[verb + 1] === "PUNCT";
      if (corrected[verb] === "NOUN" && last) corrected[verb] = "VERB";
    }
  }
  return corrected;
}
