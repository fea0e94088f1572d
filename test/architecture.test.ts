import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });

const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/(?:from |import\()"([^"]+)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));

/**
 * The layers, lowest first. Code may import from its own layer's folder and from lower layers, never from a
 * higher one: data flows corpus → passages → index → retrieval → answer → render → transport. New code goes in
 * the lowest layer that has everything it needs.
 */
const LAYERS: string[][] = [
  ["src/config.ts", "src/nlp"],
  ["src/corpus", "src/lexicon"],
  ["src/search", "src/cite", "src/ingest"],
  ["src/index-store"],
  ["src/engine.ts"],
  ["src/retrieval"],
  ["src/compare"],
  ["src/answer"],
  ["src/evaluation", "src/render"],
  ["src/cli.ts", "src/closed-output.ts", "src/bot"],
  ["commands"],
  ["src/main.ts", "scripts"],
];

/** The unit a file belongs to: its top folder under src/ (or src/x.ts itself), commands/ or scripts/. */
function unitOf(file: string): string {
  const parts = normalize(file).split("/");
  if (parts[0] !== "src") return parts[0] ?? file;
  return parts.length === 2 ? file : `src/${parts[1]}`;
}
const layerOf = (unit: string) => LAYERS.findIndex((layer) => layer.includes(unit));

describe("the direction of the arrows", () => {
  it("imports only from the same or a lower layer", () => {
    const files = [...filesUnder("src"), ...filesUnder("commands"), ...filesUnder("scripts")].filter(
      (f) => !f.endsWith(".test.ts"),
    );
    const upward: string[] = [];
    for (const file of files) {
      const from = unitOf(file);
      expect(layerOf(from), `${from} is in no layer`).toBeGreaterThanOrEqual(0);
      for (const spec of importsOf(file).filter((i) => i.startsWith("."))) {
        const to = unitOf(relative(".", join(dirname(file), spec)).replace(/\.js$/, ".ts"));
        if (to !== from && layerOf(to) >= layerOf(from)) upward.push(`${file} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps discord.js out of the core, the console mode and the renderers", () => {
    const core = ["corpus", "nlp", "lexicon", "search", "retrieval", "answer", "cite", "compare", "evaluation", "render"].flatMap(
      (d) => filesUnder(join("src", d)),
    );
    for (const file of [...core, "src/engine.ts", "src/cli.ts", "src/config.ts"]) {
      expect(
        importsOf(file).filter((i) => i.startsWith("discord.js")),
        file,
      ).toEqual([]);
    }
  });

  it("leaves retrieval to the core: commands never reach into the search stage", () => {
    for (const file of filesUnder("commands"))
      expect(
        importsOf(file).filter((i) => i.includes("/search/")),
        file,
      ).toEqual([]);
  });

  it("reads the environment only in src/config.ts", () => {
    const offenders = [...filesUnder("src"), ...filesUnder("commands")].filter(
      (file) =>
        file !== join("src", "config.ts") && !file.endsWith(".test.ts") && readFileSync(file, "utf8").includes("process.env"),
    );
    expect(offenders).toEqual([]);
  });
});
