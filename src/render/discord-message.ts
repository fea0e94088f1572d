/**
 * The shape of a Discord message as the renderers build it: plain data in Discord's own field names, which
 * discord.js accepts as reply options. Kept free of discord.js so renderers are testable on their own.
 */
export interface DiscordEmbed {
  title?: string;
  description?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
}

export interface DiscordButton {
  type: 2;
  /** 1 primary, 2 secondary, 3 success, 4 danger. */
  style: 1 | 2 | 3 | 4;
  label?: string;
  emoji?: { name: string };
  custom_id: string;
  disabled?: boolean;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

export interface DiscordMessage {
  content?: string;
  embeds?: DiscordEmbed[];
  components?: DiscordActionRow[];
  /** 64: only the user who asked sees it. */
  flags?: number;
  /** Always parse nothing: no message of the bot can ping anyone. */
  allowedMentions: { parse: [] };
}

export const EPHEMERAL = 64;
export const NO_MENTIONS = { parse: [] as [] };
