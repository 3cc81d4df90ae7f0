import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

// Every end-to-end test runs under these checks: the app must never request anything from
// another origin, never hit a CSP violation, and never log an error or throw.
// `allowed` holds the app's own origins: the suite's server, and any a test starts itself.
type Watch = { problems: string[]; allowed: string[] };

export function watch(context: BrowserContext, origin: string): Watch {
  const w: Watch = { problems: [], allowed: [origin] };
  context.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (!w.allowed.includes(new URL(url).origin)) w.problems.push(`request to another origin: ${url}`);
  });
  const watchPage = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") w.problems.push(`console error: ${msg.text()}`);
      if (/Content Security Policy/i.test(msg.text())) w.problems.push(`CSP violation: ${msg.text()}`);
    });
    page.on("pageerror", (err) => w.problems.push(`page error: ${err.message}`));
    // The crypto worker's console too: a CSP violation inside a worker is reported there.
    page.on("worker", (worker) =>
      worker.on("console", (msg) => {
        if (msg.type() === "error") w.problems.push(`worker console error: ${msg.text()}`);
        if (/Content Security Policy/i.test(msg.text())) w.problems.push(`CSP violation in a worker: ${msg.text()}`);
      })
    );
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  return w;
}

export const test = base.extend<{ guard: Watch; newContext: () => Promise<BrowserContext> }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const w = watch(context, new URL(baseURL!).origin);
      await use(w);
      expect(w.problems, "no foreign requests, CSP violations or errors").toEqual([]);
    },
    { auto: true },
  ],
  // Another person's browser (a recipient, say): a fresh profile under the same guard.
  newContext: async ({ browser, baseURL }, use) => {
    const made: { context: BrowserContext; w: Watch }[] = [];
    await use(async () => {
      const context = await browser.newContext();
      made.push({ context, w: watch(context, new URL(baseURL!).origin) });
      return context;
    });
    for (const { context, w } of made) {
      expect(w.problems, "no foreign requests, CSP violations or errors in the other browser").toEqual([]);
      await context.close();
    }
  },
});

export { expect };

/** Waits until the current screen has its data and is interactive. */
export async function ready(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
}

/** Opens the app at `path` and waits for it to be ready. */
export async function open(page: Page, path = "./") {
  await page.goto(path);
  await ready(page);
}

/** Creates a deck from the library ("New deck" or "Start from example") and waits for the editor. */
export async function newDeck(page: Page, fromExample = false) {
  await open(page);
  await page.getByRole("button", { name: fromExample ? "Start from example" : "New deck" }).click();
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);
}

/** Waits until the editor says every change is stored. */
export async function saved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
}

/** What this origin has stored: IndexedDB database names and localStorage keys. */
export async function storedState(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    localStorage: Object.keys(localStorage),
  }));
}

/** The focused element's accessible name, roughly as a screen reader would read it. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (el.getAttribute("aria-label") ?? labelled ?? el.textContent ?? "").trim();
  });
}

/** Presses Tab (only the keyboard) until the focused control's name matches; fails if it never does. */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const current = await focusedName(page);
    if (typeof name === "string" ? current === name : name.test(current)) return;
  }
  throw new Error(`could not reach "${name}" with the Tab key`);
}

/** A plain share link (spec/share-link.md) for any JSON, built independently of the app. */
export function plainLink(origin: string, deckJson: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zlib = require("node:zlib") as typeof import("node:zlib");
  const json = Buffer.from(deckJson, "utf8");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(json) >>> 0);
  const envelope = Buffer.concat([Buffer.from([0]), zlib.deflateRawSync(json), crc]);
  return `${origin}/#d1.${envelope.toString("base64url")}`;
}

/** The JSON a plain share link carries (spec/share-link.md: flags byte, raw deflate, CRC-32). */
export function decodeLink(link: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zlib = require("node:zlib") as typeof import("node:zlib");
  const fragment = new URL(link).hash;
  if (!fragment.startsWith("#d1.")) throw new Error(`not a share link: ${link.slice(0, 80)}`);
  const envelope = Buffer.from(fragment.slice(4), "base64url");
  if (envelope[0] !== 0) throw new Error("a link locked with a passphrase cannot be read without it");
  const json = zlib.inflateRawSync(envelope.subarray(1, envelope.length - 4));
  if ((zlib.crc32(json) >>> 0) !== envelope.readUInt32BE(envelope.length - 4)) throw new Error("the link's CRC does not match");
  return json.toString("utf8");
}

/** Every response the service worker's caches hold, as text (to prove no deck text is there). */
export async function cachedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    let all = "";
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        if (res) all += `\n${req.url}\n` + (await res.text());
      }
    }
    return all;
  });
}

/** Waits until the service worker controls the page and its cache is filled. */
export async function offlineReady(page: Page) {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((ok) => navigator.serviceWorker.addEventListener("controllerchange", () => ok(), { once: true }));
    }
    return reg.active?.state;
  });
}
