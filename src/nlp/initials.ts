/**
 * A name's initials, from its capitalised words and hyphenated parts, an acronym among them kept whole
 * ("North Korea" → NK, "UN Security Council" → UNSC), if it has two or more such parts; null otherwise.
 */
export function initialsOf(name: string): string | null {
  const parts = name.split(/[\s-]+/).flatMap((part) => {
    if (/^\p{Lu}\p{Ll}/u.test(part)) return [part[0]];
    return /^\p{Lu}{2,}$/u.test(part) ? [part] : [];
  });
  return parts.length >= 2 ? parts.join("") : null;
}
