import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackBot, startLoopbackBot, TEST_TOKEN } from "./loopback-discord/harness.js";
import {
  autocomplete,
  booleanOption,
  buttonPress,
  inGuild,
  slashCommand,
  stringOption,
  user,
} from "./loopback-discord/interactions.js";
import { type InteractionRecord, shownMessage } from "./loopback-discord/server.js";

type Json = Record<string, unknown>;
type Embed = { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] };

let env: LoopbackBot;
beforeAll(async () => {
  // One user asks many things here; the limits have tests of their own (bot-resilience).
  env = await startLoopbackBot({ RATE_LIMIT_PER_MINUTE: "100" });
});
afterAll(async () => {
  await env?.stop();
});

/** Sends an interaction and waits for the bot's first response to it. */
async function interact(payload: Json, responses = 1): Promise<InteractionRecord> {
  const record = env.discord.dispatchInteraction(payload);
  await env.discord.waitFor(
    () => record.responses.length >= responses,
    5000,
    `a response to ${JSON.stringify(payload.data).slice(0, 80)}`,
  );
  return record;
}

const embedsOf = (data: Json) => (data.embeds as Embed[] | undefined) ?? [];
const buttonsOf = (data: Json) =>
  (
    (data.components as { components: { custom_id: string; label?: string; emoji?: { name: string } }[] }[] | undefined) ?? []
  ).flatMap((row) => row.components);
/** The message as Discord would hand it back inside a button press. */
const asMessage = (record: InteractionRecord) => env.discord.messageObject(shownMessage(record));

