import { describe, expect, it } from "vitest";
import { DEFAULT_DISCORD_API_URL, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to the console mode settings when nothing is set", () => {
    expect(loadConfig({})).toEqual({
      discordToken: null,
      discordClientId: null,
      discordGuildId: null,
      discordApiUrl: DEFAULT_DISCORD_API_URL,
      logLevel: "info",
      logQuestions: false,
      corpusDir: "corpus",
      indexDir: null,
      feedbackFile: "feedback.jsonl",
      healthFile: null,
      rateLimitPerMinute: 10,
      publicByDefault: false,
    });
  });

  it("reads every variable and trims trailing slashes from the API URL", () => {
    const config = loadConfig({
      DISCORD_TOKEN: " abc.def ",
      DISCORD_CLIENT_ID: "123456789012345678",
      DISCORD_API_URL: "http://127.0.0.1:9999/api/",
      ANSWERS_PUBLIC_BY_DEFAULT: "yes",
      RATE_LIMIT_PER_MINUTE: "3",
      LOG_LEVEL: "DEBUG",
      LOG_QUESTIONS: "true",
    });
    expect(config).toMatchObject({
      discordToken: "abc.def",
      discordApiUrl: "http://127.0.0.1:9999/api",
      publicByDefault: true,
      rateLimitPerMinute: 3,
      logLevel: "debug",
      logQuestions: true,
    });
  });

  it.each([
    [{ DISCORD_TOKEN: "abc def" }, /DISCORD_TOKEN contains white space/],
    [{ DISCORD_CLIENT_ID: "my-app" }, /DISCORD_CLIENT_ID must be the application's numeric id/],
    [{ DISCORD_GUILD_ID: "12" }, /DISCORD_GUILD_ID must be a server's numeric id/],
    [{ DISCORD_API_URL: "discord.com" }, /DISCORD_API_URL must be an http\(s\) URL/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of debug, info, warn, error, silent/],
    [{ RATE_LIMIT_PER_MINUTE: "0" }, /RATE_LIMIT_PER_MINUTE must be a whole number of at least 1/],
    [{ ANSWERS_PUBLIC_BY_DEFAULT: "maybe" }, /ANSWERS_PUBLIC_BY_DEFAULT must be true or false/],
  ])("names the variable in the error for %j", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
