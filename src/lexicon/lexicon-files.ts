/** The files of a prepared lexicon; bump the version when their format or content rules change. */
export const LEXICON_VERSION = 5;

export const LEXICON_FILES = {
  vocabulary: "vocabulary.txt",
  vocabularyOffsets: "vocabulary.u32",
  ranks: "ranks.u32",
  vectors: "vectors.i8",
  related: "related.txt",
  relatedOffsets: "related.u32",
  compounds: "compounds.txt",
  compoundOffsets: "compounds.u32",
  names: "names.u8",
  idioms: "idioms.txt",
  meta: "meta.json",
} as const;
