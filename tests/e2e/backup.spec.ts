import { test, expect, open, ready, newDeck, saved, tabTo } from "./fixtures";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** Downloads a backup from Settings; answers the file's path and its parsed JSON. */
async function downloadBackup(page: Page) {
  await page.goto("./?view=settings");
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^career-deck-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  return { file, json: JSON.parse(readFileSync(file, "utf8")) };
}

/** Clears everything this origin stores, as "clear site data" does. */
async function clearSiteData(page: Page) {
  await page.evaluate(async () => {
    localStorage.clear();
    for (const db of await indexedDB.databases()) {
      if (db.name) indexedDB.deleteDatabase(db.name);
    }
  });
}

test("a backup the app wrote restores after clearing site data, half-typed date and all", async ({ page }) => {
  await newDeck(page, true);
  // A draft that breaks a content rule: a month that does not exist yet, kept as typed.
  await page.getByLabel("From").first().fill("2024-13");
  await expect(page.getByText("has no month 13")).toBeVisible();
  await saved(page);
  const { file, json } = await downloadBackup(page);
  expect(json.format).toBe("career-deck-backup");
  expect(json.decks).toHaveLength(1);

  await clearSiteData(page);
  await page.goto("./?view=settings");
  await ready(page);
  await page.locator("#restore-file").setInputFiles(file);
  const plan = page.getByRole("region", { name: "What restoring will do" });
  await expect(plan).toContainText("Not in this browser yet.");
  await plan.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored 1 deck." })).toBeVisible();
  await open(page);
  await page.getByRole("button", { name: "Open" }).click();
  await ready(page);
  await expect(page.getByLabel("From").first()).toHaveValue("2024-13");
});

test("restoring the same backup twice changes nothing the second time", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  const { file } = await downloadBackup(page);
  await page.locator("#restore-file").setInputFiles(file);
  const plan = page.getByRole("region", { name: "What restoring will do" });
  await expect(plan).toContainText("1 deck already here, unchanged");
  await expect(plan).toContainText("Already here, unchanged.");
  await plan.getByRole("button", { name: "Done" }).click();
  await open(page);
  await expect(page.getByRole("listitem")).toHaveCount(1);
});

test("restoring over a newer deck here asks, and keeps mine unless told otherwise", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  const { file } = await downloadBackup(page);
  // The deck here moves on after the backup was made.
  await open(page);
  await page.getByRole("button", { name: "Open" }).click();
  await ready(page);
  await page.getByLabel("Headline").fill("Written after the backup");
  await saved(page);
  await page.goto("./?view=settings");
  await ready(page);
  await page.locator("#restore-file").setInputFiles(file);
  const plan = page.getByRole("region", { name: "What restoring will do" });
  await expect(plan).toContainText("The one here is newer than the backup's copy.");
  await expect(plan.getByRole("radio", { name: "Keep mine" })).toBeChecked();
  await expect(plan.getByRole("radio", { name: "Replace mine" })).toHaveCount(0);
  await plan.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "left as it was" })).toBeVisible();
  await open(page);
  await page.getByRole("button", { name: "Open" }).click();
  await ready(page);
  await expect(page.getByLabel("Headline")).toHaveValue("Written after the backup");
});

test("a damaged entry is skipped and named; the rest of the file restores", async ({ page }) => {
  await open(page, "./?view=settings");
  const good = { format: "career-deck", version: 1, id: "b1", title: "Fine", updated_at: "2026-01-01T00:00:00Z" };
  const bad = { format: "career-deck", version: 1, id: "b2", title: "Broken", updated_at: "2026-01-01T00:00:00Z", roadmap: [{ id: "r1", horizon: "someday" }] };
  await page.locator("#restore-file").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify([good, bad])),
  });
  await expect(page.getByRole("status").filter({ hasText: "“Broken” was not restored" })).toBeVisible();
  const plan = page.getByRole("region", { name: "What restoring will do" });
  await plan.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored 1 deck." })).toBeVisible();
  await open(page);
  await expect(page.getByRole("heading", { name: "Fine" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Broken" })).toHaveCount(0);
});

test("a file that is not a backup is refused in words and changes nothing", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await page.goto("./?view=settings");
  await ready(page);
  await page.locator("#restore-file").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("just some notes"),
  });
  await expect(page.getByRole("alert")).toContainText("isn't a Career Deck backup");
  await expect(page.getByRole("alert")).toContainText("Nothing was restored");
  await open(page);
  await expect(page.getByRole("listitem")).toHaveCount(1);
});

test("the restore control is reached and opened from the keyboard", async ({ page }) => {
  await open(page, "./?view=settings");
  await tabTo(page, "Restore from a backup…");
  const label = page.getByRole("button", { name: "Restore from a backup…" });
  await expect(label).toBeFocused();
  // Enter opens the file picker: the hidden file input is clicked, as a mouse click on it would.
  await page.evaluate(() => {
    document.getElementById("restore-file")!.addEventListener("click", (e) => {
      (window as unknown as { __picked?: boolean }).__picked = true;
      e.preventDefault(); // no native dialog to dismiss in a headless run
    });
  });
  await page.keyboard.press("Enter");
  expect(await page.evaluate(() => (window as unknown as { __picked?: boolean }).__picked)).toBe(true);
  await page.keyboard.press("Space");
  await expect(label).toBeFocused();
});

test("workshop progress comes back with its deck from a backup", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "What matters to you" })).toBeVisible();
  await ready(page);
  await tabTo(page, /^Very important/);
  for (let i = 0; i < 5; i++) await page.keyboard.press("1");
  await expect(page.getByText("Card 6 of 63")).toBeVisible();
  await saved(page);
  const workshop = page.url();
  const { file, json } = await downloadBackup(page);
  expect(json.sections.workshops.version).toBe(1);
  expect(json.sections.workshops.workshops).toHaveLength(1);

  await clearSiteData(page);
  await page.goto("./?view=settings");
  await ready(page);
  await page.locator("#restore-file").setInputFiles(file);
  const plan = page.getByRole("region", { name: "What restoring will do" });
  await expect(plan).toContainText("This backup also holds workshop progress for 1 deck.");
  await plan.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored 1 deck." })).toBeVisible();
  await page.goto(workshop);
  await ready(page);
  await expect(page.getByRole("heading", { level: 2, name: "What matters to you" })).toBeVisible();
  await expect(page.getByText("Card 6 of 63")).toBeVisible();
});
