import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * American and British spellings of the same word ("program" and "programme", "defense" and "defence"): an asker
 * writes one, an article the other, and stemming keeps them apart ("denuclearization" → denuclear,
 * "denuclearisation" → denuclearis). Read from the American–British word lists of the
 * `american-british-english-translator` package (~1,700 pairs each way), plus the one productive pattern those
 * lists cannot enumerate: -ize/-ise and its derived forms (denuclearize, destabilizing, civilization).
 */

/** Each word's other spellings, from the package's lists (both directions). */
export function listedSpellingVariants(): Map<string, string[]> {
  const dataDir = join(
    dirname(createRequire(import.meta.url).resolve("american-british-english-translator/package.json")),
    "data",
  );
  const variants = new Map<string, string[]>();
  const add = (word: string, variant: string) => {
    if (word === variant || !/^[a-z-]+$/.test(word) || !/^[a-z-]+$/.test(variant)) return;
    const list = variants.get(word) ?? [];
    if (!list.includes(variant)) list.push(variant);
    variants.set(word, list);
  };
  for (const file of ["american_spellings.json", "british_spellings.json"]) {
    const pairs = JSON.parse(readFileSync(join(dataDir, file), "utf8")) as Record<string, unknown>;
    for (const [word, variant] of Object.entries(pairs)) {
      if (typeof variant !== "string") continue;
      add(word, variant);
      add(variant, word);
    }
  }
  return variants;
}

/**
 * The -ize/-ise family: the same word with z for s or s for z before the suffix. Only words of eight letters or
 * more: shorter ones are distinct words as often as variants ("prize" and "prise", "size", "rise").
 */
const IZE_FAMILY = /^([a-z-]{4,})i([sz])(e|ed|es|ing|ation|ations|ational|er|ers|able)$/;
const MIN_RULE_LENGTH = 8;

export function patternedSpellingVariant(word: string): string | null {
  if (word.length < MIN_RULE_LENGTH) return null;
  const match = IZE_FAMILY.exec(word);
  if (!match) return null;
  const [, head, letter, suffix] = match;
  return `${head}i${letter === "z" ? "s" : "z"}${suffix}`;
}
