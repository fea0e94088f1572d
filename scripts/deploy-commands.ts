/** `npm run deploy-commands`: registers the slash commands (to DISCORD_GUILD_ID when set, else globally). */
import { commands } from "../commands/index.js";
import { deployCommands } from "../src/bot/deploy.js";
import { loadConfig } from "../src/config.js";
import { runScript } from "./lib/run-script.js";

runScript(async () => {
  const result = await deployCommands(
    loadConfig(),
    commands.map((command) => command.data.toJSON()),
  );
  const list = result.names.map((name) => `/${name}`).join(", ");
  console.log(
    result.changed
      ? `Registered ${list} for ${result.scope}.`
      : `Already registered for ${result.scope}, nothing changed: ${list}.`,
  );
});
