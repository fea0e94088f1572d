import { REST, type RESTPostAPIChatInputApplicationCommandsJSONBody, Routes } from "discord.js";
import { type Config, ConfigError } from "../config.js";

export interface DeployResult {
  scope: string;
  names: string[];
  changed: boolean;
}

/** Fields Discord adds to a registered command, or fills with defaults, that a definition does not set. */
const SERVER_FIELDS = new Set([
  "id",
  "application_id",
  "guild_id",
  "version",
  "default_member_permissions",
  "dm_permission",
  "nsfw",
  "integration_types",
  "contexts",
  "name_localizations",
  "description_localizations",
]);

/** A command reduced to what its definition sets, keys sorted, so registered and defined commands compare. */
function comparable(command: unknown): string {
  const normalise = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(normalise);
    if (!value || typeof value !== "object") return value;
    const kept = Object.entries(value).filter(
      ([key, v]) => !SERVER_FIELDS.has(key) && v !== undefined && v !== null && v !== false,
    );
    return Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)).map(([key, v]) => [key, normalise(v)]));
  };
  return JSON.stringify(normalise(command));
}

/**
 * Registers the commands to the guild in DISCORD_GUILD_ID, or globally. Reads what is registered first and
 * writes only when it differs, so running it twice changes nothing.
 */
export async function deployCommands(
  config: Config,
  definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<DeployResult> {
  if (!config.discordToken) throw new ConfigError("config: DISCORD_TOKEN is not set (deploy-commands needs the bot token)");
  if (!config.discordClientId)
    throw new ConfigError("config: DISCORD_CLIENT_ID is not set (deploy-commands needs the application id)");
  const rest = new REST({ api: config.discordApiUrl }).setToken(config.discordToken);
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const scope = config.discordGuildId ? `guild ${config.discordGuildId}` : "all servers (global)";
  const names = definitions.map((d) => d.name);

  const registered = (await rest.get(route)) as unknown[];
  const key = (list: unknown[]) => list.map(comparable).sort().join("\n");
  if (key(registered) === key(definitions)) return { scope, names, changed: false };
  await rest.put(route, { body: definitions });
  return { scope, names, changed: true };
}
