import { describe, expect, it } from "vitest";
import { markdownToHtml, messageToHtml } from "./discord-html.js";

describe("markdownToHtml", () => {
  it("reads the Markdown the renderers write and shows everything else as text", () => {
    expect(markdownToHtml("> The **dynasty began** as a \\*puppet\\*\n— Hilton 2017, ¶ 4 · `hilton-2017#p4`")).toBe(
      "<blockquote>The <strong>dynasty began</strong> as a *puppet*</blockquote><p>— Hilton 2017, ¶ 4 · <code>hilton-2017#p4</code></p>",
    );
    expect(markdownToHtml("<script>alert(1)</script> & *shortened*")).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; <em>shortened</em></p>",
    );
  });

  it("draws embeds, fields and buttons", () => {
    const html = messageToHtml(
      {
        content: "**Q:** why?",
        embeds: [{ title: "Side by side", color: 0x3b6ea5, fields: [{ name: "The BASIC article", value: "**Says:** “x”" }] }],
        components: [{ type: 1, components: [{ type: 2, style: 1, label: "More passages", custom_id: "a" }] }],
        flags: 64,
        allowedMentions: { parse: [] },
      },
      "why?",
    );
    expect(html).toContain('<article class="embed" style="border-left-color: #3b6ea5">');
    expect(html).toContain('<div class="field-name"><p>The BASIC article</p></div>');
    expect(html).toContain('<button class="button primary" type="button">More passages</button>');
    expect(html).toContain("Only you can see this");
  });
});
