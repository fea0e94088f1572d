import { describe, expect, it } from "vitest";
import { realEngine } from "../../test/engine-fixture.js";
import { citationsOf as citePassage, findCitationTarget } from "../answer/citations.js";
import type { Passage } from "../corpus/types.js";
import { apa } from "./apa.js";
import { bibtex } from "./bibtex.js";
import { chicago } from "./chicago.js";
import { mla } from "./mla.js";
import { textFragmentUrl } from "./text-fragment.js";
import { properNounsOf, sentenceCase, shortTitle, titleCase } from "./title-case.js";

const engine = realEngine();
const passage = (id: string) => engine.index.byId.get(id)?.passage as Passage;
const hilton = citePassage(engine, passage("hilton-2017#p6"));
const basic = citePassage(engine, passage("basic-2016#p4"));

// Expected strings were checked by hand against the guides' own patterns: APA 7 §10.2 (magazine article) and
// §10.16 (webpage, group author = site); MLA 9 §5 (core elements; no author → title first); CMOS 17 14.84,
// 14.174, 14.206 (organisation as author, "par." locators, web content).
describe("citations of Isabel Hilton's article", () => {
  it("APA 7", () => {
    expect(hilton.styles.apa).toEqual({
      reference: "Hilton, I. (2017, August 21). Why Russia holds the key to resolving the North Korea crisis. New Statesman.",
      inText: "(Hilton, 2017, para. 6)",
    });
  });

  it("MLA 9", () => {
    expect(hilton.styles.mla).toEqual({
      worksCited: "Hilton, Isabel. “Why Russia Holds the Key to Resolving the North Korea Crisis.” New Statesman, 21 Aug. 2017.",
      inText: "(Hilton par. 6)",
    });
  });

  it("Chicago notes and bibliography", () => {
    expect(hilton.styles["chicago-note"]).toEqual({
      full: "Isabel Hilton, “Why Russia Holds the Key to Resolving the North Korea Crisis,” New Statesman, August 21, 2017, par. 6.",
      short: "Hilton, “Why Russia Holds the Key,” par. 6.",
    });
    expect(hilton.styles["chicago-bibliography"]).toBe(
      "Hilton, Isabel. “Why Russia Holds the Key to Resolving the North Korea Crisis.” New Statesman, August 21, 2017.",
    );
  });

  it("BibTeX", () => {
    expect(hilton.styles.bibtex).toBe(
      [
        "@article{hilton2017russia,",
        "  author = {Hilton, Isabel},",
        "  title = {{Why Russia holds the key to resolving the North Korea crisis}},",
        "  journal = {New Statesman},",
        "  year = {2017},",
        "  month = aug,",
        "  note = {no URL given},",
        "}",
      ].join("\n"),
    );
  });

  it("a plain block: the verbatim quote followed by its source, saying there is no URL", () => {
    expect(hilton.plain).toBe(
      `“${passage("hilton-2017#p6").text}”\n— Isabel Hilton, “Why Russia holds the key to resolving the North Korea crisis”, New Statesman, 21 August 2017, para. 6; no URL given`,
    );
    expect(hilton.link).toBeNull();
  });
});

