import { test, expect, open, ready, newDeck, saved } from "./fixtures";

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
