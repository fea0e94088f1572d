import type { Block } from "./types.js";

/** Body Markdown → headings ("## …") and paragraphs, split on blank lines. Text is kept as written. */
export function parseBodyBlocks(body: string): Block[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk.length > 0)
    .map((chunk): Block => {
      const heading = /^#{1,6}\s+(.+)$/.exec(chunk);
      return heading ? { kind: "heading", text: (heading[1] ?? "").trim() } : { kind: "paragraph", text: chunk };
    });
}
