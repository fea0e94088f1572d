/** `node dist/scripts/healthcheck.js`: exit 0 when the bot marked itself connected lately (HEALTH_FILE), else 1. */
import { readHealth } from "../src/bot/health-file.js";
import { loadConfig } from "../src/config.js";
import { runScript, ScriptError } from "./lib/run-script.js";

runScript(() => {
  const file = loadConfig().healthFile;
  if (file === null) throw new ScriptError("healthcheck: HEALTH_FILE is not set, so the bot keeps no health file");
  const health = readHealth(file);
  if (!health.healthy) throw new ScriptError(`healthcheck: ${health.reason}`);
  console.log("healthy");
});
