import { citePassage, type PassageCitations } from "../cite/cite-passage.js";
import type { Passage } from "../corpus/types.js";
import type { Engine } from "../engine.js";
import { ask } from "./answer.js";
import { lookUpPassage } from "./passage-lookup.js";

/** Every citation style for a passage of the corpus. */
export function citationsOf(engine: Engine, passage: Passage): PassageCitations {
  const article = engine.articleOf(passage);
  const text = [...engine.bodyOf(article.id).map((p) => p.text), article.authorNote ?? ""].join("\n");
  return citePassage(article, passage, text);
}

export type CitationTarget = { ok: true; passage: Passage } | { ok: false; message: string };

/** A passage id ("hilton-2017#p9") names its passage; anything else is a question whose best passage is cited. */
export function findCitationTarget(engine: Engine, input: string): CitationTarget {
  const text = input.trim();
  if (/^\[?[a-z0-9-]+#\S*$/i.test(text)) {
    const lookup = lookUpPassage(engine, text);
    return lookup.ok ? { ok: true, passage: lookup.found.passage } : lookup;
  }
  const result = ask(engine, text, { limit: 1 });
  if (!result.ok) return result;
  const best = result.answer.passages[0];
  const passage = best && engine.index.byId.get(best.id)?.passage;
  if (!passage) return { ok: false, message: "The articles don’t address this, so there is no passage to cite." };
  return { ok: true, passage };
}
