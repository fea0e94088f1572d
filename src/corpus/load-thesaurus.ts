import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EMPTY_THESAURUS, type Thesaurus, validateThesaurus } from "../nlp/thesaurus.js";
import { CorpusError, type FileRead } from "./load-corpus.js";
import { readYaml } from "./read-yaml.js";

export const THESAURUS_FILE = "thesaurus.yaml";

/** The corpus folder's thesaurus.yaml; a corpus without one simply gets no vocabulary bridge. */
export function loadThesaurus(dir: string, onRead: FileRead = () => {}): Thesaurus {
  const path = join(dir, THESAURUS_FILE);
  if (!existsSync(path)) return EMPTY_THESAURUS;
  const bytes = readFileSync(path);
  onRead(THESAURUS_FILE, bytes);
  let data: unknown;
  try {
    data = readYaml(bytes.toString("utf8"));
  } catch (error) {
    throw new CorpusError([
      { file: THESAURUS_FILE, field: "file", message: `not valid YAML (${(error as Error).message.split("\n")[0]})` },
    ]);
  }
  const problems = validateThesaurus(data);
  if (problems.length > 0) {
    throw new CorpusError(problems.map((problem) => ({ file: THESAURUS_FILE, ...problem })));
  }
  return data as Thesaurus;
}
