import type { Config } from "../config.js";
import type { Engine } from "../engine.js";

export async function startBot(_config: Config, _engine: Engine): Promise<void> {
  throw new Error("Discord mode is not built yet: unset DISCORD_TOKEN to use the console mode");
}
