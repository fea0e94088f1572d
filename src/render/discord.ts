import type { Answer, AnswerPassage } from "../answer/answer.js";
import type { PassageInContext } from "../answer/passage-lookup.js";
import type { CitationStyle, PassageCitations } from "../cite/cite-passage.js";
import { inTextCitation } from "../cite/short-citation.js";
import type { Comparison, TopicComparison } from "../compare/compare.js";
import type { Article } from "../corpus/types.js";
import { citationSections } from "./citation-text.js";
import { commonGround, stanceLines } from "./comparison-text.js";
import { DISCORD_LIMITS, findLimitViolations } from "./discord-limits.js";
import {
  type DiscordActionRow,
  type DiscordButton,
  type DiscordEmbed,
  type DiscordMessage,
  EPHEMERAL,
  NO_MENTIONS,
} from "./discord-message.js";
import { boldWords, ELLIPSIS, escapeMarkdown, escapeQuote, fitTail, fitText } from "./discord-text.js";
import { answerHeader, declineLines, sourceLine, suggestionLine, topicHeader } from "./source-labels.js";

export interface DiscordContext {
  articles: Article[];
  topics: Map<string, string[]>;
}

export const PASSAGES_PER_PAGE = 3;
const NEIGHBOUR_CHARS = 300;
const COLOR = 0x3b6ea5;
const SHORTENED = `${ELLIPSIS} *(shortened: the button below shows it whole)*`;

const L = DISCORD_LIMITS;

/** Whether a message keeps every Discord limit: each renderer tries layouts, richest first, until one does. */
const fits = (message: DiscordMessage): boolean => findLimitViolations(message).length === 0;

/** Custom ids of the buttons; `key` names the stored question (custom ids hold at most 100 characters). */
export const buttonIds = {
  more: (key: string, page: number) => `ask:more:${key}:${page}`,
  compare: (key: string) => `ask:compare:${key}`,
  post: (key: string, page: number) => `ask:post:${key}:${page}`,
  vote: (key: string, vote: "up" | "down") => `ask:vote:${key}:${vote}`,
  passage: (passageId: string) => `passage:show:${passageId}`,
  /** Opens a passage in a message of its own (from a shortened quote). */
  openPassage: (passageId: string) => `passage:open:${passageId}`,
};

const button = (custom_id: string, label: string, style: DiscordButton["style"] = 2, emoji?: string): DiscordButton => ({
  type: 2,
  style,
  custom_id,
  ...(label ? { label } : {}),
  ...(emoji ? { emoji: { name: emoji } } : {}),
});

/** One quote as a Markdown block quote with its citation; cut at a sentence when it must be, and said so. */
function quoteBlock(passage: AnswerPassage, max: number): { text: string; cut: boolean } {
  const citation = `\n— ${passage.inText} · \`${passage.id}\``;
  const fitted = fitText(passage.text, max - citation.length - SHORTENED.length);
  const body = escapeQuote(fitted.cut ? fitted.text.slice(0, -ELLIPSIS.length) : fitted.text);
  const bolded = boldWords(body, passage.highlights);
  // Bold markers take room too: a quote that would no longer fit is shown without them.
  const text = (bolded.length + SHORTENED.length + citation.length <= max ? bolded : body) + (fitted.cut ? SHORTENED : "");
  const quoted = text
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return { text: `${quoted}${citation}`, cut: fitted.cut };
}

/** The comparison as an embed of fields, each within Discord's field limits. */
function comparisonEmbed(comparison: Comparison, articles: Article[], budget: number): DiscordEmbed {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sides = comparison.sources.length;
  const fields: DiscordEmbed["fields"] = [];
  const perField = Math.min(L.fieldValue, Math.floor((budget - 100) / Math.max(1, sides * 2 + 1)) - 40);
  const shared = commonGround(comparison);
  if (shared) fields.push({ name: shared.label, value: fitText(shared.text, perField).text });
  for (const stance of comparison.sources) {
    const { title, lines } = stanceLines(stance, byId.get(stance.sourceId), sides);
    const [quotes, rest] = [lines.slice(0, stance.quotes.length), lines.slice(stance.quotes.length)];
    const quoteRoom = Math.floor(perField / Math.max(1, quotes.length)) - 4;
    const quoteText = quotes.map((q) => `> ${escapeQuote(fitText(q, quoteRoom).text)}`).join("\n") || "No sentence quoted.";
    fields.push({ name: fitText(title, L.fieldName).text, value: fitText(quoteText, perField).text });
    fields.push({ name: "Wording", value: fitText(rest.map((l) => escapeQuote(l)).join("\n"), perField).text, inline: false });
  }
  return { title: "Side by side", color: COLOR, fields };
}

export interface AnswerView {
  page: number;
  /** Stored-question key for the buttons; null renders no buttons. */
  key: string | null;
  ephemeral: boolean;
}

