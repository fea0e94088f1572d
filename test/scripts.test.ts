import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeTempCorpus } from "./temp-corpus.js";

/** Runs a script as a user would (through tsx), returning its exit code and output. */
function run(script: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, CORPUS_DIR: "" },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("ask --json: the machine-readable contract", () => {
  it("prints one object with the documented shape", () => {
    const { code, stdout } = run("ask", ["--json", "--limit", "2", "What is North Korea's two-track policy?"]);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual([
      "question",
      "answered",
      "confidence",
      "addressedBy",
      "others",
      "missing",
      "usedNowhere",
      "countNotGiven",
      "amountNotGiven",
      "timeNotGiven",
      "corrections",
      "namedSources",
      "aboutNamedSources",
      "openingAndEnding",
      "paragraphAsked",
      "passages",
      "comparison",
    ]);
    expect(answer.confidence).toBe("direct");
    expect(answer.countNotGiven).toBeNull();
    expect(answer.passages).toHaveLength(2);
    expect(Object.keys(answer.passages[0])).toEqual(["rank", "id", "sourceId", "paragraph", "text", "score", "citation"]);
    expect(answer.passages[0]).toMatchObject({ rank: 1, id: "basic-2016#p6", sourceId: "basic-2016", paragraph: 6 });
    const scores = answer.passages.map((p: { score: number }) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(answer.passages.map((p: { rank: number }) => p.rank)).toEqual([1, 2]);
  });

  it("says what a 'how many' question counted when no passage gives such a number", () => {
    const { code, stdout } = run("ask", ["--json", "How many troops does the US have in South Korea?"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ confidence: "closest", countNotGiven: "troops" });
  });

  it("answers a batch in order, one line per question, with errors in place", () => {
    const { code, stdout } = run("ask", ["--batch"], "Who is Isabel Hilton?\n\n???\nHow do I bake sourdough bread?\n");
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.question)).toEqual(["Who is Isabel Hilton?", "???", "How do I bake sourdough bread?"]);
    expect(lines[0].answered).toBe(true);
    expect(lines[1].error).toMatch(/no words/);
    expect(lines[2]).toMatchObject({ answered: false, passages: [] });
  });

  it.each([
    [["--json", ""], /empty/],
    [["--json", "x".repeat(501)], /too long \(501 characters/],
    [["--frobnicate", "q"], /usage: Unknown option '--frobnicate'/],
    [["--limit", "0", "q"], /--limit must be a whole number from 1 to 20/],
    [["--corpus", "/no/such/dir", "q"], /corpus folder \/no\/such\/dir: not found/],
  ])("exits non-zero with a specific message for %j", (args, message) => {
    const { code, stderr, stdout } = run("ask", args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe("");
  });
});

describe("cite and compare", () => {
  it("cite --json prints the passage, the quote and every style", () => {
    const { code, stdout } = run("cite", ["--json", "hilton-2017#p9"]);
    expect(code).toBe(0);
    const cited = JSON.parse(stdout);
    expect(Object.keys(cited)).toEqual(["passageId", "quote", "styles"]);
    expect(Object.keys(cited.styles)).toEqual(["apa", "mla", "chicago-note", "chicago-bibliography", "bibtex"]);
    expect(cited.quote).toMatch(/^China is propping up North Korea’s economy/);
  });

  it("compare --json prints the comparison with addressedBy for a bare topic", () => {
    const { code, stdout } = run("compare", ["--json", "sanctions"]);
    expect(code).toBe(0);
    const compared = JSON.parse(stdout);
    expect(Object.keys(compared)).toEqual([
      "question",
      "confidence",
      "addressedBy",
      "others",
      "namedSources",
      "sources",
      "sharedTerms",
    ]);
    expect(Object.keys(compared.sources[0])).toEqual([
      "sourceId",
      "author",
      "quotes",
      "recommendation",
      "distinctiveTerms",
      "certainty",
    ]);
  });

  it("takes styles and passage ids in any case, with or without brackets", () => {
    const { code, stdout } = run("cite", ["--style", "APA", "[Hilton-2017#P9]"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Citations for hilton-2017#p9\n\nAPA 7\n/);
    expect(stdout).not.toContain("MLA 9");
  });

  it("refuses an unknown style and an unknown passage with exit 1", () => {
    expect(run("cite", ["--style", "harvard", "x"]).stderr).toMatch(/--style must be one of apa, mla/);
    const missing = run("cite", ["basic-2016#p99"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no passage "basic-2016#p99"/);
  });
});

describe("sources --json and check-corpus", () => {
  it("lists the sources with null where the source gives nothing", () => {
    const { code, stdout } = run("sources", ["--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toEqual({
      id: "basic-2016",
      title: "To Fix North Korea, Start with Syria",
      author: null,
      publisher: "BASIC",
      date: "2016-09",
      dateInferred: true,
      url: null,
    });
  });

  it("passes the project's corpus and fails a folder that holds none", () => {
    expect(run("check-corpus", []).stdout).toMatch(/corpus ok: 2 articles, 32 paragraphs/);
    const bad = run("check-corpus", ["--corpus", "scripts"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/corpus folder scripts: holds no \.md articles/);
  });
});

describe("npm start (src/main.ts)", () => {
  const start = (env: Record<string, string>, input = "") =>
    spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      input,
      encoding: "utf8",
      env: { ...process.env, DISCORD_TOKEN: "", ...env },
    });

  it("opens the console mode without a token, saying how to connect Discord", () => {
    const result = start({}, "Is there still unexploded ordnance in Pyongyang?\nquit\n");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Console mode: no DISCORD_TOKEN is set");
    expect(result.stdout).toContain("any building site in Pyongyang is likely to turn up some unexploded ordnance");
  });

  it("ends quietly when its reader stops reading (npm start | head)", () => {
    // Enough answers to fill the pipe after head has gone; bash's pipefail reports the console's own status.
    const questions = "full North Korea\n".repeat(30);
    const result = spawnSync("bash", ["-c", `set -o pipefail; node --import tsx src/main.ts | head -c 10`], {
      input: questions,
      encoding: "utf8",
      env: { ...process.env, DISCORD_TOKEN: "" },
    });
    expect(result.stderr).not.toContain("EPIPE");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Console mo");
  });

  it("refuses to start on an invalid corpus with the checker's message and the configuration exit status", () => {
    const result = start({ CORPUS_DIR: "scripts" });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe("corpus folder scripts: holds no .md articles");
  });

  it("refuses a malformed setting, naming the variable", () => {
    const result = start({ RATE_LIMIT_PER_MINUTE: "lots" });
    expect(result.status).toBe(78);
    expect(result.stderr.trim()).toBe('config: RATE_LIMIT_PER_MINUTE must be a whole number of at least 1 (got "lots")');
  });
});

describe("feedback", () => {
  it("summarises a feedback file per question and per passage, skipping a partial line", () => {
    const file = join(mkdtempSync(join(tmpdir(), "feedback-")), "feedback.jsonl");
    const vote = (userId: string, vote: string) =>
      JSON.stringify({ at: "t", userId, question: "Q1", vote, passageIds: ["hilton-2017#p9"] });
    writeFileSync(file, `${vote("u1", "down")}\n${vote("u1", "up")}\n${vote("u2", "up")}\n{"at":"t","us`);
    const { code, stdout } = run("feedback", ["--file", file, "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      votes: 2,
      skippedLines: 1,
      byPassage: [{ passageId: "hilton-2017#p9", tally: { up: 2, down: 0 } }],
    });
    expect(run("feedback", ["--file", join(tmpdir(), "none.jsonl")])).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/no votes yet/),
    });
  });
});

