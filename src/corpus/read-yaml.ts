import { createRequire } from "node:module";

type YamlParse = typeof import("yaml").parse;

let parse: YamlParse | undefined;

/**
 * YAML text → data, the YAML library loaded when first needed: a start that reads its built index reads no
 * YAML, and loading the library was ~45 ms of every start.
 */
export function readYaml(text: string): unknown {
  parse ??= (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse;
  return parse(text);
}
