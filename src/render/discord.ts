import type { Answer, AnswerPassage } from "../answer/answer.js";
import type { PassageInContext } from "../answer/passage-lookup.js";
import type { CitationStyle, PassageCitations } from "../cite/cite-passage.js";
import { inTextCitation } from "../cite/short-citation.js";
import type { Comparison, TopicComparison } from "../compare/compare.js";
import { firstTopicOf } from "../corpus/first-topic.js";
import type { OnDemandList } from "../corpus/on-demand-list.js";
import type { Article } from "../corpus/types.js";
import { citationSections } from "./citation-text.js";
import { type ComparisonView, commonGround, detailLines, stanceLines, stanceTitle } from "./comparison-text.js";
import { DISCORD_LIMITS, findLimitViolations } from "./discord-limits.js";
import {
  type DiscordActionRow,
  type DiscordButton,
  type DiscordEmbed,
  type DiscordMessage,
  EPHEMERAL,
  NO_MENTIONS,
} from "./discord-message.js";
import { boldWords, ELLIPSIS, escapeMarkdown, escapeQuote, fitSentences, fitTail, fitText } from "./discord-text.js";
import { leadPassages } from "./lead-passages.js";
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
  details: (key: string) => `ask:details:${key}`,
  cite: (key: string, page: number) => `ask:cite:${key}:${page}`,
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

