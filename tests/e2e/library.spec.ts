import { test, expect, open, ready, newDeck, saved } from "./fixtures";

test("a new deck keeps what was typed across a reload", async ({ page }) => {
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Where I'm going in 2027");
  await page.getByLabel("Headline").fill("Designer turning into a design lead");
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Deck title")).toHaveValue("Where I'm going in 2027");
  await expect(page.getByLabel("Headline")).toHaveValue("Designer turning into a design lead");
  await open(page);
  await expect(page.getByRole("listitem").filter({ hasText: "Where I'm going in 2027" })).toBeVisible();
});

test("a deleted deck comes back with Undo", async ({ page }) => {
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Deck to delete");
  await saved(page);
  await open(page);
  const row = page.getByRole("listitem").filter({ hasText: "Deck to delete" });
  await row.getByRole("button", { name: "Delete" }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Deck to delete" })).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole("listitem").filter({ hasText: "Deck to delete" })).toBeVisible();
});

test("rename and duplicate from the library", async ({ page }) => {
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Original");
  await saved(page);
  await open(page);
  const row = page.getByRole("listitem").filter({ hasText: "Original" });
  await row.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("Deck title").fill("Renamed deck");
  await page.getByLabel("Deck title").press("Enter");
  await expect(page.getByRole("heading", { name: "Renamed deck" })).toBeVisible();
  await page.getByRole("listitem").filter({ hasText: "Renamed deck" }).getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { name: "Renamed deck (copy)" })).toBeVisible();
  await page.getByRole("listitem").filter({ hasText: "Renamed deck (copy)" }).getByRole("button", { name: "Open" }).click();
  await expect(page.getByLabel("Deck title")).toHaveValue("Renamed deck (copy)");
});

test("two tabs editing one deck get a choice instead of a lost edit", async ({ page, context }) => {
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Shared between tabs");
  await saved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await ready(other);
  await expect(other.getByLabel("Deck title")).toHaveValue("Shared between tabs");

  // Both tabs change the deck before either has saved.
  await other.getByLabel("Headline").fill("Written in the second tab");
  await page.getByLabel("Headline").fill("Written in the first tab");

  // The tab that saves second is told, and keeps its text on screen.
  await expect(page.getByRole("alert")).toContainText("changed in another tab");
  await expect(page.getByLabel("Headline")).toHaveValue("Written in the first tab");
  await expect(page.getByRole("button", { name: "Reload theirs" })).toBeVisible();
  await page.getByRole("button", { name: "Keep mine" }).click();
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Headline")).toHaveValue("Written in the first tab");
});

test("a conflict can also be settled by taking the other tab's version, and undone", async ({ page, context }) => {
  await newDeck(page);
  await saved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await ready(other);
  await other.getByLabel("Headline").fill("Theirs");
  await page.getByLabel("Headline").fill("Mine");
  await expect(page.getByRole("alert")).toContainText("changed in another tab");
  await page.getByRole("button", { name: "Reload theirs" }).click();
  await expect(page.getByLabel("Headline")).toHaveValue("Theirs");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByLabel("Headline")).toHaveValue("Mine");
});

test("leaving the editor right after typing saves the text", async ({ page }) => {
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Typed just before leaving");
  // No wait for the autosave: go straight back to the library.
  await page.getByRole("navigation").getByRole("link", { name: "Your decks" }).click();
  await expect(page.getByRole("heading", { name: "Typed just before leaving" })).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole("heading", { name: "Typed just before leaving" })).toBeVisible();
});
