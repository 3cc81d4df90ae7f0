import { test, expect, ready, newDeck, saved, storedState, cachedText, offlineReady, plainLink } from "./fixtures";

async function makeLink(page: import("@playwright/test").Page, opts: { passphrase?: string; without?: string[] }) {
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  for (const section of opts.without ?? []) {
    await page.getByRole("checkbox", { name: section }).uncheck();
  }
  if (opts.passphrase) await page.getByLabel("Passphrase (optional)").fill(opts.passphrase);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = page.getByLabel("Share link", { exact: true });
  await expect(link).toHaveValue(/#d1\./);
  return link.inputValue();
}

test("the owner shares two sections with a passphrase; the recipient unlocks, reads exactly those, keeps a copy", async ({
  page,
  newContext,
}) => {
  await newDeck(page, true);
  await saved(page);
  const url = await makeLink(page, { passphrase: "maple river quiet lantern", without: ["Who I am", "Growth"] });
  // The key was derived in the crypto worker, not on the page's main thread.
  await expect(page.locator("html")).toHaveAttribute("data-crypto", "worker");
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain("/crypto-worker-loader.js");
  await expect(page.getByText(/characters\./)).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code of the share link" })).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "locked with a passphrase" })).toContainText("Roadmap, Asks");

  // The recipient: a fresh browser profile that has never seen the app.
  const recipient = await newContext();
  const them = await recipient.newPage();
  await them.goto(url);
  await ready(them);
  const pass = them.getByLabel("Passphrase");
  await expect(pass).toHaveAttribute("type", "password");
  await expect(them.getByText("Noor Haddad")).toHaveCount(0);

  await pass.fill("maple river quiet LANTERN");
  await them.getByRole("button", { name: "Unlock" }).click();
  await expect(them.getByRole("alert")).toContainText("didn't unlock");
  await expect(them.getByRole("heading", { name: "Roadmap" })).toHaveCount(0);

  await pass.fill("maple river quiet lantern");
  await them.getByRole("button", { name: "Unlock" }).click();
  await expect(them.getByRole("heading", { name: "Roadmap" })).toBeVisible();
  await expect(them.locator("html")).toHaveAttribute("data-crypto", "worker");
  expect(them.workers().map((w) => new URL(w.url()).pathname)).toContain("/crypto-worker-loader.js");
  await expect(them.getByRole("heading", { name: "Asks" })).toBeVisible();
  await expect(them.getByRole("heading", { name: "Who I am" })).toHaveCount(0);
  await expect(them.getByRole("heading", { name: "Growth" })).toHaveCount(0);
  await expect(them.getByText("Associate product manager")).toBeVisible();
  await expect(them.getByText("not saved on this device")).toBeVisible();
  expect((await storedState(them)).databases, "nothing stored before Keep a copy").toEqual([]);

  await them.getByRole("button", { name: "Keep a copy" }).click();
  await expect(them.getByText("Kept in Shared with me.")).toBeVisible();
  await expect(them.getByText("not saved on this device")).toHaveCount(0);
  await them.getByRole("link", { name: "Shared with me" }).click();
  await ready(them);
  await expect(them.getByRole("heading", { name: "Where I'm heading in 2027" })).toBeVisible();
  // A kept copy is someone else's story: it is not among the recipient's own decks.
  await them.getByRole("link", { name: "Your decks" }).click();
  await ready(them);
  await expect(them.getByRole("heading", { name: "Where I'm heading in 2027" })).toHaveCount(0);
});

test("without Web Workers, a locked link is made and opened on the page itself", async ({ page, context, newContext }) => {
  // A browser without Workers: the app derives the key on its main thread instead.
  const noWorkers = () => {
    delete (window as unknown as { Worker?: unknown }).Worker;
  };
  await context.addInitScript(noWorkers);
  await newDeck(page, true);
  await saved(page);
  const url = await makeLink(page, { passphrase: "slow but sure river" });
  await expect(page.locator("html")).toHaveAttribute("data-crypto", "main-thread");
  const recipient = await newContext();
  await recipient.addInitScript(noWorkers);
  const them = await recipient.newPage();
  await them.goto(url);
  await ready(them);
  await them.getByLabel("Passphrase").fill("slow but sure river");
  await them.getByRole("button", { name: "Unlock" }).click();
  await expect(them.getByRole("heading", { name: "Roadmap" })).toBeVisible();
  await expect(them.locator("html")).toHaveAttribute("data-crypto", "main-thread");
  expect(them.workers()).toEqual([]);
});

test("a plain link opens at once for the recipient", async ({ page, newContext }) => {
  await newDeck(page, true);
  await saved(page);
  const url = await makeLink(page, { without: ["Roadmap"] });
  const them = await (await newContext()).newPage();
  await them.goto(url);
  await ready(them);
  await expect(them.getByRole("heading", { name: "Who I am" })).toBeVisible();
  await expect(them.getByRole("heading", { name: "Roadmap" })).toHaveCount(0);
  await expect(them.getByText("Last updated")).toBeVisible();
});

test("the recipient's device keeps nothing of the deck, in storage or in the offline cache", async ({ newContext, baseURL }) => {
  // Words found nowhere in the app itself, so finding them anywhere means the deck was kept.
  const secret = "Quetzal-Marigold-7731";
  const deck = {
    format: "career-deck", version: 1, id: "private-1", title: `Title ${secret}`, updated_at: "2026-11-20T09:14:03Z",
    owner: `Owner ${secret}`, profile: { headline: `Headline ${secret}`, story: `Story ${secret}` }, asks: [`Ask ${secret}`],
  };
  const them = await (await newContext()).newPage();
  await them.goto(plainLink(new URL(baseURL!).origin, JSON.stringify(deck)));
  await ready(them);
  await expect(them.getByRole("heading", { level: 1, name: `Title ${secret}` })).toBeVisible();
  // The service worker caches the app's own files for offline use — never the deck.
  await offlineReady(them);
  const cached = await cachedText(them);
  expect(cached.length).toBeGreaterThan(1000);
  expect(cached).not.toContain(secret);
  expect(await storedState(them)).toEqual({ databases: [], localStorage: [] });
});

test("a truncated link and a wrong passphrase each say what is wrong and store nothing", async ({ page, newContext }) => {
  await newDeck(page, true);
  await saved(page);
  const plain = await makeLink(page, {});
  const them = await (await newContext()).newPage();

  await them.goto(plain.slice(0, plain.length - 40));
  await ready(them);
  await expect(them.getByRole("alert")).toContainText("damaged or incomplete");
  await expect(them.getByRole("heading", { name: "Who I am" })).toHaveCount(0);

  await page.getByLabel("Passphrase (optional)").fill("correct horse battery staple");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel("Share link", { exact: true })).toHaveValue(/#d1\./);
  const locked = await page.getByLabel("Share link", { exact: true }).inputValue();
  await them.goto("about:blank");
  await them.goto(locked);
  await ready(them);
  await them.getByLabel("Passphrase").fill("wrong guess");
  await them.getByRole("button", { name: "Unlock" }).click();
  await expect(them.getByRole("alert")).toContainText("didn't unlock");
  await expect(them.getByRole("heading", { name: "Who I am" })).toHaveCount(0);

  await them.goto(new URL(plain).origin + "/#d2.AAAA");
  await ready(them);
  await expect(them.getByRole("alert")).toContainText("newer version");

  expect(await storedState(them)).toEqual({ databases: [], localStorage: [] });
});

test("Copy link puts the link on the clipboard and says so", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await newDeck(page, true);
  await saved(page);
  const url = await makeLink(page, { without: ["Growth"] });
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});
