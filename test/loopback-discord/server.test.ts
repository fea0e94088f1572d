import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { messageViolations } from "./discord-rules.js";
import { slashCommand } from "./interactions.js";
import { LoopbackDiscord } from "./server.js";

const TOKEN = "test-token-for-the-loopback";
let discord: LoopbackDiscord;
beforeEach(async () => {
  discord = new LoopbackDiscord(TOKEN);
  await discord.start();
});
afterEach(async () => {
  await discord.stop();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${discord.apiUrl}/v10${path}`, {
    ...init,
    headers: { "content-type": "application/json", authorization: `Bot ${TOKEN}`, ...init.headers },
  });

/** A minimal gateway client: collects what the server sends. */
async function connect(): Promise<{
  socket: WebSocket;
  received: { op: number; t?: string; d: unknown }[];
  closed: Promise<number>;
}> {
  const { url } = (await (await api("/gateway/bot")).json()) as { url: string };
  const socket = new WebSocket(url);
  const received: { op: number; t?: string; d: unknown }[] = [];
  socket.on("message", (raw) => received.push(JSON.parse(String(raw))));
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  await new Promise((resolve) => socket.on("open", resolve));
  return { socket, received, closed };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("gateway", () => {
  it("says HELLO, answers IDENTIFY with READY and heartbeats with ACKs, and resumes a session", async () => {
    const first = await connect();
    await until(() => first.received.some((m) => m.op === 10));
    first.socket.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: 1 } }));
    await until(() => first.received.some((m) => m.t === "READY"));
    first.socket.send(JSON.stringify({ op: 1, d: 1 }));
    await until(() => first.received.some((m) => m.op === 11));
    const ready = first.received.find((m) => m.t === "READY")?.d as { session_id: string } | undefined;
    const sessionId = ready?.session_id;

    discord.dropGateway();
    const second = await connect();
    second.socket.send(JSON.stringify({ op: 6, d: { token: TOKEN, session_id: sessionId, seq: 1 } }));
    await until(() => second.received.some((m) => m.t === "RESUMED"));
    expect([discord.identifies, discord.resumes]).toEqual([1, 1]);
    second.socket.close();
  });

  it("closes with 4004 on a wrong token", async () => {
    const client = await connect();
    client.socket.send(JSON.stringify({ op: 2, d: { token: "nope" } }));
    expect(await client.closed).toBe(4004);
  });
});

describe("REST", () => {
  it("refuses a wrong bot token with 401", async () => {
    expect((await api("/gateway/bot", { headers: { authorization: "Bot nope" } })).status).toBe(401);
    expect((await api("/gateway/bot")).status).toBe(200);
  });

  it("records a callback and refuses a second initial response", async () => {
    const client = await connect();
    client.socket.send(JSON.stringify({ op: 2, d: { token: TOKEN } }));
    await discord.waitUntilReady();
    const record = discord.dispatchInteraction(slashCommand("ask", []));
    const callback = (body: unknown) =>
      api(`/interactions/${record.id}/${record.token}/callback`, { method: "POST", body: JSON.stringify(body) });
    expect((await callback({ type: 4, data: { content: "hi", allowed_mentions: { parse: [] } } })).status).toBe(204);
    expect((await callback({ type: 4, data: { content: "again", allowed_mentions: { parse: [] } } })).status).toBe(400);
    expect(record.duplicateAcks).toBe(1);
    expect(record.responses).toHaveLength(1);
    client.socket.close();
  });

  it("flags payloads that break Discord's rules", async () => {
    const client = await connect();
    client.socket.send(JSON.stringify({ op: 2, d: { token: TOKEN } }));
    await discord.waitUntilReady();
    const record = discord.dispatchInteraction(slashCommand("ask", []));
    await api(`/interactions/${record.id}/${record.token}/callback`, {
      method: "POST",
      body: JSON.stringify({ type: 4, data: { content: "x".repeat(2001) } }),
    });
    expect(record.violations).toEqual(["content has 2001 characters", "allowed_mentions is missing"]);
    client.socket.close();
  });

  it("injects 429 with retry_after, server errors and slow answers, then serves normally", async () => {
    discord.injectFault({ match: /^GET \/gateway\/bot$/, status: 429, times: 1, retryAfterSeconds: 0.5, global: true });
    discord.injectFault({ match: /^GET \/gateway\/bot$/, status: 502, times: 1 });
    discord.injectFault({ match: /^GET \/gateway\/bot$/, status: 0, times: 1, delayMs: 300 });
    const limited = await api("/gateway/bot");
    expect(limited.status).toBe(429);
    expect(await limited.json()).toMatchObject({ retry_after: 0.5, global: true });
    expect(limited.headers.get("x-ratelimit-global")).toBe("true");
    expect((await api("/gateway/bot")).status).toBe(502);
    const started = Date.now();
    expect((await api("/gateway/bot")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe("messageViolations", () => {
  const mentions = { allowed_mentions: { parse: [] } };
  it("counts every embed's characters towards the 6,000 total, and checks fields", () => {
    const embed = { description: "d".repeat(4000) };
    expect(messageViolations({ embeds: [embed, embed], ...mentions }, { requireAllowedMentions: true })).toEqual([
      "embeds hold 8000 characters in total",
    ]);
    expect(
      messageViolations(
        { embeds: [{ fields: [{ name: "n", value: "v".repeat(1025) }] }], ...mentions },
        { requireAllowedMentions: true },
      ),
    ).toEqual(["field value has 1025 characters"]);
  });

  it("refuses allowed mentions that parse anything", () => {
    expect(
      messageViolations({ content: "hi", allowed_mentions: { parse: ["everyone"] } }, { requireAllowedMentions: true }),
    ).toHaveLength(1);
    expect(messageViolations({ content: "hi", ...mentions }, { requireAllowedMentions: true })).toEqual([]);
  });
});
