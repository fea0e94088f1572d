import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";
import { CALLBACK, callbackViolations, messageViolations } from "./discord-rules.js";

/**
 * A stand-in for Discord on 127.0.0.1: the gateway (WebSocket: HELLO, IDENTIFY → READY, heartbeats, RESUME,
 * INTERACTION_CREATE) and the REST routes a bot uses. It records every payload, checks it against Discord's
 * documented rules, and can inject faults (429s, 5xx, slow answers, gateway closes and drops).
 */

type Json = Record<string, unknown>;

export const BOT_USER = {
  id: "100000000000000001",
  username: "groundbot",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};
export const APPLICATION_ID = "100000000000000002";
export const CHANNEL_ID = "100000000000000003";
const DEADLINE_MS = 3000;

export interface Response {
  at: number;
  kind: "callback" | "edit" | "followUp";
  type?: number;
  data: Json;
}

/** Everything that happened to one interaction the loopback sent. */
export interface InteractionRecord {
  id: string;
  token: string;
  payload: Json;
  sentAt: number;
  responses: Response[];
  /** Initial responses refused because one had already been accepted. */
  duplicateAcks: number;
  violations: string[];
}

export interface Fault {
  /** Which requests it hits, by method and path (after /api/v10). */
  match: RegExp;
  /** 429 (rate limited), 500 or 502; 200 with `body` for a malformed answer; or 0 with `delayMs` for a slow but successful one. */
  status: 0 | 200 | 429 | 500 | 502;
  /** With status 200: the raw body sent instead of the real answer. */
  body?: string;
  /** How many matching requests it hits. */
  times: number;
  global?: boolean;
  retryAfterSeconds?: number;
  delayMs?: number;
}

let sequence = 0n;
/** Discord-style ids: increasing 64-bit numbers as strings. */
export const snowflake = () => String(((BigInt(Date.now()) - 1420070400000n) << 22n) + (sequence++ % 4096n));

export class LoopbackDiscord {
  readonly interactions = new Map<string, InteractionRecord>();
  /** Rule breaks not tied to one interaction, and protocol errors. */
  readonly violations: string[] = [];
  readonly commands = new Map<string, Json[]>();
  readonly requests: { method: string; path: string; status: number }[] = [];
  identifies = 0;
  resumes = 0;
  private readonly faults: Fault[] = [];
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  private seq = 0;
  private sessionId = "";
  private readyWaiters: (() => void)[] = [];
  private changeWaiters: (() => void)[] = [];

  constructor(private readonly token: string) {}

