import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globalSetup: ["test/global-setup.ts"],
    // Many tests start real processes (a second each through tsx) and loopback servers on a two-core machine
    // that runs test files in parallel: vitest's 5 s default fails them when the machine is busy, not when
    // they hang. A hang still fails, at 30 s.
    testTimeout: 30_000,
  },
});
