import type { Passage } from "../corpus/types.js";
import type { Engine } from "../engine.js";
import { rankPassages, weighConcepts } from "../search/score.js";

export interface PassageChoice {
  /** Shown in the list: the id and the passage's opening words (at most 100 characters). */
  name: string;
  value: string;
}

const MAX_CHOICES = 25;
const MAX_NAME = 100;

function choice(passage: Passage): PassageChoice {
  const label = `${passage.id} — ${passage.text}`;
  return { name: label.length > MAX_NAME ? `${label.slice(0, MAX_NAME - 1)}…` : label, value: passage.id };
}

/**
 * Up to this many passages, the typed words are also looked for as written in every passage's text. Beyond it only
 * the index is asked: at 20,000 articles reading every text took ~1.3 s a keystroke (Discord gives 3 s).
 */
const SCAN_TEXTS_UP_TO = 5000;

/** The first passages (in corpus order) that pass a test, at most MAX_CHOICES. */
const firstPassages = (engine: Engine, test: (passage: Passage) => boolean): Passage[] =>
  engine.passages.first(MAX_CHOICES, test);

/** Passages for an autocomplete list: by id when the text looks like one, else by the words of the passage. */
export function suggestPassages(engine: Engine, typed: string): PassageChoice[] {
  const text = typed.trim().toLowerCase().slice(0, 200);
  if (!text) return firstPassages(engine, () => true).map(choice);
  const byId = firstPassages(engine, (p) => p.id.toLowerCase().includes(text));
  if (byId.length > 0) return byId.map(choice);
  const byWords =
    engine.passages.length <= SCAN_TEXTS_UP_TO ? firstPassages(engine, (p) => p.text.toLowerCase().includes(text)) : [];
  const ranked = rankPassages(engine.index, weighConcepts(engine.index, engine.analyzer.questionConcepts(text))).map(
    (s) => s.entry.passage,
  );
  return [...new Set([...byWords, ...ranked])].slice(0, MAX_CHOICES).map(choice);
}
