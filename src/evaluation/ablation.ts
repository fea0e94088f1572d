import { type AnswerOptions, DEFAULT_ANSWER_OPTIONS } from "../retrieval/retrieve.js";

/**
 * The ablation DESIGN.md reports: each mechanism of understanding added in turn to matching the question's
 * own words, ending with the configuration users get.
 */
export function ablationSteps(): { name: string; options: AnswerOptions }[] {
  const full = DEFAULT_ANSWER_OPTIONS;
  const wordsOnly: AnswerOptions = {
    ...full,
    expansion: { ...full.expansion, wordnetScale: 0, compoundScale: 0, neighbourLimit: 0, informativeness: 0 },
    scoring: { ...full.scoring, semanticShare: 0 },
    correctTypos: false,
  };
  const withWordnet = {
    ...wordsOnly,
    expansion: {
      ...wordsOnly.expansion,
      wordnetScale: full.expansion.wordnetScale,
      compoundScale: full.expansion.compoundScale,
    },
  };
  const withInformation = {
    ...withWordnet,
    expansion: { ...withWordnet.expansion, informativeness: full.expansion.informativeness },
  };
  const withVectors = { ...withInformation, expansion: full.expansion };
  const withSentences = { ...withVectors, scoring: full.scoring };
  return [
    { name: "the question's own words (stems, names)", options: wordsOnly },
    { name: "+ WordNet relations", options: withWordnet },
    { name: "+ English informativeness", options: withInformation },
    { name: "+ word-vector neighbours", options: withVectors },
    { name: "+ sentence closeness (SIF)", options: withSentences },
    { name: "+ typo reading (all on)", options: full },
  ];
}
