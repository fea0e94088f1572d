/**
 * Wraps terminal text at spaces to a width, keeping each line's indentation on its continuation lines (and
 * hanging numbered items under their text), so long quotes read as paragraphs. Words are never split.
 */
export function wrapText(text: string, width: number): string {
  if (!Number.isFinite(width) || width < 20) return text;
  return text
    .split("\n")
    .map((line) => {
      if (line.length <= width) return line;
      const indent = " ".repeat((/^(\s*(?:\d+\.\s|•\s|—\s)?)/.exec(line)?.[1] ?? "").length);
      // The line's own leading spaces stay on its first line, so it lines up with its continuation lines.
      const lead = /^\s*/.exec(line)?.[0] ?? "";
      const out: string[] = [];
      let current = lead;
      for (const word of line.slice(lead.length).split(" ")) {
        if (current.trim() && current.length + 1 + word.length > width) {
          out.push(current);
          current = indent + word;
        } else current = current.trim() ? `${current} ${word}` : current + word;
      }
      out.push(current);
      return out.join("\n");
    })
    .join("\n");
}
