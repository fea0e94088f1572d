/** A personal name as given and inverted: "Isabel Hilton" → given "Isabel", family "Hilton". */
export function splitName(name: string): { given: string[]; family: string } {
  const parts = name.trim().split(/\s+/);
  return { family: parts.at(-1) ?? name, given: parts.slice(0, -1) };
}

/** The family name of an author ("Hilton"), or null when the article names no author. */
export const surnameOf = (author: string | null): string | null => (author === null ? null : splitName(author).family);
