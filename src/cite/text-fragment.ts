/** Words on each side of a text-fragment link: enough to be unique in an article, short enough to survive edits. */
const FRAGMENT_WORDS = 5;

/**
 * Percent-encoding for a text directive term: as encodeURIComponent, plus "-" (it separates prefix and
 * suffix in the syntax); "," and "&" are already encoded (URL Fragment Text Directives, §3.3).
 */
const encodeTerm = (text: string) => encodeURIComponent(text).replace(/-/g, "%2D");

/** The URL with a `#:~:text=start,end` directive that scrolls to and highlights the quote. */
export function textFragmentUrl(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, " ").trim().split(" ");
  const base = url.split("#")[0] ?? url;
  if (words.length <= FRAGMENT_WORDS * 2) return `${base}#:~:text=${encodeTerm(words.join(" "))}`;
  const start = words.slice(0, FRAGMENT_WORDS).join(" ");
  const end = words.slice(-FRAGMENT_WORDS).join(" ");
  return `${base}#:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
