import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith(".ts") ? [path] : [];
  });

const importsOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1] as string);

describe("the direction of the arrows", () => {
  it("keeps discord.js out of the core, the console mode and the renderers", () => {
    const core = ["corpus", "nlp", "search", "answer", "cite", "compare", "evaluation", "render"].flatMap((d) =>
      filesUnder(join("src", d)),
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