describe("/ask", () => {
  it("answers ephemerally with bold matched words, locators, citations, coverage and buttons", async () => {
    const record = await interact(slashCommand("ask", [stringOption("question", "How did the Kim dynasty begin?")]));
    const reply = record.responses[0];
    expect(reply).toMatchObject({ kind: "callback", type: 4 });
    expect(reply?.data.flags).toBe(64);
    expect(reply?.data.allowed_mentions).toEqual({ parse: [] });
    const [answer] = embedsOf(reply?.data ?? {});
    expect(answer?.description).toContain(
      "Only Isabel Hilton’s article addresses this; the BASIC article only comes close, in ¶",
    );
    expect(answer?.description).toContain("> The **dynasty began** life as a Soviet puppet");
    expect(answer?.description).toContain("— Hilton 2017, ¶ 4 · `hilton-2017#p4`");
    const labels = buttonsOf(reply?.data ?? {}).map((b) => b.label ?? b.emoji?.name);
    expect(labels).toEqual(expect.arrayContaining(["Citations", "Post to channel", "👍", "👎"]));
    expect(record.violations).toEqual([]);
  });

  it("sets the authors side by side when both address the question", async () => {
    const record = await interact(
      slashCommand("ask", [stringOption("question", "What do the authors think about UN sanctions?")]),
    );
    const embeds = embedsOf(record.responses[0]?.data ?? {});
    expect(embeds.map((e) => e.title)).toEqual(["From the articles", "Side by side"]);
    // Short: one passage of each author, the comparison in brief, about one phone screen of text.
    expect(embeds[0]?.footer?.text).toMatch(/^Passages 1–2 of \d$/);
    expect(embeds[1]?.description).toMatch(/^Both articles name .*sanctions/);
    const embedChars = embeds.reduce(
      (sum, e) =>
        sum +
        (e.title ?? "").length +
        (e.description ?? "").length +
        (e.footer?.text ?? "").length +
        (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0),
      0,
    );
    expect(embedChars).toBeLessThanOrEqual(1800);
    expect(JSON.stringify(embeds)).not.toMatch(/\bz \d|hedges?\b/);
    expect(buttonsOf(record.responses[0]?.data ?? {}).map((b) => b.label)).toContain("Full comparison");
  });

  it("posts publicly when asked to, and escapes what the user typed so nothing pings or formats", async () => {
    const record = await interact(
      slashCommand("ask", [
        stringOption("question", "@everyone **why** did <@123> say `sanctions`?"),
        booleanOption("public", true),
      ]),
    );
    const data = record.responses[0]?.data ?? {};
    expect(data.flags ?? 0).toBe(0);
    expect(data.content).toBe("**Q:** @\u200beveryone \\*\\*why\\*\\* did <\u200b@123\\> say \\`sanctions\\`?");
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it("answers in a server channel as in a direct message", async () => {
    const record = await interact(inGuild(slashCommand("ask", [stringOption("question", "What is juche?")], user(3))));
    expect(embedsOf(record.responses[0]?.data ?? {})[0]?.description).toContain("**juche**");
    expect(record.violations).toEqual([]);
  });

  it("declines plainly when the articles are silent", async () => {
    const record = await interact(slashCommand("ask", [stringOption("question", "How do I bake sourdough bread?")]));
    const [embed] = embedsOf(record.responses[0]?.data ?? {});
    expect(embed?.title).toBe("Not in the articles");
    expect(embed?.description).toContain("They never mention: bake, sourdough, bread.");
    expect(embed?.description).toContain("or use /compare North Korea to see the authors side by side.");
  });

  it("says when passages only come close, and what nothing in them shows", async () => {
    const record = await interact(slashCommand("ask", [stringOption("question", "What is the weather like in Pyongyang?")]));
    const [embed] = embedsOf(record.responses[0]?.data ?? {});
    expect(embed?.title).toBe("Closest in the articles");
    expect(embed?.description).toContain("The articles don’t answer this directly; these passages come closest.");
    expect(embed?.description).toContain("No passage uses the word “weather” or one close to it.");
    // Where to go from here, in the articles' own topics.
    expect(embed?.description).toContain(
      "Try asking about what they cover (North Korea, China, Russia), or use /compare North Korea",
    );
    expect(record.violations).toEqual([]);
  });

  it("tells the user what is wrong with an empty question", async () => {
    const record = await interact(slashCommand("ask", [stringOption("question", "   ")]));
    expect(record.responses[0]?.data).toMatchObject({ flags: 64, content: expect.stringMatching(/The question is empty/) });
  });
});

describe("answer buttons", () => {
  it("pages through more passages, compares, posts to the channel and records feedback", async () => {
    const asked = await interact(
      slashCommand("ask", [stringOption("question", "What role does Russia play in the North Korea crisis?")]),
    );
    const buttons = buttonsOf(asked.responses[0]?.data ?? {});
    const id = (label: string) => buttons.find((b) => (b.label ?? b.emoji?.name) === label)?.custom_id as string;

    const more = await interact(buttonPress(id("More passages"), asMessage(asked)));
    expect(more.responses[0]).toMatchObject({ type: 7 });
    expect(embedsOf(more.responses[0]?.data ?? {})[0]?.footer).toMatchObject({ text: "Passages 3–5 of 5" });

    const compare = await interact(buttonPress(id("Full comparison"), asMessage(asked)));
    expect(embedsOf(compare.responses[0]?.data ?? {})[1]?.title).toBe("Side by side");
    // The full comparison has no button repeating itself, and its measures are one tap further.
    const compareButtons = buttonsOf(compare.responses[0]?.data ?? {});
    expect(compareButtons.map((b) => b.label)).toEqual(["Details"]);
    const details = await interact(buttonPress(compareButtons[0]?.custom_id ?? "", asMessage(compare)));
    expect(embedsOf(details.responses[0]?.data ?? {})[0]?.fields?.[0]?.value).toMatch(/Wording of certainty: \d+ hedges/);

    const cited = await interact(buttonPress(id("Citations"), asMessage(asked)));
    const citedEmbeds = embedsOf(cited.responses[0]?.data ?? {});
    expect(citedEmbeds.map((e) => e.title)).toEqual(["Citations for basic-2016#p9", "Citations for hilton-2017#p11"]);

    const posted = await interact(buttonPress(id("Post to channel"), asMessage(asked)));
    expect(posted.responses[0]?.data.flags ?? 0).toBe(0);
    expect(buttonsOf(posted.responses[0]?.data ?? {}).map((b) => b.label)).not.toContain("Post to channel");

    const voted = await interact(buttonPress(id("👍"), asMessage(asked), user(7)));
    expect(voted.responses[0]?.data.content).toBe("Thanks: your 👍 was recorded.");
    await env.bot.context.feedback.flush();
    const votes = readFileSync(env.config.feedbackFile, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(votes.at(-1)).toMatchObject({
      userId: user(7).id,
      vote: "up",
      question: "What role does Russia play in the North Korea crisis?",
      passageIds: expect.arrayContaining(["basic-2016#p12"]),
    });
    for (const record of [asked, more, compare, details, cited, posted, voted]) expect(record.violations).toEqual([]);
  });

  it("says so when a button's answer has expired", async () => {
    const record = await interact(buttonPress("ask:more:unknownkey:1", env.discord.messageObject({ flags: 64 })));
    expect(record.responses[0]?.data.content).toMatch(/too old for its buttons/);
  });
});

describe("/cite, /sources, /passage, /compare", () => {
  it("autocompletes passage ids by id and by words", async () => {
    const byId = await interact(autocomplete("cite", [stringOption("passage", "hilton-2017#p1", true)]));
    expect(byId.responses[0]).toMatchObject({ type: 8 });
    const choices = byId.responses[0]?.data.choices as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(["hilton-2017#p1", "hilton-2017#p10"]));
    const byWords = await interact(autocomplete("cite", [stringOption("passage", "unexploded ordnance", true)]));
    const wordChoices = (byWords.responses[0]?.data.choices ?? []) as { value: string }[];
    expect(wordChoices[0]?.value).toBe("hilton-2017#p4");
    expect(byWords.violations).toEqual([]);
  });

  it("cites a passage in copyable code blocks, and one style on request", async () => {
    const all = await interact(slashCommand("cite", [stringOption("passage", "basic-2016#p4")]));
    const [embed] = embedsOf(all.responses[0]?.data ?? {});
    expect(embed?.fields?.map((f) => f.name)).toEqual([
      "APA 7",
      "MLA 9",
      "Chicago note",
      "Chicago bibliography",
      "BibTeX",
      "Quote with source",
    ]);
    expect(embed?.fields?.[0]?.value).toBe(
      "```\nBASIC. (ca. 2016, September). To fix North Korea, start with Syria.\nIn text: (BASIC, ca. 2016, para. 4)\n```",
    );
    const one = await interact(slashCommand("cite", [stringOption("passage", "hilton-2017#p6"), stringOption("style", "mla")]));
    expect(embedsOf(one.responses[0]?.data ?? {})[0]?.fields?.map((f) => f.name)).toEqual(["MLA 9"]);
    const unknown = await interact(slashCommand("cite", [stringOption("passage", "hilton-2017#p99")]));
    expect(unknown.responses[0]?.data.content).toMatch(/There is no passage "hilton-2017#p99"/);
  });

  it("helps with every command, each with an example taken from the articles", async () => {
    const record = await interact(slashCommand("help", []));
    const [embed] = embedsOf(record.responses[0]?.data ?? {});
    expect(embed?.fields?.map((f) => f.name)).toEqual(["/ask", "/compare", "/cite", "/passage", "/sources"]);
    expect(embed?.fields?.[2]?.value).toContain("`/cite passage: basic-2016#p1`");
    expect(embed?.fields?.[1]?.value).toContain("`/compare topic: North Korea`");
    expect(record.responses[0]?.data.flags).toBe(64);
    expect(record.violations).toEqual([]);
  });

  it("lists the sources, saying the BASIC author and the URLs are not given", async () => {
    const record = await interact(slashCommand("sources", []));
    const fields = embedsOf(record.responses[0]?.data ?? {})[0]?.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual([
      "To Fix North Korea, Start with Syria",
      "Why Russia holds the key to resolving the North Korea crisis",
    ]);
    expect(fields[0]?.value).toContain("author not named");
    expect(fields[0]?.value).toContain("URL: not given by the source");
  });

  it("shows a passage and moves to its neighbour with the Next button", async () => {
    const shown = await interact(slashCommand("passage", [stringOption("id", "hilton-2017#p9")]));
    const [shownEmbed] = embedsOf(shown.responses[0]?.data ?? {});
    expect(shownEmbed?.title).toMatch(/^hilton-2017#p9 — /);
    expect(shownEmbed?.fields?.map((f) => f.name)).toEqual(["Before (hilton-2017#p8)", "After (hilton-2017#p10)"]);
    expect(shownEmbed?.fields?.[1]?.value).toMatch(/^> In the current crisis, China has consistently urged restraint/);
    const next = buttonsOf(shown.responses[0]?.data ?? {}).find((b) => b.label?.startsWith("Next"));
    expect(next?.custom_id).toBe("passage:show:hilton-2017#p10");
    const moved = await interact(buttonPress(next?.custom_id as string, asMessage(shown)));
    expect(moved.responses[0]).toMatchObject({ type: 7 });
    expect(embedsOf(moved.responses[0]?.data ?? {})[0]?.title).toMatch(/^hilton-2017#p10 — /);
  });

  it("opens a whole passage in a message of its own from a shortened quote's button", async () => {
    const opened = await interact(buttonPress("passage:open:hilton-2017#p4", env.discord.messageObject({ flags: 64 })));
    expect(opened.responses[0]).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(embedsOf(opened.responses[0]?.data ?? {})[0]?.title).toMatch(/^hilton-2017#p4 — /);
  });

  it("compares on a bare topic", async () => {
    const record = await interact(slashCommand("compare", [stringOption("topic", "sanctions")]));
    const embeds = embedsOf(record.responses[0]?.data ?? {});
    expect(embeds[0]?.description).toBe("Both articles address this.");
    expect(embeds[1]?.description).toMatch(/^Both articles name .* and both use the words? .*“sanctions”/);
    expect(embeds[1]?.fields?.map((f) => f.name)).toEqual(["Isabel Hilton’s article", "The BASIC article"]);
    expect(record.violations).toEqual([]);
  });
});

describe("safety", () => {
  it("answers a failure with a reference, never a stack trace, and logs the same reference", async () => {
    const record = await interact(slashCommand("ask", []));
    const content = record.responses[0]?.data.content as string;
    const ref = /\(ref ([0-9a-f]{8})\)/.exec(content)?.[1];
    expect(ref).toBeDefined();
    expect(content).not.toMatch(/\n\s+at /);
    expect(env.logs.some((line) => line.ref === ref && line.msg === "interaction failed")).toBe(true);
  });

  it("logs each answered question as its length and hash, its text only with LOG_QUESTIONS=true", async () => {
    const question = "Which secret plans did Pyongyang's neighbours make?";
    await interact(slashCommand("ask", [stringOption("question", question)]));
    const isIt = (line: Record<string, unknown>) => line.msg === "answered" && line.questionLength === question.length;
    await env.discord.waitFor(() => env.logs.some(isIt), 2000, "the log line");
    const answered = env.logs.filter(isIt);
    expect(answered).toEqual([
      expect.objectContaining({ command: "ask", ms: expect.any(Number), questionHash: expect.stringMatching(/^[0-9a-f]{12}$/) }),
    ]);
    expect(JSON.stringify(env.logs)).not.toContain("secret plans");

    const verbose = await startLoopbackBot({ LOG_QUESTIONS: "true" });
    try {
      const record = verbose.discord.dispatchInteraction(slashCommand("ask", [stringOption("question", question)]));
      await verbose.discord.waitFor(() => record.responses.length > 0, 5000, "the answer");
      await verbose.discord.waitFor(() => verbose.logs.some((l) => l.msg === "answered"), 2000, "the log line");
      expect(verbose.logs.find((l) => l.msg === "answered")).toMatchObject({ command: "ask", question });
    } finally {
      await verbose.stop();
    }
  });

  it("never writes the token to a log", () => {
    expect(JSON.stringify(env.logs)).not.toContain(TEST_TOKEN);
    expect(env.logs.length).toBeGreaterThan(0);
  });
});

describe("over the whole session", () => {
  it("answered every interaction exactly once, within the deadline and within Discord's rules", async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const records = [...env.discord.interactions.values()];
    expect(records.length).toBeGreaterThanOrEqual(15);
    for (const record of records) {
      expect(record.responses.filter((r) => r.kind === "callback")).toHaveLength(1);
      expect(record.duplicateAcks).toBe(0);
      expect(record.violations).toEqual([]);
    }
    expect(env.discord.violations).toEqual([]);
  });
});
