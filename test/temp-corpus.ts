import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A corpus folder with the given articles (id → body paragraphs) and no thesaurus, for edge cases. */
export function writeTempCorpus(articles: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  for (const [id, paragraphs] of Object.entries(articles)) {
    const front = `---\nid: ${id}\ntitle: "About ${id}"\nauthor: "Author ${id.toUpperCase()}"\npublisher: Press\ndate: "2020-01-01"\n---\n\n`;
    writeFileSync(join(dir, `${id}.md`), front + paragraphs.join("\n\n"));
  }
  return dir;
}
