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

/** Passages for an autocomplete list: by id when the text looks like one, else by the words of the passage. */
export function suggestPassages(engine: Engine, typed: string): PassageChoice[] {
  const text = typed.trim().toLowerCase().slice(0, 200);
  const passages = engine.passages.all();
  if (!text) return passages.slice(0, MAX_CHOICES).map(choice);
  const byId = passages.filter((p) => p.id.toLowerCase().includes(text));
  if (byId.length > 0) return byId.slice(0, MAX_CHOICES).map(choice);
  const byWords = passages.filter((p) => p.text.toLowerCase().includes(text));
  const ranked = rankPassages(engine.index, weighConcepts(engine.index, engine.analyzer.questionConcepts(text))).map(
    (s) => s.entry.passage,
  );
  return [...new Set([...byWords, ...ranked])].slice(0, MAX_CHOICES).map(choice);
}
