import type { DiscordEmbed, DiscordMessage } from "./discord-message.js";

/**
 * A Discord message as a web page that looks like Discord's dark theme (content, embeds with a coloured bar,
 * fields, buttons), so an answer can be looked at — and its layout checked in a browser — without Discord.
 * Only the Markdown the renderers write is read: **bold**, *italic*, `code`, > quotes, backslash escapes.
 */
export function messageToHtml(message: DiscordMessage, title: string): string {
  const embeds = (message.embeds ?? []).map(embedHtml).join("\n");
  const rows = (message.components ?? [])
    .map((row) => `<div class="row">${row.components.map((b) => buttonHtml(b.label, b.emoji?.name, b.style)).join("")}</div>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="message">
  <div class="avatar" aria-hidden="true"></div>
  <div class="body">
    <div class="author">Grounded bot <span class="tag">APP</span>${message.flags === 64 ? '<span class="only-you">Only you can see this</span>' : ""}</div>
    ${message.content ? `<div class="content">${markdownToHtml(message.content)}</div>` : ""}
    ${embeds}
    ${rows}
  </div>
</main>
</body>
</html>
`;
}

function embedHtml(embed: DiscordEmbed): string {
  const colour = `#${(embed.color ?? 0x4f545c).toString(16).padStart(6, "0")}`;
  const fields = (embed.fields ?? [])
    .map(
      (field) =>
        `<div class="field${field.inline ? " inline" : ""}"><div class="field-name">${markdownToHtml(field.name)}</div><div class="field-value">${markdownToHtml(field.value)}</div></div>`,
    )
    .join("");
  return `<article class="embed" style="border-left-color: ${colour}">
  ${embed.title ? `<h2 class="embed-title">${markdownToHtml(embed.title)}</h2>` : ""}
  ${embed.description ? `<div class="embed-description">${markdownToHtml(embed.description)}</div>` : ""}
  ${fields ? `<div class="fields">${fields}</div>` : ""}
  ${embed.footer ? `<div class="embed-footer">${escapeHtml(embed.footer.text)}</div>` : ""}
</article>`;
}

const BUTTON_STYLES = ["", "primary", "secondary", "success", "danger"];
const buttonHtml = (label: string | undefined, emoji: string | undefined, style: number) =>
  `<button class="button ${BUTTON_STYLES[style] ?? "secondary"}" type="button">${escapeHtml([emoji, label].filter(Boolean).join(" "))}</button>`;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The Markdown subset the renderers write, as HTML; everything else is shown as text. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let quote: string[] = [];
  const flushQuote = () => {
    if (quote.length > 0) out.push(`<blockquote>${quote.join("<br>")}</blockquote>`);
    quote = [];
  };
  for (const line of lines) {
    if (line.startsWith("> ")) {
      quote.push(inline(line.slice(2)));
      continue;
    }
    flushQuote();
    out.push(line === "" ? "" : `<p>${inline(line)}</p>`);
  }
  flushQuote();
  return out.filter(Boolean).join("");
}

/** Bold, italic and code spans; backslash escapes become the character they protect. */
function inline(text: string): string {
  const escapes: string[] = [];
  const protectedText = text.replace(/\\([\\*_~`|>#[\]()-])/g, (_, c: string) => `\uE000${escapes.push(c) - 1}\uE001`);
  return escapeHtml(protectedText)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\*([^*]+)\*/g, "<em>$1</em>")
    .replace(/\uE000(\d+)\uE001/g, (_, i: string) => escapeHtml(escapes[Number(i)] ?? ""));
}

const STYLE = `
* { box-sizing: border-box; }
body { margin: 0; background: #313338; color: #dbdee1; font: 16px/1.375 "gg sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
.message { display: flex; gap: 16px; padding: 16px; max-width: 100%; }
.avatar { flex: none; width: 40px; height: 40px; border-radius: 50%; background: #3b6ea5; }
.body { flex: 1; min-width: 0; }
.author { color: #f2f3f5; font-weight: 600; margin-bottom: 4px; }
.tag { background: #5865f2; color: #fff; font-size: 10px; padding: 1px 4px; border-radius: 3px; margin-left: 4px; vertical-align: middle; }
.only-you { color: #949ba4; font-size: 12px; font-weight: 400; margin-left: 8px; }
.content p { margin: 0 0 4px; }
.embed { max-width: 520px; background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 8px 16px 16px 12px; margin-top: 8px; overflow-wrap: anywhere; }
.embed-title { font-size: 16px; color: #f2f3f5; margin: 8px 0 0; }
.embed-description, .field-value { font-size: 14px; margin-top: 8px; }
.embed-description p, .field-value p { margin: 0 0 6px; }
blockquote { margin: 4px 0; padding: 0 0 0 12px; border-left: 4px solid #4e5058; }
code { background: #1e1f22; border-radius: 3px; padding: 0 3px; font-size: 13px; }
.fields { display: grid; gap: 8px; margin-top: 8px; }
.field-name { font-size: 14px; font-weight: 600; color: #f2f3f5; }
.embed-footer { font-size: 12px; color: #b5bac1; margin-top: 8px; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.button { font: 500 14px/16px inherit; color: #fff; border: 0; border-radius: 3px; min-height: 32px; padding: 2px 16px; }
.primary { background: #5865f2; } .secondary { background: #4e5058; } .success { background: #248046; } .danger { background: #da373c; }
@media (max-width: 480px) { .message { padding: 8px; gap: 8px; } .avatar { width: 32px; height: 32px; } }
`;
