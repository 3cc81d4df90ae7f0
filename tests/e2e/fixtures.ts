import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

// Every end-to-end test runs under these checks: the app must never request anything from
// another origin, never hit a CSP violation, and never log an error or throw.
type Watch = { problems: string[] };

export function watch(context: BrowserContext, origin: string): Watch {
  const w: Watch = { problems: [] };
  context.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) w.problems.push(`request to another origin: ${url}`);
  });
  const watchPage = (page: Page) => {
    page.on("console", (msg) => {
      if (msg.type() === "error") w.problems.push(`console error: ${msg.text()}`);
      if (/Content Security Policy/i.test(msg.text())) w.problems.push(`CSP violation: ${msg.text()}`);
    });
    page.on("pageerror", (err) => w.problems.push(`page error: ${err.message}`));
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
  return w;
}

export const test = base.extend<{ guard: Watch }>({
  guard: [
    async ({ context, baseURL }, use) => {
      const w = watch(context, new URL(baseURL!).origin);
      await use(w);
      expect(w.problems, "no foreign requests, CSP violations or errors").toEqual([]);
    },
    { auto: true },
  ],
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
