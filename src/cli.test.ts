import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { realEngine } from "../test/engine-fixture.js";
import { handleConsoleLine, runConsole } from "./cli.js";

const engine = realEngine();

describe("console mode", () => {
  it("answers a question with quotes and citations", () => {
    const { output, quit } = handleConsoleLine(engine, "How did the Kim dynasty begin?");
    expect(quit).toBe(false);
    expect(output).toContain("“The dynasty began life as a Soviet puppet");
    expect(output).toContain("Hilton 2017, ¶ 4 [hilton-2017#p4]");
    // BASIC names the Kims but not how the dynasty began: said to come close, never to be silent.
    expect(output).toContain("Only Isabel Hilton’s article addresses this; the BASIC article only comes close, in ¶");
  });

  it("answers in at most 40 lines by default, and everything with full", () => {
    const questions = JSON.parse(readFileSync("eval/paraphrase-dev.json", "utf8")) as { q: string }[];
    for (const { q } of questions) {
      expect(handleConsoleLine(engine, q).output.split("\n").length, q).toBeLessThanOrEqual(40);
    }
    const short = handleConsoleLine(engine, "What role does Russia play in the North Korea crisis?").output;
    const full = handleConsoleLine(engine, "full What role does Russia play in the North Korea crisis?").output;
    expect(short).toMatch(/\(3 more passages and the whole comparison: type full and the question\)/);
    expect(full.match(/^\d\. “/gm)).toHaveLength(5);
    expect(full).toContain("Wording of certainty:");
    expect(short).not.toContain("Wording of certainty:");
  });

  it("lists the sources, saying what is not known", () => {
    const { output } = handleConsoleLine(engine, "sources");
    expect(output).toContain(
      "“To Fix North Korea, Start with Syria” — author not named, BASIC, September 2016 (inferred from the text)",
    );
    expect(output).toContain("URL: not given by the source");
  });

  it("shows a passage with its neighbours, and names valid ids for an unknown one", () => {
    expect(handleConsoleLine(engine, "passage hilton-2017#p9").output).toMatch(
      /previous: hilton-2017#p8 · next: hilton-2017#p10/,
    );
    expect(handleConsoleLine(engine, "passage hilton-2017#p99").output).toBe(
      'There is no passage "hilton-2017#p99": hilton-2017 has passages hilton-2017#p1 to hilton-2017#p14.',
    );
    expect(handleConsoleLine(engine, "passage nowhere").output).toMatch(/sources are basic-2016, hilton-2017/);
  });

  it("takes Discord's slash commands as well, and names an unknown one", () => {
    expect(handleConsoleLine(engine, "/passage hilton-2017#p9").output).toBe(
      handleConsoleLine(engine, "passage hilton-2017#p9").output,
    );
    expect(handleConsoleLine(engine, "/Sources").output).toBe(handleConsoleLine(engine, "sources").output);
    expect(handleConsoleLine(engine, "/ask What role does Russia play?").output).toBe(
      handleConsoleLine(engine, "What role does Russia play?").output,
    );
    expect(handleConsoleLine(engine, "/ask").output).toMatch(/no words|empty/i);
    expect(handleConsoleLine(engine, "/quit").quit).toBe(true);
    expect(handleConsoleLine(engine, "/settings").output).toBe(
      "There is no command /settings. Type help for the commands, or ask a question in your own words.",
    );
  });

  it("tells why a question cannot be asked", () => {
    expect(handleConsoleLine(engine, "???").output).toMatch(/no words/);
  });

  it("runs a session over streams and stops at quit", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (chunk) => {
      printed += String(chunk);
    });
    const done = runConsole(engine, input, output);
    input.write("help\nWhat is the capital of Australia?\nquit\nthis line is never read\n");
    await done;
    expect(printed).toContain("The articles don’t address this, so there is nothing to quote.");
    expect(printed).toContain("Bye.");
    expect(printed).not.toContain("Q: this line is never read");
  });
});
