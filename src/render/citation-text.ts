import type { CitationStyle, PassageCitations } from "../cite/cite-passage.js";

/** Each style's forms as labelled lines, in the order people reach for them. */
export function citationSections(citations: PassageCitations): { style: CitationStyle; label: string; text: string }[] {
  const { styles } = citations;
  return [
    { style: "apa", label: "APA 7", text: `${styles.apa.reference}\nIn text: ${styles.apa.inText}` },
    { style: "mla", label: "MLA 9", text: `${styles.mla.worksCited}\nIn text: ${styles.mla.inText}` },
    {
      style: "chicago-note",
      label: "Chicago note",
      text: `${styles["chicago-note"].full}\nShort: ${styles["chicago-note"].short}`,
    },
    { style: "chicago-bibliography", label: "Chicago bibliography", text: styles["chicago-bibliography"] },
    { style: "bibtex", label: "BibTeX", text: styles.bibtex },
    { style: "plain", label: "Quote with source", text: citations.plain },
  ];
}

/** Terminal text: every style, or only the one asked for. */
export function renderCitationsText(citations: PassageCitations, style?: CitationStyle): string {
  const sections = citationSections(citations).filter((s) => !style || s.style === style);
  const body = sections.map((s) => `${s.label}\n${s.text}`).join("\n\n");
  const notes = citations.notes.map((n) => `Note: ${n}`).join("\n");
  return [`Citations for ${citations.passageId}`, "", body, ...(notes ? ["", notes] : [])].join("\n");
}