/** One quote as a Markdown block quote with its citation (never cut); cut at a sentence end when it must be. */
function quoteBlock(passage: AnswerPassage, max: number): { text: string; cut: boolean } {
  const citation = `\n— ${passage.inText} · \`${passage.id}\``;
  const fitted = fitSentences(passage.text, max - citation.length - SHORTENED.length);
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

/** Everything a reader of the message reads: titles, descriptions, field names and values, footers. */
export function embedText(message: DiscordMessage): number {
  return (message.embeds ?? []).reduce(
    (total, embed) =>
      total +
      (embed.title?.length ?? 0) +
      (embed.description?.length ?? 0) +
      (embed.footer?.text.length ?? 0) +
      (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0),
    0,
  );
}

/** A short answer's embeds hold about one phone screen of text. */
export const SHORT_ANSWER_CHARS = 1800;

/**
 * The comparison as an embed: the common ground in a sentence, then each side's fields in plain words. Compact:
 * what each says (unless the answer above already shows that sentence) and recommends; full: every quote.
 */
function comparisonEmbed(
  comparison: Comparison,
  articles: Article[],
  view: ComparisonView,
  shownPassages: AnswerPassage[] = [],
): DiscordEmbed {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const fields: DiscordEmbed["fields"] = [];
  for (const stance of comparison.sources) {
    const lines = stanceLines(stance, view, shownPassages).map(({ label, quote, shownAbove }) =>
      shownAbove
        ? `**${label}:** in the quote above (${quote.inText})`
        : `**${label}:** “${escapeQuote(quote.text)}” (${quote.inText})`,
    );
    if (lines.length === 0) continue;
    const title = stanceTitle(stance, byId.get(stance.sourceId));
    fields.push({ name: fitText(title, L.fieldName).text, value: fitSentences(lines.join("\n"), L.fieldValue).text });
  }
  const shared = commonGround(comparison, view);
  return {
    title: "Side by side",
    color: COLOR,
    ...(shared ? { description: shared } : {}),
    ...(fields.length > 0 ? { fields } : {}),
  };
}

export interface AnswerView {
  page: number;
  /** Stored-question key for the buttons; null renders no buttons. */
  key: string | null;
  ephemeral: boolean;
}

/** Page 0 is the short answer (the best passage of each addressing author); later pages the rest, in threes. */
function pageOf(answer: Answer, wanted: number): { page: number; shown: AnswerPassage[]; first: number; pages: number } {
  const lead = leadPassages(answer);
  const rest = answer.passages.filter((p) => !lead.includes(p));
  const pages = 1 + Math.ceil(rest.length / PASSAGES_PER_PAGE);
  const page = Math.min(Math.max(0, wanted), pages - 1);
  if (page === 0) return { page, shown: lead, first: 0, pages };
  const from = (page - 1) * PASSAGES_PER_PAGE;
  return { page, shown: rest.slice(from, from + PASSAGES_PER_PAGE), first: lead.length + from, pages };
}

/**
 * `/ask`: short by default — the best passage of each addressing author (cut only at sentence ends, the
 * citation whole), the comparison in brief — with buttons for the rest: more passages, the whole comparison,
 * citations, posting to the channel, feedback.
 */
export function renderAnswerMessage(answer: Answer, ctx: DiscordContext, view: AnswerView): DiscordMessage {
  const content = fitText(`**Q:** ${escapeMarkdown(answer.question)}`, L.content).text;
  const flags = view.ephemeral ? EPHEMERAL : undefined;
  if (!answer.answered) {
    const suggestion = answer.inEnglish ? suggestionLine(ctx.topics, "use /compare") : "";
    const description = declineLines(ctx.articles, ctx.topics, {
      ...answer,
      unknownWords: answer.unknownWords.map(escapeMarkdown),
      corrections: answer.corrections.map((c) => ({ from: escapeMarkdown(c.from), to: escapeMarkdown(c.to) })),
      suggestion,
    }).join("\n");
    const title = answer.aboutNamedSources ? "No passage to quote" : "Not in the articles";
    return {
      content,
      embeds: [{ title, color: COLOR, description: fitText(description, L.description).text }],
      flags,
      allowedMentions: NO_MENTIONS,
    };
  }
  const { page, shown, first, pages } = pageOf(answer, view.page);
  const header = answerHeader(answer, ctx.articles, suggestionLine(ctx.topics, "use /compare"), escapeMarkdown).join("\n");
  const comparison = page === 0 && answer.comparison ? comparisonEmbed(answer.comparison, ctx.articles, "compact", shown) : null;
  const budget = page === 0 ? SHORT_ANSWER_CHARS : L.description;
  const footer = `Passages ${first + 1}–${first + shown.length} of ${answer.passages.length}`;

  // Each quote gets an equal share of what the header, the comparison and the footer leave; a quote that must be
  // shortened is cut at a sentence end and offers the whole passage. Smaller shares until Discord's limits hold.
  const comparisonChars = comparison ? embedText({ embeds: [comparison], allowedMentions: NO_MENTIONS }) : 0;
  const room = budget - header.length - comparisonChars - footer.length - 40;
  for (const share of [1, 0.75, 0.5]) {
    const quoteBudget = Math.max(200, Math.floor((room * share) / Math.max(1, shown.length)) - 2);
    const quotes = shown.map((p) => ({ passage: p, ...quoteBlock(p, quoteBudget) }));
    const description = [header, ...quotes.map((q) => q.text)].join("\n\n");
    const embeds: DiscordEmbed[] = [
      {
        title: answer.openingAndEnding
          ? new Set(answer.passages.map((p) => p.sourceId)).size > 1
            ? "How they open and end"
            : "How it opens and ends"
          : answer.paragraphAsked !== null
            ? "The paragraph asked for"
            : answer.confidence === "direct"
              ? "From the articles"
              : "Closest in the articles",
        color: COLOR,
        description: fitText(description, L.description).text,
        footer: { text: footer },
      },
      ...(comparison ? [comparison] : []),
    ];
    const message: DiscordMessage = {
      content,
      embeds,
      components: answerButtons(answer, view, page, pages, shortenedOf(quotes)),
      flags,
      allowedMentions: NO_MENTIONS,
    };
    if (fits(message)) return message;
  }
  return renderNotice("The answer was too long to show: ask a narrower question.");
}

const shortenedOf = (quotes: { passage: AnswerPassage; cut: boolean }[]) => quotes.filter((q) => q.cut).map((q) => q.passage);

/** The passages a page of the answer shows (for its Citations button). */
export const shownPassages = (answer: Answer, page: number): AnswerPassage[] => pageOf(answer, page).shown;

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
  const wholeRow: DiscordActionRow[] = whole.length > 0 ? [{ type: 1, components: whole.slice(0, L.buttonsPerRow) }] : [];
  if (view.key === null) return wholeRow;
  const buttons: DiscordButton[] = [];
  if (page + 1 < pages) buttons.push(button(buttonIds.more(view.key, page + 1), "More passages", 1));
  // The whole comparison says more than the brief one on the first page; on later pages none is shown.
  if (answer.comparison) buttons.push(button(buttonIds.compare(view.key), "Full comparison"));
  buttons.push(button(buttonIds.cite(view.key, page), "Citations"));
  if (view.ephemeral) buttons.push(button(buttonIds.post(view.key, page), "Post to channel"));
  const votes: DiscordButton[] = [
    button(buttonIds.vote(view.key, "up"), "", 2, "👍"),
    button(buttonIds.vote(view.key, "down"), "", 2, "👎"),
  ];
  return [{ type: 1, components: buttons }, { type: 1, components: votes }, ...wholeRow];
}

