import { readYaml } from "./read-yaml.js";

export interface SplitDocument {
  data: unknown;
  body: string;
}

/** Splits "---\nyaml\n---\nbody". Throws with a reason a corpus editor can act on. */
export function splitFrontMatter(source: string): SplitDocument {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!match) throw new Error('no front matter: the file must start with a "---" block of YAML');
  let data: unknown;
  try {
    data = readYaml(match[1] ?? "");
  } catch (error) {
    throw new Error(`front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  return { data, body: text.slice(match[0].length) };
}