  private get port(): number {
    if (!this.server) throw new Error("loopback: not started");
    return (this.server.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: "/gateway" });
    this.wss.on("connection", (socket) => this.handleSocket(socket));
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => this.wss?.close(() => resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Resolves once a client has identified (or resumed) and is ready for dispatches. */
  waitUntilReady(): Promise<void> {
    if (this.socket && this.sessionId) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  /** Closes the gateway connection with a code (4000: unknown error, resumable). */
  closeGateway(code: number): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(code, "loopback close");
  }

  /** Drops the connection without a close frame, as a lost network would. */
  dropGateway(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.terminate();
  }

  /** Sends INTERACTION_CREATE over the gateway and starts recording what the bot does with it. */
  dispatchInteraction(payload: Json): InteractionRecord {
    const record: InteractionRecord = {
      id: payload.id as string,
      token: payload.token as string,
      payload,
      sentAt: Date.now(),
      responses: [],
      duplicateAcks: 0,
      violations: [],
    };
    this.interactions.set(record.id, record);
    this.dispatch("INTERACTION_CREATE", payload);
    return record;
  }

  /** Sends any dispatch, well-formed or not (for malformed-payload tests). */
  dispatch(event: string, data: unknown): void {
    if (!this.socket) throw new Error("loopback: no gateway connection to dispatch on");
    this.socket.send(JSON.stringify({ op: 0, t: event, s: ++this.seq, d: data }));
  }

  /** Waits until the predicate holds (checked whenever the loopback records something), or fails after the timeout. */
  async waitFor(predicate: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`loopback: timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.changeWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private changed(): void {
    const waiters = this.changeWaiters;
    this.changeWaiters = [];
    for (const wake of waiters) wake();
  }

  // ── Gateway ────────────────────────────────────────────────────────────────────────────────────────────

  private handleSocket(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, s: null, t: null, d: { heartbeat_interval: 41250 } }));
    socket.on("message", (raw) => {
      let message: { op: number; d: Json };
      try {
        message = JSON.parse(String(raw));
      } catch {
        this.violations.push("gateway: the client sent something that is not JSON");
        return;
      }
      if (message.op === 1) socket.send(JSON.stringify({ op: 11, s: null, t: null, d: null }));
      else if (message.op === 2) this.identify(socket, message.d);
      else if (message.op === 6) this.resume(socket, message.d);
    });
  }

  private identify(socket: WebSocket, data: Json): void {
    if (data.token !== this.token) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    this.identifies += 1;
    this.socket = socket;
    this.sessionId = snowflake();
    this.seq = 0;
    socket.send(
      JSON.stringify({
        op: 0,
        t: "READY",
        s: ++this.seq,
        d: {
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          application: { id: APPLICATION_ID, flags: 0 },
          shard: [0, 1],
        },
      }),
    );
    this.becameReady();
  }

  private resume(socket: WebSocket, data: Json): void {
    if (data.token !== this.token || data.session_id !== this.sessionId) {
      socket.send(JSON.stringify({ op: 9, s: null, t: null, d: false }));
      return;
    }
    this.resumes += 1;
    this.socket = socket;
    socket.send(JSON.stringify({ op: 0, t: "RESUMED", s: ++this.seq, d: {} }));
    this.becameReady();
  }

  private becameReady(): void {
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const wake of waiters) wake();
    this.changed();
  }

  // ── REST ───────────────────────────────────────────────────────────────────────────────────────────────

  // Long on purpose: one branch per REST route, so the whole surface the bot may call reads as one table.
  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, "");
    const method = req.method ?? "GET";
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: Json = {};
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        this.violations.push(`${method} ${path}: body is not JSON`);
      }
    }
    const reply = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      this.requests.push({ method, path, status });
      res.writeHead(status, { ...(data === undefined ? {} : { "content-type": "application/json" }), ...headers });
      res.end(data === undefined ? undefined : JSON.stringify(data));
      this.changed();
    };

    const fault = this.faults.find((f) => f.times > 0 && f.match.test(`${method} ${path}`));
    if (fault) {
      fault.times -= 1;
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status === 429) {
        const retryAfter = fault.retryAfterSeconds ?? 0.05;
        return reply(
          429,
          { message: "You are being rate limited.", retry_after: retryAfter, global: fault.global ?? false },
          {
            "retry-after": String(Math.ceil(retryAfter)),
            "x-ratelimit-global": String(fault.global ?? false),
            "x-ratelimit-scope": fault.global ? "global" : "user",
          },
        );
      }
      if (fault.status === 200) {
        this.requests.push({ method, path, status: 200 });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(fault.body ?? "");
        this.changed();
        return;
      }
      if (fault.status !== 0) return reply(fault.status, { message: "loopback: injected server error", code: 0 });
    }

    const needsAuth = path.startsWith("/gateway") || path.startsWith("/applications") || path.startsWith("/users");
    if (needsAuth && req.headers.authorization !== `Bot ${this.token}`)
      return reply(401, { message: "401: Unauthorized", code: 0 });

    const commandsRoute = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    const callbackRoute = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    const webhookRoute = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/);
    if (method === "GET" && path === "/gateway/bot") {
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === "GET" && path === "/users/@me") return reply(200, BOT_USER);
    if (commandsRoute) {
      const scope = commandsRoute[2] ? `guild:${commandsRoute[2]}` : "global";
      if (method === "GET") return reply(200, this.commands.get(scope) ?? []);
      if (method === "PUT") {
        const list = (Array.isArray(body) ? body : []) as Json[];
        // As Discord does: ids and versions added, defaults filled in for what the definition left out.
        const stored = list.map((command) => ({
          default_member_permissions: null,
          dm_permission: true,
          nsfw: false,
          integration_types: [0],
          contexts: null,
          name_localizations: null,
          description_localizations: null,
          ...command,
          id: snowflake(),
          application_id: commandsRoute[1],
          version: snowflake(),
        }));
        this.commands.set(scope, stored);
        return reply(200, stored);
      }
    }
    if (method === "POST" && callbackRoute) {
      this.callback(callbackRoute[1] as string, callbackRoute[2] as string, body, reply);
      return;
    }
    if (webhookRoute) {
      const original = webhookRoute[3] !== undefined;
      const record = [...this.interactions.values()].find((r) => r.token === webhookRoute[2]);
      if (!record) return reply(404, { message: "Unknown Webhook", code: 10015 });
      if (record.responses.length === 0) return reply(404, { message: "Unknown Message", code: 10008 });
      if (method === "PATCH" && original) {
        this.respondWithMessage(record, "edit", body, reply);
        return;
      }
      if (method === "POST" && !original) {
        this.respondWithMessage(record, "followUp", body, reply);
        return;
      }
      if (method === "GET" && original) return reply(200, this.messageObject(record.responses.at(-1)?.data ?? {}));
      if (method === "DELETE") return reply(204);
    }
    this.violations.push(`unexpected request ${method} ${path}`);
    return reply(404, { message: "404: Not Found", code: 0 });
  }

  private callback(id: string, token: string, body: Json, reply: (status: number, data?: unknown) => void): void {
    const record = this.interactions.get(id);
    if (!record || record.token !== token) {
      reply(404, { message: "Unknown interaction", code: 10062 });
      return;
    }
    const now = Date.now();
    if (record.responses.some((r) => r.kind === "callback")) {
      record.duplicateAcks += 1;
      record.violations.push("a second initial response");
      reply(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      return;
    }
    if (now - record.sentAt > DEADLINE_MS) {
      record.violations.push(`acknowledged after ${now - record.sentAt} ms`);
      reply(404, { message: "Unknown interaction", code: 10062 });
      return;
    }
    record.violations.push(...callbackViolations(body));
    record.responses.push({ at: now, kind: "callback", type: body.type as number, data: (body.data as Json) ?? {} });
    reply(204);
  }

  private respondWithMessage(
    record: InteractionRecord,
    kind: "edit" | "followUp",
    body: Json,
    reply: (status: number, data?: unknown) => void,
  ): void {
    record.violations.push(...messageViolations(body, { requireAllowedMentions: true }));
    record.responses.push({ at: Date.now(), kind, data: body });
    reply(200, this.messageObject(body));
  }

  /** A message as Discord returns it, built from what the bot sent. */
  messageObject(data: Json): Json {
    return {
      id: snowflake(),
      type: 20,
      channel_id: CHANNEL_ID,
      author: BOT_USER,
      content: (data.content as string) ?? "",
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      flags: data.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      webhook_id: APPLICATION_ID,
      application_id: APPLICATION_ID,
    };
  }
}

/** The message an interaction's reply currently shows (its last callback, edit or update), for pressing buttons on. */
export function shownMessage(record: InteractionRecord): Json {
  const last = [...record.responses].reverse().find((r) => r.kind !== "followUp" && r.type !== CALLBACK.deferredMessage);
  return last?.data ?? {};
}