describe("citations of the unsigned BASIC article: nothing is made up", () => {
  it("APA 7 uses the organisation as group author, leaves out the repeated site name and marks the date circa", () => {
    expect(basic.styles.apa).toEqual({
      reference: "BASIC. (ca. 2016, September). To fix North Korea, start with Syria.",
      inText: "(BASIC, ca. 2016, para. 4)",
    });
  });

  it("MLA 9 starts with the title, brackets the supplied date and cites in text by short title", () => {
    expect(basic.styles.mla).toEqual({
      worksCited: "“To Fix North Korea, Start with Syria.” BASIC, [Sept. 2016].",
      inText: "(“To Fix North Korea” par. 4)",
    });
  });

  it("Chicago uses the organisation as author and brackets the inferred date", () => {
    expect(basic.styles["chicago-note"]).toEqual({
      full: "BASIC, “To Fix North Korea, Start with Syria,” [September 2016], par. 4.",
      short: "BASIC, “To Fix North Korea,” par. 4.",
    });
    expect(basic.styles["chicago-bibliography"]).toBe("BASIC. “To Fix North Korea, Start with Syria.” [September 2016].");
  });

  it("BibTeX braces the corporate author and notes what is missing", () => {
    expect(basic.styles.bibtex).toBe(
      [
        "@misc{basic2016north,",
        "  author = {{BASIC}},",
        "  title = {{To Fix North Korea, Start with Syria}},",
        "  howpublished = {BASIC},",
        "  year = {2016},",
        "  month = sep,",
        "  note = {No author named; date inferred from the text; no URL given},",
        "}",
      ].join("\n"),
    );
  });

  it("says plainly what the source does not give", () => {
    expect(basic.plain).toMatch(/— author not named, .*\(date inferred from the text\), para\. 4; no URL given$/);
    expect(basic.notes).toHaveLength(3);
  });
});

describe("a source with a URL", () => {
  const article = { ...engine.articleById.get("hilton-2017"), url: "https://example.org/why-russia" } as NonNullable<
    ReturnType<typeof engine.articleById.get>
  >;
  const input = { article, passage: passage("hilton-2017#p6"), properNouns: new Set<string>() };

  it("ends each style with the URL as the style writes it", () => {
    expect(apa(input).reference).toMatch(/New Statesman\. https:\/\/example\.org\/why-russia$/);
    expect(mla(input).worksCited).toMatch(/2017\. example\.org\/why-russia\.$/);
    expect(chicago(input).note).toMatch(/par\. 6, https:\/\/example\.org\/why-russia\.$/);
    expect(bibtex(input)).toContain("  url = {https://example.org/why-russia},");
  });

  it("links to the exact quote with a text fragment, escaped as the spec requires", () => {
    expect(textFragmentUrl("https://example.org/a#top", "Fire, fury & co-operation now")).toBe(
      "https://example.org/a#:~:text=Fire%2C%20fury%20%26%20co%2Doperation%20now",
    );
    expect(textFragmentUrl("https://example.org/a", "one two three four five six seven eight nine ten eleven")).toBe(
      "https://example.org/a#:~:text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven",
    );
  });
});

describe("titles and targets", () => {
  it("title-cases for MLA and Chicago, sentence-cases for APA keeping the article's proper nouns", () => {
    expect(titleCase("Why Russia holds the key to resolving the North Korea crisis")).toBe(
      "Why Russia Holds the Key to Resolving the North Korea Crisis",
    );
    const nouns = properNounsOf("He went to North Korea. Then Syria, and then home.");
    expect(sentenceCase("To Fix North Korea, Start with Syria", nouns)).toBe("To fix North Korea, start with Syria");
    expect(shortTitle("Why Russia Holds the Key to Resolving the North Korea Crisis")).toBe("Why Russia Holds the Key");
  });

  it("cites a passage by id, or a question's best passage, and refuses what it cannot cite", () => {
    expect(findCitationTarget(engine, "hilton-2017#p9")).toMatchObject({ ok: true, passage: { id: "hilton-2017#p9" } });
    // As the terminal prints it, and in any case.
    expect(findCitationTarget(engine, "[hilton-2017#p9]")).toMatchObject({ ok: true, passage: { id: "hilton-2017#p9" } });
    expect(findCitationTarget(engine, "Hilton-2017#P9")).toMatchObject({ ok: true, passage: { id: "hilton-2017#p9" } });
    expect(findCitationTarget(engine, "How often did Kim Jong-il visit China?")).toMatchObject({
      ok: true,
      passage: { id: "hilton-2017#p6" },
    });
    expect(findCitationTarget(engine, "hilton-2017#p99")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no passage/),
    });
    expect(findCitationTarget(engine, "How do I bake bread?")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/no passage to cite/),
    });
  });

  it("gives the same citation of a passage wherever it appears", () => {
    expect(citePassage(engine, passage("hilton-2017#p6"))).toEqual(hilton);
  });
});
