import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackBot, startLoopbackBot } from "./loopback-discord/harness.js";
import { slashCommand, stringOption } from "./loopback-discord/interactions.js";

let env: LoopbackBot;
beforeAll(async () => {
  env = await startLoopbackBot();
});
afterAll(async () => {
  await env?.stop();
});

describe("the bot against a loopback Discord", () => {
  it("answers /ask with quotes, citations and buttons, ephemeral by default", async () => {
    const record = env.discord.dispatchInteraction(
      slashCommand("ask", [stringOption("question", "How did the Kim dynasty begin?")]),
    );
    await env.discord.waitFor(() => record.responses.length > 0, 5000, "the /ask reply");
    const [reply] = record.responses;
    expect(reply?.type).toBe(4);
    expect(reply?.data.flags).toBe(64);
    const embed = (reply?.data.embeds as { description: string }[])[0];
    expect(embed?.description).toContain("The **dynasty** began life as a Soviet puppet");
    expect(record.violations).toEqual([]);
  });
});
