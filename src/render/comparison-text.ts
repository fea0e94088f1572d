import type { Comparison, ComparisonQuote, SourceStance } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import { capitalise } from "../nlp/capitalise.js";
import type { CertaintyWords } from "../nlp/stance-cues.js";
import { articleName } from "./source-labels.js";

/** compact: what each side says and recommends, one sentence each; full: every quote. */
export type ComparisonView = "compact" | "full";

const quoted = (quote: ComparisonQuote) => `“${quote.text}” (${quote.inText})`;

/** "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The title of a side: the article's name ("Isabel Hilton’s article"). */
export const stanceTitle = (stance: SourceStance, article: Article | undefined): string =>
  article ? capitalise(articleName(article)) : stance.sourceId;

export interface StanceLine {
  label: "Says" | "Recommends";
  quote: ComparisonQuote;
  /** The sentence is in a passage the answer already quotes above: point to it rather than quote it again. */
  shownAbove: boolean;
}

/** A passage the answer shows above the comparison. */
export type ShownPassage = { sourceId: string; text: string };

/**
 * One side in plain words: what it says (its best sentence on the question) and what it recommends, only when a
 * sentence of its own truly recommends something. A sentence that is both is shown once, as the recommendation.
 * In brief, a side the answer already quotes a passage of (`shownPassages`) says nothing more: that passage, its
 * best, says it, and another sentence would only add a weaker one. What it recommends is quoted, or pointed to when
 * shown above.
 */
export function stanceLines(stance: SourceStance, view: ComparisonView, shownPassages: ShownPassage[] = []): StanceLine[] {
  const recommendation = stance.recommendation;
  const compact = view === "compact";
  const shown = (quote: ComparisonQuote) => compact && shownPassages.some((p) => p.text.includes(quote.text));
  const sideShown = compact && shownPassages.some((p) => p.sourceId === stance.sourceId);
  const says = (sideShown ? [] : stance.quotes.slice(0, compact ? 1 : undefined))
    .filter((quote) => quote.text !== recommendation?.text)
    .map((quote): StanceLine => ({ label: "Says", quote, shownAbove: false }));
  return recommendation ? [...says, { label: "Recommends", quote: recommendation, shownAbove: shown(recommendation) }] : says;
}

/** "2 hedges (may, perhaps)": counts with the words, so a reader can judge the measure. */
function certaintyPhrase(label: string, found: CertaintyWords): string {
  const noun = found.count === 1 ? label : `${label}s`;
  return found.count === 0 ? `no ${label}s` : `${found.count} ${noun} (${found.words.slice(0, 4).join(", ")})`;
}

/** The measures behind a side, for the Details view and `--json` readers: never in the main text. */
export function detailLines(stance: SourceStance, sides: number): string[] {
  const lines: string[] = [];
  if (sides > 1) {
    lines.push(
      stance.distinctiveTerms.length > 0
        ? `Words it uses markedly more than the other side here: ${stance.distinctiveTerms.map((t) => `${t.term} (z ${t.z.toFixed(2)})`).join(", ")}`
        : "Words it uses markedly more than the other side here: none clears the test (two short texts give small counts)",
    );
  }
  lines.push(
    `Wording of certainty: ${certaintyPhrase("hedge", stance.certainty.hedges)}; ${certaintyPhrase("booster", stance.certainty.boosters)}`,
  );
  return lines;
}

/**
 * What every side brings up, said in a sentence and built only from the articles' own terms: the names they all
 * use, then the other words ("Both articles name China and Russia, and both use the words “regime” and
 * “sanctions”."). Null for a single side. It describes; it never says the authors agree.
 */
export function commonGround(comparison: Comparison, view: ComparisonView): string | null {
  const sides = comparison.sources.length;
  if (sides < 2) return null;
  const [subject, again] = sides === 2 ? ["Both articles", "both"] : [`All ${sides} articles`, "all"];
  const isName = (term: string) => term[0] !== undefined && term[0] !== term[0].toLowerCase();
  const room = view === "compact" ? 3 : 8;
  const names = comparison.sharedTerms.filter(isName).slice(0, room);
  const words = comparison.sharedTerms
    .filter((term) => !isName(term))
    .slice(0, view === "compact" ? 2 : 8)
    .map((term) => `“${term}”`);
  const wordsPart = words.length === 1 ? `the word ${words[0]}` : `the words ${listInWords(words)}`;
  if (names.length > 0 && words.length > 0) return `${subject} name ${listInWords(names)}, and ${again} use ${wordsPart}.`;
  if (names.length > 0) return `${subject} name ${listInWords(names)}.`;
  if (words.length > 0) return `${subject} use ${wordsPart}.`;
  return `No person, place or idea comes up in every article on this.`;
}

/** The comparison as terminal text. Descriptive labels only: it never says the authors agree or differ. */
export function renderComparisonText(
  comparison: Comparison,
  articles: Article[],
  view: ComparisonView,
  options: { withDetails?: boolean; shownPassages?: ShownPassage[] } = {},
): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const shared = commonGround(comparison, view);
  const out = shared ? [shared, ""] : [];
  for (const stance of comparison.sources) {
    const lines = stanceLines(stance, view, options.shownPassages);
    if (lines.length === 0 && !options.withDetails) continue;
    out.push(stanceTitle(stance, byId.get(stance.sourceId)));
    for (const { label, quote, shownAbove } of lines)
      out.push(`  ${label}: ${shownAbove ? `in the quote above (${quote.inText})` : quoted(quote)}`);
    if (options.withDetails) out.push(...detailLines(stance, comparison.sources.length).map((line) => `  ${line}`));
    out.push("");
  }
  return out.join("\n").trimEnd();
}
