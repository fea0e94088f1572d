import { APPLICATION_ID, CHANNEL_ID, snowflake } from "./server.js";

/** Builders for INTERACTION_CREATE payloads as Discord sends them (a DM with the bot, so no guild is needed). */

type Json = Record<string, unknown>;

export const user = (n: number) => ({
  id: String(200000000000000000n + BigInt(n)),
  username: `user${n}`,
  discriminator: "0",
  global_name: `User ${n}`,
  avatar: null,
});

type Option = { name: string; type: number; value: unknown; focused?: boolean };
export const stringOption = (name: string, value: string, focused = false): Option => ({
  name,
  type: 3,
  value,
  ...(focused ? { focused } : {}),
});
export const booleanOption = (name: string, value: boolean): Option => ({ name, type: 5, value });

function base(type: number, who: Json, data: Json, extra: Json = {}): Json {
  return {
    id: snowflake(),
    application_id: APPLICATION_ID,
    type,
    token: `token-${snowflake()}`,
    version: 1,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 1, recipients: [who] },
    user: who,
    locale: "en-GB",
    app_permissions: "0",
    entitlements: [],
    authorizing_integration_owners: { "1": who.id },
    context: 1,
    data,
    ...extra,
  };
}

export const slashCommand = (name: string, options: Option[], who: Json = user(1)) =>
  base(2, who, { id: snowflake(), name, type: 1, options });

export const GUILD_ID = "300000000000000001";

/** The same command used in a server channel: Discord sends `member` (with the user inside) and a guild id. */
export function inGuild(payload: Json): Json {
  const { user: who, ...rest } = payload;
  return {
    ...rest,
    guild_id: GUILD_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "general" },
    member: {
      user: who,
      roles: [],
      joined_at: "2026-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
      permissions: "2248473465835073",
    },
    context: 0,
  };
}

export const autocomplete = (name: string, options: Option[], who: Json = user(1)) =>
  base(4, who, { id: snowflake(), name, type: 1, options });

/** A press of a button on a message the bot sent (`message` as the loopback returns messages). */
export const buttonPress = (customId: string, message: Json, who: Json = user(1)) =>
  base(3, who, { custom_id: customId, component_type: 2 }, { message });
