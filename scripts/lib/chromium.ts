import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WebSocket } from "ws";

/** Debian's packages: the browser, and a colour emoji font so the 👍/👎 buttons draw as they do in Discord. */
const PACKAGES = ["chromium", "fonts-noto-color-emoji"];
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export const findChromium = (): string | undefined => CANDIDATES.find((path) => existsSync(path));

/**
 * The headless Chromium the layout tests drive, installed from Debian's packages when missing (the test set-up
 * is the project's own: a fresh machine needs nothing done by hand). Fails with what to do when it cannot.
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found && existsSync("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")) return found;
  const asRoot = process.getuid?.() === 0;
  const apt = (args: string[]) =>
    spawnSync(asRoot ? "apt-get" : "sudo", asRoot ? args : ["-n", "apt-get", ...args], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  process.stdout.write(`Installing ${PACKAGES.join(", ")} from Debian for the layout tests…\n`);
  let result = apt(["install", "-y", "--no-install-recommends", ...PACKAGES]);
  if (result.status !== 0) {
    apt(["update"]);
    result = apt(["install", "-y", "--no-install-recommends", ...PACKAGES]);
  }
  const installed = findChromium();
  if (result.status !== 0 || !installed)
    throw new Error(`the layout tests need Chromium: run "apt-get install ${PACKAGES.join(" ")}" as root`);
  return installed;
}

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--mute-audio"];

/**
 * A headless Chromium driven over the DevTools protocol on loopback: pages are laid out at an emulated device
 * width (a window cannot be narrower than 500 px), measured with the browser's own layout, and photographed.
 */
export class HeadlessBrowser {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly events: { method: string; resolve: () => void }[] = [];

  private constructor(
    private readonly child: ChildProcess,
    private readonly socket: WebSocket,
    private readonly profile: string,
  ) {
    socket.on("message", (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string };
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(message.error.message));
        else waiting?.resolve(message.result);
      } else if (message.method) {
        const at = this.events.findIndex((e) => e.method === message.method);
        if (at >= 0) this.events.splice(at, 1)[0]?.resolve();
      }
    });
  }

  static async launch(chromium: string): Promise<HeadlessBrowser> {
    const profile = mkdtempSync(join(tmpdir(), "chromium-"));
    // A process group of its own, so closing can end the browser's helper processes with it.
    const child = spawn(chromium, [...FLAGS, `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank"], {
      stdio: "ignore",
      detached: true,
    });
    // Chromium writes the port it chose (and the browser's path) into the profile once it listens.
    const portFile = join(profile, "DevToolsActivePort");
    const started = Date.now();
    while (!existsSync(portFile) || readFileSync(portFile, "utf8").split("\n").length < 2) {
      if (Date.now() - started > 30_000) throw new Error("Chromium did not start its DevTools endpoint within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const port = readFileSync(portFile, "utf8").split("\n")[0];
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
      type: string;
      webSocketDebuggerUrl: string;
    }[];
    const page = targets.find((t) => t.type === "page");
    if (!page) throw new Error("Chromium opened no page");
    const socket = new WebSocket(page.webSocketDebuggerUrl);
    await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
    const browser = new HeadlessBrowser(child, socket, profile);
    await browser.send("Page.enable");
    return browser;
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Loads a page at an emulated width (mobile below 500 px), waiting for its load event. */
  async open(url: string, width: number, height: number): Promise<void> {
    await this.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: width < 500 });
    const loaded = new Promise<void>((resolve) => this.events.push({ method: "Page.loadEventFired", resolve }));
    await this.send("Page.navigate", { url });
    await loaded;
  }

  /** Evaluates an expression in the page and returns its value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send("Runtime.evaluate", { expression, returnByValue: true })) as { result: { value: T } };
    return result.result.value;
  }

  /** A PNG of the page's full height at the emulated width. */
  async screenshot(): Promise<Buffer> {
    const { data } = (await this.send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true })) as {
      data: string;
    };
    return Buffer.from(data, "base64");
  }

  async close(): Promise<void> {
    this.socket.close();
    const exited = new Promise((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve(undefined);
      else this.child.once("exit", resolve);
    });
    // The whole group: killing the browser alone left its helper processes writing to the profile, and removing
    // the profile then met a folder not yet empty (ENOTEMPTY) — the layout test failed in its clean-up.
    try {
      if (this.child.pid !== undefined) process.kill(-this.child.pid, "SIGKILL");
    } catch {
      this.child.kill("SIGKILL"); // the group is gone already, or never formed
    }
    await exited;
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      // A temporary profile left behind is not a failure of what was measured; say so and go on.
      process.stderr.write(`chromium: could not remove ${this.profile} (${(error as Error).message})\n`);
    }
  }
}