/** The citations of the passages an answer page shows, one embed each (as many as fit). */
export function renderAnswerCitations(citations: PassageCitations[]): DiscordMessage {
  const embeds = citations.map((c) => renderCitationMessage(c, null).embeds?.[0]).filter((e) => e !== undefined);
  for (let count = embeds.length; count > 0; count--) {
    const message: DiscordMessage = { embeds: embeds.slice(0, count), flags: EPHEMERAL, allowedMentions: NO_MENTIONS };
    if (fits(message)) return message;
  }
  return renderNotice("The citations were too long to show: use /cite with one passage id.");
}

/** The measures behind a comparison (Details button): how distinctive each side's wording is, how certain. */
export function renderComparisonDetails(topic: TopicComparison, ctx: DiscordContext): DiscordMessage {
  const byId = new Map(ctx.articles.map((a) => [a.id, a]));
  const sides = topic.comparison.sources.length;
  const fields = topic.comparison.sources.map((stance) => ({
    name: fitText(stanceTitle(stance, byId.get(stance.sourceId)), L.fieldName).text,
    value: fitText(detailLines(stance, sides).join("\n"), L.fieldValue).text,
  }));
  return {
    embeds: [
      {
        title: "Details: how the wording compares",
        color: COLOR,
        description:
          "Measures of the passages on this question, for those who want them: words a side uses markedly more than the other (weighted log-odds, z ≥ 1.645), and words of doubt (hedges) and of certainty (boosters).",
        ...(fields.length > 0 ? { fields } : {}),
      },
    ],
    flags: EPHEMERAL,
    allowedMentions: NO_MENTIONS,
  };
}

/** `/compare`: the comparison in full, or what the articles cover when none addresses the topic. */
export function renderComparisonMessage(
  topic: TopicComparison,
  ctx: DiscordContext,
  ephemeral: boolean,
  /** Stored-question key for the Details button; null: no button. */
  key: string | null = null,
): DiscordMessage {
  const content = fitText(`**Compare:** ${escapeMarkdown(topic.question)}`, L.content).text;
  const flags = ephemeral ? EPHEMERAL : undefined;
  if (topic.addressedBy.length === 0) {
    return {
      content,
      embeds: [
        {
          title: "Not in the articles",
          color: COLOR,
          description: fitText(declineLines(ctx.articles, ctx.topics, topic).join("\n"), L.description).text,
        },
      ],
      flags,
      allowedMentions: NO_MENTIONS,
    };
  }
  const header: DiscordEmbed = { color: COLOR, description: topicHeader(topic, ctx.articles) };
  const details = key === null ? [] : [{ type: 1 as const, components: [button(buttonIds.details(key), "Details")] }];
  const message: DiscordMessage = {
    content,
    embeds: [header, comparisonEmbed(topic.comparison, ctx.articles, "full")],
    components: details,
    flags,
    allowedMentions: NO_MENTIONS,
  };
  return fits(message) ? message : renderNotice("The comparison was too long to show: try a narrower topic.");
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
  const shown =
    fields.length < ctx.articles.length ? { footer: { text: `${fields.length} of ${ctx.articles.length} articles shown` } } : {};
  return { embeds: [{ title: "The articles", color: COLOR, fields, ...shown }], flags: EPHEMERAL, allowedMentions: NO_MENTIONS };
}

/** `/help`: every command with an example drawn from the articles themselves, so it works for any corpus. */
export function renderHelpMessage(ctx: DiscordContext & { passages: OnDemandList<{ id: string }> }): DiscordMessage {
  const topic = firstTopicOf(ctx.topics) ?? "the main topic";
  const passageId = ctx.passages.first(1, (p) => !p.id.endsWith("#author"))[0]?.id ?? "source#p1";
  const fields = [
    [
      "/ask",
      `Ask in your own words, typos and all; the answer quotes the articles and cites them. Ask about the articles themselves too: a summary, a paragraph by its number, who wrote them.\n\`/ask question: What do the articles say about ${topic}?\``,
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
