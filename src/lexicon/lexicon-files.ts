/** The files of a prepared lexicon; bump the version when their format or content rules change. */
export const LEXICON_VERSION = 7;

export const LEXICON_FILES = {
  vocabulary: "vocabulary.txt",
  vocabularyOffsets: "vocabulary.u32",
  ranks: "ranks.u32",
  vectors: "vectors.i8",
  related: "related.txt",
  relatedOffsets: "related.u32",
  compounds: "compounds.txt",
  compoundOffsets: "compounds.u32",
  wordFlags: "word-flags.u8",
  idioms: "idioms.txt",
  meta: "meta.json",
} as const;

/** Bits of a word's byte in `wordFlags`: it names one particular thing (`namesOneThing`)… */
export const NAMES_ONE_THING = 1;
/** …it is a noun whose amount "how much" asks (`measuredAsAmount`)… */
export const MEASURED_AS_AMOUNT = 2;
/** …it is a verb whose "how much" asks an amount (`verbOfGiving`). */
export const VERB_OF_GIVING = 4;