describe("build-index", () => {
  it("builds the index once, finds it up to date, and builds it again when an article changes or when forced", () => {
    const corpus = writeTempCorpus({ alpha: ["Sanctions on Ruritania were lifted in spring."] });
    const first = run("build-index", ["--corpus", corpus]);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/build-index: .*\.index built in [\d.]+ s \(1 articles, 1 passages, [\d.]+ MB\)/);
    expect(run("build-index", ["--corpus", corpus]).stdout).toMatch(/is up to date \(1 articles, 1 passages\)/);
    appendFileSync(join(corpus, "alpha.md"), "\n\nA glacier calved into the fjord.\n");
    expect(run("build-index", ["--corpus", corpus]).stdout).toMatch(/built in .* \(1 articles, 2 passages/);
    expect(run("build-index", ["--corpus", corpus, "--force"]).stdout).toMatch(/built in/);
    expect(run("ask", ["--corpus", corpus, "glacier fjord"]).stdout).toContain("A glacier calved into the fjord.");
  });
});

describe("ingest", () => {
  it("turns a saved page into a checked corpus file, and says what to fill in for a pasted text", () => {
    const corpus = mkdtempSync(join(tmpdir(), "ingest-corpus-"));
    const page = join(mkdtempSync(join(tmpdir(), "pages-")), "saved.html");
    writeFileSync(
      page,
      `<html><head><meta property="og:title" content="Steel and farmers"><meta property="og:site_name" content="The Paper">
      <meta name="author" content="Ann Lee"><meta property="article:published_time" content="2020-03-04T08:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/s">Subscribe</a></nav><article><h1>Steel and farmers</h1>
      <p>Tariffs on steel hurt farmers more than anyone expected when they were announced last spring in Washington.</p>
      <p>Farmers must be compensated for what the tariffs cost them, or the next harvest will be the last for many families.</p>
      </article></body></html>`,
    );
    const saved = run("ingest", ["--corpus", corpus, page]);
    expect(saved.stdout).toContain(`→ ${join(corpus, "lee-2020.md")}`);
    expect(saved.stdout).toMatch(/check-corpus: .* ok: 1 articles/);
    expect(saved.stdout).toMatch(/Indexed 1 articles in/);
    expect(existsSync(join(corpus, ".index", "manifest.json"))).toBe(true);
    expect(saved.code).toBe(0);

    const pasted = run("ingest", ["--corpus", corpus, "eval/received/000_90305f0a19bc95f3.txt"]);
    expect(pasted.code).toBe(1);
    expect(pasted.stdout).toContain("fill in: publisher, date");
    expect(pasted.stderr).toMatch(/north-undated\.md: publisher: must be non-empty text/);

    expect(run("ingest", ["--corpus", corpus, "/no/such/file.html"])).toMatchObject({
      code: 1,
      stderr: "ingest: /no/such/file.html does not exist\n",
    });
  });
});
