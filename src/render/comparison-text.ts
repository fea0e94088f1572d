import type { Comparison, SourceStance } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import { capitalise } from "../nlp/capitalise.js";
import type { CertaintyWords } from "../nlp/stance-cues.js";
import { articleName } from "./source-labels.js";

/** "2 hedges (may, perhaps)": counts with the words, so a reader can judge the measure. */
function certaintyPhrase(label: string, found: CertaintyWords): string {
  const noun = found.count === 1 ? label : `${label}s`;
  return found.count === 0 ? `no ${label}s` : `${found.count} ${noun} (${found.words.slice(0, 4).join(", ")})`;
}

/** The lines of one source's side, shared by every renderer that shows a comparison as text. */
export function stanceLines(
  stance: SourceStance,
  article: Article | undefined,
  sides: number,
): { title: string; lines: string[] } {
  const title = article ? capitalise(articleName(article)) : stance.sourceId;
  const lines = stance.quotes.map((q) => `“${q.text}” (${q.inText})`);
  if (sides > 1) {
    lines.push(
      stance.distinctiveTerms.length > 0
        ? `Distinctive wording here: ${stance.distinctiveTerms.map((t) => `${t.term} (z ${t.z.toFixed(2)})`).join(", ")}`
        : "Distinctive wording here: no term stands out at this sample size",
    );
  }
  lines.push(
    ...(stance.positions.length > 0
      ? stance.positions.map((p) => `Recommends: “${p}”`)
      : ["Recommends: no sentence on this recommends a course of action"]),
  );
  lines.push(
    `Certainty: ${certaintyPhrase("hedge", stance.certainty.hedges)}; ${certaintyPhrase("booster", stance.certainty.boosters)}`,
  );
  return { title, lines };
}

/** The common-ground line of a comparison of two or more sides, as a label and its text. */
export function commonGround(comparison: Comparison): { label: string; text: string } | null {
  const sides = comparison.sources.length;
  if (sides < 2) return null;
  if (comparison.sharedTerms.length === 0)
    return { label: "Common ground", text: "no person, place or idea comes up on every side" };
  return { label: `${sides === 2 ? "Both" : "All"} bring up`, text: comparison.sharedTerms.join(", ") };
}

/** The comparison as terminal text. Descriptive labels only: it never says the authors agree or differ. */
export function renderComparisonText(comparison: Comparison, articles: Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sides = comparison.sources.length;
  const shared = commonGround(comparison);
  const out = shared ? [`${shared.label}: ${shared.text}`, ""] : [];
  for (const stance of comparison.sources) {
    const { title, lines } = stanceLines(stance, byId.get(stance.sourceId), sides);
    out.push(title, ...lines.map((line) => `  ${line}`), "");
  }
  return out.join("\n").trimEnd();
}
