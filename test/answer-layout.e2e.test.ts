import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureChromium, HeadlessBrowser } from "../scripts/lib/chromium.js";
import { answerQuestion } from "../src/answer/answer.js";
import { compareTopic } from "../src/compare/compare.js";
import { renderAnswerMessage, renderComparisonMessage } from "../src/render/discord.js";
import { messageToHtml } from "../src/render/discord-html.js";
import type { DiscordMessage } from "../src/render/discord-message.js";
import { realEngine } from "./engine-fixture.js";

const engine = realEngine();
const folder = mkdtempSync(join(tmpdir(), "layout-"));
let browser: HeadlessBrowser;
beforeAll(async () => {
  browser = await HeadlessBrowser.launch(ensureChromium());
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Layout {
  width: number;
  scrollWidth: number;
  overflowing: string[];
  embeds: { left: number; width: number }[];
  buttons: { top: number; right: number }[];
  quotes: string[];
}

/** Measured by the browser itself once the page is laid out. */
const MEASURE = `(() => {
  const width = document.documentElement.clientWidth;
  const boxes = (selector) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
  return {
    width,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing: [...document.querySelectorAll(".embed, .embed *, .button")]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => e.className || e.tagName),
    embeds: boxes(".embed").map((b) => ({ left: b.left, width: b.width })),
    buttons: boxes(".button").map((b) => ({ top: b.top, right: b.right })),
    quotes: [...document.querySelectorAll("blockquote")].map((q) => q.textContent),
  };
})()`;

function pageOf(name: string, message: DiscordMessage): string {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, messageToHtml(message, name));
  return pathToFileURL(file).href;
}

async function layoutAt(url: string, width: number): Promise<Layout> {
  await browser.open(url, width, 800);
  return browser.evaluate<Layout>(MEASURE);
}

const answer = answerQuestion(engine, "What role does Russia play in the North Korea crisis?");
const twoAuthors = renderAnswerMessage(answer, engine, { page: 0, key: "k", ephemeral: true });
const compared = compareTopic(engine, "sanctions");
if (!compared.ok) throw new Error(compared.message);
const comparison = renderComparisonMessage(compared.result, engine, true, "k");

describe("answers as a reader sees them, laid out by headless Chromium", () => {
  it.each([
    ["two-author-answer", twoAuthors],
    ["comparison", comparison],
  ])("%s: nothing overflows a 360 px phone; embeds keep Discord's width on a 1,280 px desktop", async (name, message) => {
    const url = pageOf(name, message);
    const phone = await layoutAt(url, 360);
    expect(phone.width).toBe(360);
    expect(phone.scrollWidth).toBeLessThanOrEqual(360);
    expect(phone.overflowing).toEqual([]);
    for (const embed of phone.embeds) expect(embed.left + embed.width).toBeLessThanOrEqual(360);
    // Buttons wrap onto more lines rather than run off the screen.
    for (const button of phone.buttons) expect(button.right).toBeLessThanOrEqual(360);

    const desktop = await layoutAt(url, 1280);
    expect(desktop.width).toBe(1280);
    expect(desktop.scrollWidth).toBeLessThanOrEqual(1280);
    expect(desktop.overflowing).toEqual([]);
    for (const embed of desktop.embeds) expect(embed.width).toBeLessThanOrEqual(520);
    const rows = (layout: Layout) => new Set(layout.buttons.map((b) => Math.round(b.top))).size;
    expect(rows(phone)).toBeGreaterThanOrEqual(rows(desktop));
  });

  it("shows each quote verbatim (bold aside) and photographs the page at the width asked for", async () => {
    const url = pageOf("two-author-answer", twoAuthors);
    const phone = await layoutAt(url, 360);
    expect(phone.quotes).toHaveLength(2);
    for (const [i, quote] of phone.quotes.entries()) {
      const passage = answer.passages.find((p) => p.sourceId === answer.addressedBy[i]);
      expect(quote).toBe(passage?.text);
    }
    for (const width of [360, 1280]) {
      await browser.open(url, width, 800);
      const png = await browser.screenshot();
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(width);
      writeFileSync(join(folder, `answer-${width}.png`), png);
    }
  });
});