/** `/ask`: quotes with matched words in bold, locators and citations, coverage, the comparison, buttons. */
export function renderAnswerMessage(answer: Answer, ctx: DiscordContext, view: AnswerView): DiscordMessage {
  const content = fitText(`**Q:** ${escapeMarkdown(answer.question)}`, L.content).text;
  const flags = view.ephemeral ? EPHEMERAL : undefined;
  if (!answer.answered) {
    const suggestion = answer.inEnglish ? suggestionLine(ctx.topics, "use /compare") : "";
    const description = declineLines(
      answer.unknownWords.map(escapeMarkdown),
      ctx.articles,
      ctx.topics,
      answer.inEnglish,
      suggestion,
    ).join("\n");
    return {
      content,
      embeds: [{ title: "Not in the articles", color: COLOR, description: fitText(description, L.description).text }],
      flags,
      allowedMentions: NO_MENTIONS,
    };
  }
  const pages = Math.max(1, Math.ceil(answer.passages.length / PASSAGES_PER_PAGE));
  const page = Math.min(Math.max(0, view.page), pages - 1);
  const shown = answer.passages.slice(page * PASSAGES_PER_PAGE, (page + 1) * PASSAGES_PER_PAGE);
  const withComparison = page === 0 && answer.comparison !== null;

  // Richest layout first; each fallback gives the quotes or the comparison less room until Discord's limits hold.
  for (const [quoteBudget, comparisonBudget] of [
    [1300, 2400],
    [900, 1800],
    [600, 1200],
    [400, 0],
  ] as const) {
    const header = answerHeader(answer, ctx.articles, suggestionLine(ctx.topics, "use /compare"), escapeMarkdown).join("\n");
    const quotes = shown.map((p) => ({ passage: p, ...quoteBlock(p, quoteBudget) }));
    const description = [header, ...quotes.map((q) => q.text)].join("\n\n");
    const shortened = quotes.filter((q) => q.cut).map((q) => q.passage);
    const embeds: DiscordEmbed[] = [
      {
        title: answer.confidence === "direct" ? "From the articles" : "Closest in the articles",
        color: COLOR,
        description: fitText(description, L.description).text,
        footer: {
          text: `Passages ${page * PASSAGES_PER_PAGE + 1}–${page * PASSAGES_PER_PAGE + shown.length} of ${answer.passages.length}`,
        },
      },
    ];
    if (withComparison && comparisonBudget > 0 && answer.comparison)
      embeds.push(comparisonEmbed(answer.comparison, ctx.articles, comparisonBudget));
    const message: DiscordMessage = {
      content,
      embeds,
      components: answerButtons(answer, view, page, pages, shortened),
      flags,
      allowedMentions: NO_MENTIONS,
    };
    if (fits(message)) return message;
  }
  return renderNotice("The answer was too long to show: ask a narrower question.");
}

function answerButtons(
  answer: Answer,
  view: AnswerView,
  page: number,
  pages: number,
  shortened: AnswerPassage[],
): DiscordActionRow[] {
  const whole = shortened
    .map((p) => button(buttonIds.openPassage(p.id), `Read ${p.inText} in full`))
    .filter((b) => b.custom_id.length <= L.customId && (b.label?.length ?? 0) <= L.buttonLabel);
  const wholeRow: DiscordActionRow[] = whole.length > 0 ? [{ type: 1, components: whole }] : [];
  if (view.key === null) return wholeRow;
  const buttons: DiscordButton[] = [];
  if (page + 1 < pages) buttons.push(button(buttonIds.more(view.key, page + 1), "More passages", 1));
  if (answer.addressedBy.length >= 2) buttons.push(button(buttonIds.compare(view.key), "Compare authors"));
  if (view.ephemeral) buttons.push(button(buttonIds.post(view.key, page), "Post to channel"));
  buttons.push(button(buttonIds.vote(view.key, "up"), "", 2, "👍"), button(buttonIds.vote(view.key, "down"), "", 2, "👎"));
  return [{ type: 1, components: buttons }, ...wholeRow];
}

/** `/compare`: the comparison in full, or what the articles cover when none addresses the topic. */
export function renderComparisonMessage(topic: TopicComparison, ctx: DiscordContext, ephemeral: boolean): DiscordMessage {
  const content = fitText(`**Compare:** ${escapeMarkdown(topic.question)}`, L.content).text;
  const flags = ephemeral ? EPHEMERAL : undefined;
  if (topic.addressedBy.length === 0) {
    return {
      content,
      embeds: [
        {
          title: "Not in the articles",
          color: COLOR,
          description: fitText(declineLines([], ctx.articles, ctx.topics).join("\n"), L.description).text,
        },
      ],
      flags,
      allowedMentions: NO_MENTIONS,
    };
  }
  const header: DiscordEmbed = { color: COLOR, description: topicHeader(topic, ctx.articles) };
  // Richest layout first, then less room for the comparison, until Discord's limits hold.
  for (const budget of [5000, 3500, 2000]) {
    const message: DiscordMessage = {
      content,
      embeds: [header, comparisonEmbed(topic.comparison, ctx.articles, budget)],
      flags,
      allowedMentions: NO_MENTIONS,
    };
    if (fits(message)) return message;
  }
  return renderNotice("The comparison was too long to show: try a narrower topic.");
}

