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

test("two tabs editing different fields of one deck both keep their edits", async ({ page, context }) => {
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Shared between tabs");
  await saved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await ready(other);
  await expect(other.getByLabel("Deck title")).toHaveValue("Shared between tabs");

  // Both tabs change the deck before either has saved, in different fields.
  await other.getByLabel("Headline").fill("Written in the second tab");
  await page.getByLabel("My story").fill("Written in the first tab");
  await saved(other);
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Headline")).toHaveValue("Written in the second tab");
  await expect(page.getByLabel("My story")).toHaveValue("Written in the first tab");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("the same field changed in two tabs: the person chooses, and the other version is kept", async ({ page, context }) => {
  await newDeck(page);
  await saved(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await ready(other);
  // Both change the same field before either has saved; the second save finds the first.
  await other.getByLabel("Headline").fill("Theirs");
  await page.getByLabel("Headline").fill("Mine");
  const clash = page.getByRole("group", { name: "Who I am, Headline" });
  await expect(clash).toBeVisible();
  await expect(clash.getByRole("radio", { name: /This tab: “?Mine/ })).toBeVisible();
  await expect(clash.getByRole("radio", { name: /The other tab: “?Theirs/ })).toBeChecked();
  await clash.getByRole("radio", { name: /This tab/ }).check();
  await page.getByRole("button", { name: "Keep these and save" }).click();
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Headline")).toHaveValue("Mine");
  // The version not chosen is recoverable from the deck's history.
  const kept = await page.evaluate(async () => {
    const open = indexedDB.open("career-deck");
    const db: IDBDatabase = await new Promise((ok, err) => {
      open.onsuccess = () => ok(open.result);
      open.onerror = () => err(open.error);
    });
    const rows: { deck: { profile?: { headline?: string } } }[] = await new Promise((ok) => {
      const r = db.transaction("snapshots").objectStore("snapshots").getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return rows.map((s) => s.deck.profile?.headline);
  });
  expect(kept).toContain("Theirs");
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
