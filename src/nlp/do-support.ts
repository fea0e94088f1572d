const DO = new Set(["do", "does", "did"]);
const NEGATION = new Set(["not", "n't"]);
/** Tags the verb of such a question may wrongly come out as. */
const VERB_READ_AS = new Set(["NOUN", "VERB", "ADJ"]);

/**
 * The tags of a question corrected where wink-nlp's tagger misreads do-support. In a question English puts the
 * subject right after "do" ("What role does oil play?", "Why don't sanctions work?", "Did sanctions hurt
 * farmers?"), yet the tagger reads a common noun there as a verb and the verb after it as a noun or adjective: a
 * word tagged VERB right after "do" (or "do not") with another word before the question goes on is its subject,
 * a noun, and that next word its verb. Only a question's tags are corrected: an article's reading is the index.
 */
export function correctDoSupport(tokens: string[], tags: string[]): string[] {
  const corrected = [...tags];
  for (let i = 0; i < tokens.length; i++) {
    if (corrected[i] !== "AUX" || !DO.has(tokens[i]?.toLowerCase() ?? "")) continue;
    let subject = i + 1;
    if (NEGATION.has(tokens[subject]?.toLowerCase() ?? "")) subject += 1;
    if (corrected[subject] !== "VERB" || !VERB_READ_AS.has(corrected[subject + 1] ?? "")) continue;
    corrected[subject] = "NOUN";
    corrected[subject + 1] = "VERB";
  }
  return corrected;
}
