import { test, expect, open, ready, newDeck, saved, plainLink } from "./fixtures";

test("when the browser refuses storage, the app says so and still works in memory", async ({ page }) => {
  // As in a browser where IndexedDB is switched off: the API is simply not there.
  await page.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { value: undefined, configurable: true });
  });
  await open(page);
  await expect(page.getByRole("alert")).toContainText("won't let Career Deck store anything");
  await page.getByRole("button", { name: "New deck" }).click();
  await page.getByLabel("Deck title").fill("Only in memory");
  await saved(page);
  await page.getByRole("navigation").getByRole("link", { name: "Your decks" }).click();
  await expect(page.getByRole("heading", { name: "Only in memory" })).toBeVisible();
});

test("a full disk stops saving with a clear message and the text stays on screen", async ({ page }) => {
  // Chromium's test profiles keep IndexedDB in memory and do not enforce a quota, so the
  // failure is injected at the browser API: IndexedDB writes fail with the DOMException a full
  // disk raises. Everything above it (rexie, the store, the editor) runs as usual.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return put.apply(this, args);
    };
  });
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Before the disk filled up");
  await saved(page);
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  const story = "A long story that no longer fits. ".repeat(200);
  await page.getByLabel("My story").fill(story);
  await expect(page.getByRole("alert")).toContainText("storage for this site is full");
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  await expect(page.getByLabel("My story")).toHaveValue(story);

  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await page.getByRole("button", { name: "Try saving again" }).click();
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("My story")).toHaveValue(story);
});

test("a full disk reported the way browsers report it — the write aborts at commit — is not taken for a save", async ({ page }) => {
  // Browsers accept every write and only then abort the transaction with QuotaExceededError.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore["put"]>) {
      const request = put.apply(this, args);
      if ((window as unknown as { __diskFull?: boolean }).__diskFull) {
        const tx = this.transaction;
        request.addEventListener("success", () => setTimeout(() => tx.abort(), 0));
      }
      return request;
    };
  });
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Kept before the disk filled");
  await saved(page);
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true));
  await page.getByLabel("My story").fill("Written when the disk was full");
  await expect(page.getByRole("alert")).toContainText("stopped the last save before it finished");
  await expect(page.getByText("Not saved", { exact: true })).toBeVisible();
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = false));
  await page.getByRole("button", { name: "Try saving again" }).click();
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("My story")).toHaveValue("Written when the disk was full");
});

test("with site storage blocked entirely, the app starts, says nothing will be kept, and lets the person work and export", async ({ page }) => {
  await page.addInitScript(() => {
    const blocked = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    Object.defineProperty(window, "localStorage", { get: blocked, configurable: true });
    Object.defineProperty(window, "indexedDB", { get: blocked, configurable: true });
  });
  await open(page);
  await expect(page.getByRole("alert").first()).toContainText(/won't let Career Deck store anything|blocks site storage/);
  await page.getByRole("button", { name: "New deck" }).click();
  await page.getByLabel("Deck title").fill("Only for this tab");
  await saved(page);
  await page.goto("./?view=settings");
  await ready(page);
  await expect(page.getByText("Not kept:")).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/career-deck-backup/);
});

test("text typed just before the tab closes is there on the next visit", async ({ page, context }) => {
  await newDeck(page);
  await saved(page);
  const editor = page.url();
  await page.getByLabel("My story").fill("Typed a moment before closing");
  await page.waitForTimeout(100);
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto(editor);
  await ready(next);
  await expect(next.getByLabel("My story")).toHaveValue("Typed a moment before closing");
});

test("a link whose items share an id is refused with the field named", async ({ page, baseURL }) => {
  const deck = {
    format: "career-deck", version: 1, id: "dupe", title: "Two of one", updated_at: "2026-11-20T09:14:03Z",
    roadmap: [
      { id: "r1", title: "First", horizon: "past" },
      { id: "r1", title: "Second", horizon: "now" },
    ],
  };
  await page.goto(plainLink(new URL(baseURL!).origin, JSON.stringify(deck)));
  await ready(page);
  await expect(page.getByRole("alert")).toContainText("Roadmap, item 2");
  await expect(page.getByRole("alert")).toContainText("same id as another item");
  await expect(page.getByRole("button", { name: "Keep a copy" })).toHaveCount(0);
});
