import type { Article, Passage } from "../corpus/types.js";
import type { Engine } from "../engine.js";

export interface PassageInContext {
  passage: Passage;
  article: Article;
  previous: Passage | null;
  next: Passage | null;
}

export type PassageLookup = { ok: true; found: PassageInContext } | { ok: false; message: string };

/** Source ids a message names, at most; a large corpus's others are counted. */
const SOURCE_IDS_NAMED = 10;

const sourceIdsNamed = (articles: Article[]): string => {
  const ids = articles.slice(0, SOURCE_IDS_NAMED).map((a) => a.id);
  const more = articles.length - ids.length;
  return more > 0 ? `${ids.join(", ")} and ${more} more (see sources)` : ids.join(", ");
};

/** A passage by id with its neighbours in the same article, or a message naming valid ids. */
export function lookUpPassage(engine: Engine, rawId: string): PassageLookup {
  // Ids are lowercase (the corpus checker sees to it), so "Hilton-2017#P9" and "[hilton-2017#p9]" name one passage.
  const id = rawId
    .trim()
    .replace(/^\[|\]$/g, "")
    .toLowerCase();
  const passage = engine.index.byId.get(id)?.passage;
  if (!passage) {
    const sourceId = id.split("#")[0] ?? "";
    const article = engine.articleById.get(sourceId);
    const shown = id.length > 60 ? `${id.slice(0, 60)}…` : id;
    const hint = article
      ? `${article.id} has passages ${article.id}#p1 to ${article.id}#p${engine.bodyOf(article.id).at(-1)?.paragraph ?? 1}`
      : `passage ids look like ${engine.passages.at(0)?.id ?? "source#p1"}; sources are ${sourceIdsNamed(engine.articles)}`;
    return { ok: false, message: `There is no passage "${shown}": ${hint}.` };
  }
  const siblings = engine.bodyOf(passage.sourceId);
  const at = siblings.indexOf(passage);
  return {
    ok: true,
    found: {
      passage,
      article: engine.articleOf(passage),
      previous: at > 0 ? (siblings[at - 1] ?? null) : null,
      next: at >= 0 ? (siblings[at + 1] ?? null) : null,
    },
  };
}
