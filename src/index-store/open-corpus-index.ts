import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type FileRead, loadCorpus } from "../corpus/load-corpus.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { Analyzer } from "../nlp/analyzer.js";
import type { Nlp } from "../nlp/pipeline.js";
import { type CorpusIndex, indexArticles } from "./corpus-index.js";
import {
  ContentDigest,
  type CorpusFingerprint,
  contentHash,
  corpusFileStats,
  programIdentity,
  sameFiles,
} from "./fingerprint.js";
import { IndexFileError, type Manifest, readCorpusIndex, readManifest, writeCorpusIndex } from "./index-files.js";

export interface IndexSources {
  corpusDir: string;
  /** Where the built index is kept (by default the corpus folder's `.index`). */
  indexDir: string;
  nlp: Nlp;
  /** Made when the index must be built (from the corpus folder's thesaurus, told to `onRead` as it is read); a
   * stored index brings its own. */
  analyzer: (onRead?: FileRead) => Analyzer;
  lexicon: Lexicon;
  /** Progress and problems, one line each. */
  log: (line: string) => void;
  /** The corpus files' sizes and dates, when already being looked at (`corpusFileStatsBeside`). */
  filesNow?: () => CorpusFingerprint["files"];
}

/** How the index came to be: read from its folder, or built (and whether it could then be saved). */
export type IndexOrigin = "loaded" | "built and saved" | "built, not saved";

/** Whether the stored index was built from this corpus by this program, or null when it was not. */
function freshManifest(sources: IndexSources, files: CorpusFingerprint["files"]): Manifest | null {
  const manifest = readManifest(sources.indexDir);
  if (!manifest || manifest.fingerprint.program !== programIdentity(sources.lexicon.id)) return null;
  if (sameFiles(manifest.fingerprint.files, files)) return manifest;
  // Files touched (a checkout, a copy): the same content needs no rebuild, and the new dates are remembered.
  if (contentHash(sources.corpusDir) !== manifest.fingerprint.content) return null;
  const refreshed = { ...manifest, fingerprint: { ...manifest.fingerprint, files } };
  try {
    writeFileSync(join(sources.indexDir, "manifest.json"), JSON.stringify(refreshed, null, 1));
  } catch {
    // A read-only index still serves; the content is checked again next start.
  }
  return refreshed;
}

/**
 * The corpus index: read from `indexDir` when it was built from this very corpus (and code, and word knowledge),
 * otherwise built and saved there for next time. A stored index that cannot be read, or cannot be saved, costs a
 * build, never an answer.
 */
export function openCorpusIndex(sources: IndexSources): { corpus: CorpusIndex; origin: IndexOrigin } {
  const { corpusDir, indexDir, log } = sources;
  // Taken once, before any corpus file is read: what the stored index is checked against, and, if it must be built
  // again, what the new one is fingerprinted with (a file changed while the build runs then differs next start).
  const files = statsBeforeReading(sources);
  let manifest: Manifest | null = null;
  try {
    manifest = freshManifest(sources, files);
  } catch {
    // A missing or unreadable corpus folder: the build below says what is wrong with it.
  }
  if (manifest) {
    try {
      return { corpus: readCorpusIndex(indexDir, manifest), origin: "loaded" };
    } catch (error) {
      // Whatever is wrong with the stored files (damaged, cut short, edited), a new build replaces them.
      const why =
        error instanceof IndexFileError ? error.message : `index in ${indexDir} unreadable (${(error as Error).message})`;
      log(`${why}; building it again`);
    }
  }
  // The index's fingerprint is of the files as they were read: their sizes and dates before, their content as read.
  const content = new ContentDigest();
  const articles = loadCorpus(corpusDir, content.add);
  log(`Indexing the articles in ${corpusDir} (once; kept in ${indexDir})…`);
  const started = Date.now();
  const corpus = indexArticles(articles, sources.nlp, sources.analyzer(content.add), sources.lexicon);
  const fingerprint: CorpusFingerprint = { program: programIdentity(sources.lexicon.id), content: content.digest(), files };
  try {
    writeCorpusIndex(indexDir, corpus, fingerprint);
    log(`Indexed ${corpus.articles.length} articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return { corpus, origin: "built and saved" };
  } catch (error) {
    if (!isFileError(error)) throw error;
    log(
      `Could not save the index to ${indexDir} (${(error as Error).message}); answering from memory, indexing again next start.`,
    );
    return { corpus, origin: "built, not saved" };
  }
}

/** The corpus files' sizes and dates; none when the folder cannot be listed (reading it then says what is wrong). */
function statsBeforeReading(sources: IndexSources): CorpusFingerprint["files"] {
  try {
    return sources.filesNow?.() ?? corpusFileStats(sources.corpusDir);
  } catch {
    return [];
  }
}

const isFileError = (error: unknown): boolean => error instanceof Error && "code" in error && typeof error.code === "string";