/** `/sources`: each article with author, publisher, date and what it is about; unknowns said to be unknown. */
export function renderSourcesMessage(ctx: DiscordContext): DiscordMessage {
  const fields = ctx.articles.slice(0, L.fields).map((article) => {
    const about = ctx.topics.get(article.id) ?? [];
    const lines = [
      sourceLine(article),
      `URL: ${article.url ?? "not given by the source"}`,
      ...(about.length ? [`About: ${about.join(", ")}`] : []),
      `id: \`${article.id}\``,
    ];
    return { name: fitText(article.title, L.fieldName).text, value: fitText(lines.join("\n"), L.fieldValue).text };
  });
  return { embeds: [{ title: "The articles", color: COLOR, fields }], flags: EPHEMERAL, allowedMentions: NO_MENTIONS };
}

/** `/help`: every command with an example drawn from the articles themselves, so it works for any corpus. */
export function renderHelpMessage(ctx: DiscordContext & { passages: { id: string }[] }): DiscordMessage {
  const topic = [...ctx.topics.values()].flat()[0] ?? "the main topic";
  const passageId = ctx.passages.find((p) => !p.id.endsWith("#author"))?.id ?? "source#p1";
  const fields = [
    [
      "/ask",
      `Ask in your own words; the answer quotes the articles and cites them.\n\`/ask question: What do the articles say about ${topic}?\``,
    ],
    ["/compare", `The authors side by side on a question or a topic.\n\`/compare topic: ${topic}\``],
    ["/cite", `Every citation style for a passage (or a question's best passage).\n\`/cite passage: ${passageId}\``],
    ["/passage", `One passage in full, with the ones around it.\n\`/passage id: ${passageId}\``],
    ["/sources", "The articles the answers come from: author, publisher, date, what each is about."],
  ].map(([name, value]) => ({ name: name ?? "", value: fitText(value ?? "", L.fieldValue).text }));
  return {
    embeds: [
      {
        title: "How to ask",
        color: COLOR,
        description:
          "Answers come only from the articles. When they don't answer a question directly, you see what comes closest; when nothing in them relates, you are told so.",
        fields,
      },
    ],
    flags: EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  };
}

/** `/passage`: one passage whole (split across the description if long), with Previous/Next buttons. */
export function renderPassageMessage(found: PassageInContext, ephemeral: boolean): DiscordMessage {
  const { passage, article, previous, next } = found;
  const where = passage.heading ? ` · under “${passage.heading}”` : "";
  const description = `${passage.text
    .split("\n")
    .map((l) => `> ${escapeQuote(l)}`)
    .join("\n")}\n— ${inTextCitation(article, passage)}${where}`;
  // The neighbours in brief, so the passage is read in its context: how the one before ends, how the next begins.
  const fields = [
    ...(previous
      ? [{ name: `Before (${previous.id})`, value: `> ${escapeQuote(fitTail(previous.text, NEIGHBOUR_CHARS))}` }]
      : []),
    ...(next ? [{ name: `After (${next.id})`, value: `> ${escapeQuote(fitText(next.text, NEIGHBOUR_CHARS).text)}` }] : []),
  ].map((f) => ({ name: fitText(f.name, L.fieldName).text, value: fitText(f.value, L.fieldValue).text }));
  const buttons: DiscordButton[] = [];
  if (previous) buttons.push(button(buttonIds.passage(previous.id), `Previous (${previous.id.split("#")[1]})`));
  if (next) buttons.push(button(buttonIds.passage(next.id), `Next (${next.id.split("#")[1]})`));
  return {
    embeds: [
      {
        title: fitText(`${passage.id} — ${article.title}`, L.title).text,
        color: COLOR,
        description: fitText(description, L.description).text,
        fields,
        footer: { text: fitText(sourceLine(article), 2048).text },
      },
    ],
    components: buttons.length ? [{ type: 1, components: buttons }] : [],
    flags: ephemeral ? EPHEMERAL : undefined,
    allowedMentions: NO_MENTIONS,
  };
}

/** `/cite`: each style in a copyable code block. */
export function renderCitationMessage(citations: PassageCitations, style: CitationStyle | null): DiscordMessage {
  const sections = citationSections(citations).filter((s) => style === null || s.style === style);
  const fields = sections.map((s) => ({ name: s.label, value: codeBlock(s.text, L.fieldValue) }));
  const notes = citations.notes.join("\n");
  const message: DiscordMessage = {
    embeds: [
      {
        title: fitText(`Citations for ${citations.passageId}`, L.title).text,
        color: COLOR,
        fields,
        ...(notes ? { footer: { text: notes } } : {}),
      },
    ],
    flags: EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  };
  return message;
}

/** A code block that fits: text is cut (and marked) inside it, and backticks cannot close it early. */
function codeBlock(text: string, max: number): string {
  const safe = text.replace(/```/g, "`\u200b``");
  return `\`\`\`\n${fitText(safe, max - 8).text}\n\`\`\``;
}

/** A short ephemeral message of the bot's own words. */
export function renderNotice(text: string): DiscordMessage {
  return { content: fitText(text, L.content).text, flags: EPHEMERAL, allowedMentions: NO_MENTIONS };
}
