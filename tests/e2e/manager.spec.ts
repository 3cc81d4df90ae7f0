import { test, expect, open, ready, newDeck, saved, tabTo } from "./fixtures";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** The owner makes a plain link of their whole deck; answers it. */
async function linkOf(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = page.getByLabel("Share link", { exact: true });
  await expect(link).toHaveValue(/#d1\./);
  return link.inputValue();
}

async function backupOf(page: Page) {
  await page.goto("./?view=settings");
  await ready(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  const file = await download.path();
  return { file, text: readFileSync(file, "utf8") };
}

test("a manager keeps a deck, prepares by keyboard, and everything is there after a reload; an update lists what changed", async ({ page, newContext }) => {
  // The owner.
  await newDeck(page, true);
  await saved(page);
  const first = await linkOf(page);

  // The manager, in their own browser.
  const manager = await (await newContext()).newPage();
  await manager.goto(first);
  await ready(manager);
  await expect(manager.getByText(/Last updated/)).toBeVisible();
  await tabTo(manager, "Keep a copy");
  await manager.keyboard.press("Enter");
  await expect(manager.getByText("Kept in Shared with me.")).toBeVisible();
  await expect(manager.getByRole("link", { name: "Prepare the conversation" })).toBeFocused();
  await manager.keyboard.press("Enter");
  await ready(manager);
  await expect(manager.getByRole("heading", { name: "Prepare the conversation with Noor Haddad" })).toBeVisible();

  // A private note beside an item, and an ask turned into a commitment — all by keyboard.
  await tabTo(manager, "Your notes (private)");
  await manager.keyboard.type("Ask about the APM opening timing");
  // The agenda puts open commitments first once there are any, so the note is found by its item.
  const noteId = await manager.evaluate(() => document.activeElement?.id ?? "");
  expect(noteId).toMatch(/^note-/);
  await tabTo(manager, "Make it a commitment");
  await manager.keyboard.press("Enter");
  await expect(manager.getByLabel("What you will do")).toBeFocused();
  await manager.keyboard.press("Control+A");
  await manager.keyboard.type("Introduce Noor to the checkout PM");
  await tabTo(manager, "By when");
  await manager.keyboard.type("15 Jan 2027");
  await manager.keyboard.press("Enter");
  const commitments = manager.getByRole("region", { name: "Your commitments to them" });
  await expect(manager.getByText("Introduce Noor to the checkout PM — by 15 Jan 2027").first()).toBeVisible();
  await expect(manager.getByText("All notes saved")).toBeVisible();
  await manager.reload();
  await ready(manager);
  await expect(manager.locator(`[id="${noteId}"]`)).toHaveValue("Ask about the APM opening timing");
  await expect(manager.locator(`[id="${noteId}"]`)).toHaveAccessibleName("Your notes (private)");
  await expect(manager.getByText("Introduce Noor to the checkout PM — by 15 Jan 2027").first()).toBeVisible();
  void commitments;

  // The next conversation's agenda starts with the open commitment.
  await expect(manager.locator(".agenda-item").first()).toContainText("Introduce Noor to the checkout PM");
  // My commitments lists it.
  await manager.goto("./?view=commitments");
  await ready(manager);
  await expect(manager.getByText(/Noor Haddad.*Introduce Noor to the checkout PM/)).toBeVisible();

  // The owner moves on and sends a new link of the same deck.
  await page.goto("./");
  await ready(page);
  await page.getByRole("button", { name: "Open" }).click();
  await ready(page);
  await page.getByLabel("Competency", { exact: true }).first().fill("Product discovery");
  await page.getByRole("group", { name: "Current level" }).first().getByRole("radio", { name: /^3/ }).check();
  await page.getByRole("button", { name: "Add ask" }).click();
  await page.keyboard.type("A seat at the roadmap review");
  await saved(page);
  const second = await linkOf(page);
  await manager.goto(second);
  await ready(manager);
  await expect(manager.getByText(/You have a copy from/)).toBeVisible();
  await expect(manager.getByText("current level 2 → 3")).toBeVisible();
  await expect(manager.getByText(/new ask “A seat at the roadmap review”/)).toBeVisible();
  await manager.getByRole("button", { name: "Update my copy" }).click();
  await expect(manager.getByText("Kept in Shared with me.")).toBeVisible();
  // The older version is kept, and the story's movement can be read.
  await manager.goto("./?view=shared");
  await ready(manager);
  await manager.getByRole("link", { name: "History" }).click();
  await ready(manager);
  await expect(manager.getByRole("region", { name: "How the story moved" }).getByText("current level 2 → 3")).toBeVisible();

  // The manager's notes never reach the owner: not in the owner's links, not in their backups.
  const ownerBackup = await backupOf(page);
  expect(ownerBackup.text).not.toContain("APM opening timing");
  expect(ownerBackup.text).not.toContain("checkout PM");
});

test("the manager's backup restores copies, versions, notes and commitments exactly", async ({ page, newContext }) => {
  await newDeck(page, true);
  await saved(page);
  const link = await linkOf(page);
  const manager = await (await newContext()).newPage();
  await manager.goto(link);
  await ready(manager);
  await manager.getByRole("button", { name: "Keep a copy" }).click();
  await manager.getByRole("link", { name: "Prepare the conversation" }).click();
  await ready(manager);
  await manager.getByLabel("Your notes (private)").first().fill("A note that must survive a new laptop");
  await manager.getByRole("button", { name: "Make it a commitment" }).first().click();
  await manager.getByLabel("By when").fill("2027-02-01");
  await manager.getByRole("button", { name: "Add commitment" }).click();
  await manager.getByLabel("What you talked about, in a few words").fill("First career conversation");
  await manager.getByRole("button", { name: "Log this conversation" }).click();
  await expect(manager.getByText("All notes saved")).toBeVisible();

  const { file, text } = await backupOf(manager);
  expect(text).toContain("A note that must survive a new laptop");
  const before = JSON.parse(text).sections.manager;

  // A new laptop: nothing stored.
  await manager.evaluate(async () => {
    localStorage.clear();
    for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
  });
  await manager.goto("./?view=settings");
  await ready(manager);
  await manager.locator("#restore-file").setInputFiles(file);
  await manager.getByRole("region", { name: "What restoring will do" }).getByRole("button", { name: /Restore|Done/ }).click();
  await expect(manager.getByRole("region", { name: "What restoring will do" })).toHaveCount(0);
  const again = await backupOf(manager);
  expect(JSON.parse(again.text).sections.manager).toEqual(before);
  await manager.goto("./?view=shared");
  await ready(manager);
  await expect(manager.getByText("last conversation")).toBeVisible();
});

test("the prep sheet prints on one page for the example deck", async ({ page, newContext }) => {
  await newDeck(page, true);
  await saved(page);
  const link = await linkOf(page);
  const manager = await (await newContext()).newPage();
  await manager.goto(link);
  await ready(manager);
  await manager.getByRole("button", { name: "Keep a copy" }).click();
  await manager.getByRole("link", { name: "Prepare the conversation" }).click();
  await ready(manager);
  await manager.emulateMedia({ media: "print" });
  const pdf = await manager.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test("the owner can rehearse what their manager may ask", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await page.getByRole("link", { name: "Rehearse" }).click();
  await ready(page);
  await expect(page.getByRole("heading", { name: "Rehearse the conversation" })).toBeVisible();
  await expect(page.getByText(/Your manager may ask/).first()).toBeVisible();
  await open(page);
});
