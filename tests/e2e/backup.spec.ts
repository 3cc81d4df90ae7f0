import { test, expect, open, ready, newDeck, saved } from "./fixtures";
import { readFileSync } from "node:fs";

test("a backup downloads every deck and restores them beside the originals", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await page.goto("./?view=settings");
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^career-decks-\d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  const decks = JSON.parse(readFileSync(file, "utf8"));
  expect(decks).toHaveLength(1);
  expect(decks[0].format).toBe("career-deck");

  await page.getByLabel("Restore from a backup…").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "Restored 1 deck." })).toBeVisible();
  await open(page);
  await expect(page.getByRole("heading", { name: /Noor Haddad/ })).toHaveCount(2);
});

test("a bad backup file is refused in words and changes nothing", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await page.goto("./?view=settings");
  await ready(page);
  const good = { format: "career-deck", version: 1, id: "b1", title: "Fine", updated_at: "2026-01-01T00:00:00Z" };
  const bad = { ...good, id: "b2", title: "Broken", roadmap: [{ id: "r1", horizon: "someday" }] };
  await page.getByLabel("Restore from a backup…").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify([good, bad])),
  });
  await expect(page.getByRole("alert")).toContainText("Deck 2 in this backup can't be restored");
  await expect(page.getByRole("alert")).toContainText("roadmap[0].horizon");
  await page.getByLabel("Restore from a backup…").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("just some notes"),
  });
  await expect(page.getByRole("alert")).toContainText("isn't a Career Deck backup");
  await open(page);
  await expect(page.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Fine" })).toHaveCount(0);
});
