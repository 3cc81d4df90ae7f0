import { test, expect, open, ready, newDeck, saved } from "./fixtures";
import type { Page } from "@playwright/test";

// How the browser keeps the decks, worded per engine (model::keeping). The browser's own answer
// is fixed here: a fresh headless profile may or may not be granted persistence.
async function persisted(page: Page, granted: boolean) {
  await page.addInitScript((granted) => {
    const storage = navigator.storage;
    storage.persisted = async () => granted;
    storage.persist = async () => granted;
  }, granted);
}

const note = (page: Page) => page.getByRole("note", { name: "Keeping your decks" });
const advice = (page: Page) => page.locator(".storage-state");

test("Chromium gets its own storage advice, and the notes after the first edit and before a share", async ({ page }) => {
  await persisted(page, false);
  await open(page, "./?view=settings");
  await expect(advice(page)).toHaveAttribute("data-engine", "chromium");
  await expect(advice(page)).toContainText("decides by itself, without asking you");
  await expect(advice(page)).toContainText("install button in the address bar");
  await expect(advice(page)).not.toContainText(/Safari|Home Screen|Firefox/);
  await expect(page.getByRole("button", { name: "Ask the browser to keep my decks" })).toBeVisible();

  // Nothing is said before an edit; after the first one is saved, a quiet note.
  await newDeck(page, true);
  await expect(note(page)).toHaveCount(0);
  await page.getByLabel("Headline").fill("Support lead on the way to product management");
  await saved(page);
  await expect(note(page)).toContainText("Your work is saved in this browser only.");
  await expect(note(page)).toContainText("install Career Deck");
  await expect(note(page)).not.toContainText(/Safari|Firefox/);
  await note(page).getByRole("button", { name: "Got it" }).click();
  await expect(note(page)).toHaveCount(0);
  await page.reload();
  await ready(page);
  await page.getByLabel("Headline").fill("Support lead, soon a product manager");
  await saved(page);
  await expect(note(page), "dismissed for good").toHaveCount(0);

  // Before a share: its own note, dismissed apart from the editor's.
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await expect(note(page)).toContainText("A link gives the other person a copy");
  await expect(note(page).getByRole("link", { name: "Open Settings" })).toBeVisible();
});

test("no note once the browser keeps the decks", async ({ page }) => {
  await persisted(page, true);
  await open(page, "./?view=settings");
  await expect(advice(page)).toHaveAttribute("data-state", "persistent");
  await expect(page.getByRole("button", { name: /keep my decks/ })).toHaveCount(0);
  await newDeck(page, true);
  await page.getByLabel("Headline").fill("Support lead on the way to product management");
  await saved(page);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await expect(page.getByRole("button", { name: "Create link" })).toBeVisible();
  await expect(note(page)).toHaveCount(0);
});

test.describe("as Safari on an iPhone", () => {
  test.use({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/19.1 Mobile/15E148 Safari/604.1",
  });

  test("the seven-day rule and Add to Home Screen, never Chromium's install button", async ({ page }) => {
    // Even with persistence granted, Safari deletes after seven days unless installed.
    await persisted(page, true);
    await open(page, "./?view=settings");
    await expect(advice(page)).toHaveAttribute("data-engine", "webkit");
    await expect(advice(page)).toHaveAttribute("data-state", "seven-day");
    await expect(advice(page)).toContainText("after seven days without a visit");
    await expect(advice(page)).toContainText("Add to Home Screen");
    await expect(advice(page)).not.toContainText(/install button|address bar|without asking|Firefox/);
    await expect(page.getByRole("button", { name: /keep my decks/ })).toHaveCount(0);

    await newDeck(page, true);
    await page.getByLabel("Headline").fill("Support lead on the way to product management");
    await saved(page);
    await expect(note(page)).toContainText("Safari deletes it after seven days");
    await expect(note(page)).not.toContainText(/install Career Deck|address bar/);
  });
});
