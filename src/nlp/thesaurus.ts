/**
 * What general word knowledge cannot know (data: corpus/thesaurus.yaml): the names of people, places and bodies
 * with their aliases, phrases of the field, and how questions are framed.
 */
export interface Thesaurus {
  entities: Record<string, { phrases: string[]; broader?: string[] }>;
  questionWords?: string[];
  /** Stop words that carry meaning here ("should": what an author recommends). */
  keepWords?: string[];
  /** Phrases in questions read as other words: "the bomb" → "nuclear weapons". */
  questionPhrases?: Record<string, string>;
}

export const EMPTY_THESAURUS: Thesaurus = { entities: {} };

export interface ThesaurusProblem {
  field: string;
  message: string;
}

/** Every problem in a thesaurus (empty when valid). */
export function validateThesaurus(data: unknown): ThesaurusProblem[] {
  const problems: ThesaurusProblem[] = [];
  const report = (field: string, message: string) => problems.push({ field, message });
  if (typeof data !== "object" || data === null) return [{ field: "file", message: "must be a YAML mapping" }];
  const { entities, questionWords, keepWords, questionPhrases, synonyms } = data as Record<string, unknown>;
  const isWordList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item) => typeof item === "string" && item.trim() !== "");

  if (typeof entities !== "object" || entities === null) report("entities", "must be a mapping of names");
  else {
    const names = new Set(Object.keys(entities));
    for (const [name, entry] of Object.entries(entities as Record<string, unknown>)) {
      const { phrases, broader } = (entry ?? {}) as Record<string, unknown>;
      // A name is what passages are indexed under: the index's terms hold no spaces.
      if (/\s/.test(name) || name === "")
        report(`entities.${name}`, `a name is one word: join its words with hyphens ("north-korea")`);
      if (!isWordList(phrases) || phrases.length === 0) report(`entities.${name}.phrases`, `must be a non-empty list of text`);
      if (broader !== undefined && !isWordList(broader)) report(`entities.${name}.broader`, `must be a list of entity names`);
      for (const parent of isWordList(broader) ? broader : []) {
        if (!names.has(parent)) report(`entities.${name}.broader`, `"${parent}" is not an entity`);
      }
    }
  }
  if (synonyms !== undefined) {
    report(
      "synonyms",
      "no longer read: WordNet and word vectors relate common words for every article; keep names and phrases only",
    );
  }
  if (questionWords !== undefined && !isWordList(questionWords)) report("questionWords", "must be a list of words");
  if (keepWords !== undefined && !isWordList(keepWords)) report("keepWords", "must be a list of words");
  if (
    questionPhrases !== undefined &&
    (typeof questionPhrases !== "object" || questionPhrases === null || !isWordList(Object.values(questionPhrases)))
  ) {
    report("questionPhrases", "must map phrases to the words they stand for");
  }
  return problems;
}
