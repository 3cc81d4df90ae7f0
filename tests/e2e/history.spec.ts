import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, ready, open, newDeck, saved } from "./fixtures";

/** Makes a plain link from the editor and waits until it is in the deck's history. */
async function share(page: Page) {
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel("Share link", { exact: true })).toHaveValue(/#d1\./);
  await expect(page.getByRole("list").filter({ hasText: "no passphrase" })).toBeVisible();
}

async function toHistory(page: Page) {
  await page.getByRole("link", { name: "History", exact: true }).click();
  await ready(page);
  await expect(page.getByRole("heading", { name: /^History of/ })).toBeVisible();
}

/** The headline as stored, read in another tab of the same browser. */
async function storedHeadline(page: Page, editorUrl: string) {
  const other = await page.context().newPage();
  await other.goto(editorUrl);
  await ready(other);
  const headline = await other.getByLabel("Headline").inputValue();
  await other.close();
  return headline;
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

test("after a share, the editor and the share screen list what changed since, per section", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  // Never shared: no panel.
  await expect(page.getByRole("button", { name: "What changed since you last shared" })).toHaveCount(0);
  await share(page);
  await expect(page.getByRole("region", { name: "Share the update" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);

  await page.getByLabel("Headline").fill("Product manager in the making");
  await page.getByRole("button", { name: "Add ask" }).click();
  await page.keyboard.type("A seat in the roadmap review");
  await saved(page);

  const toggle = page.getByRole("button", { name: "What changed since you last shared" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator("#since-shared-changes");
  await expect(panel.getByRole("heading", { name: "Who I am" })).toBeVisible();
  await expect(panel).toContainText("Headline now “Product manager in the making”");
  await expect(panel.getByRole("heading", { name: "Asks" })).toBeVisible();
  await expect(panel).toContainText("New ask “A seat in the roadmap review”");
  await expect(panel.getByRole("heading", { name: "Roadmap" })).toHaveCount(0);
  // Open, it follows the typing.
  await page.getByLabel("Headline").fill("Support team lead who turns customer pain into product changes");
  await expect(panel).not.toContainText("Headline now");
  await page.getByLabel("Headline").fill("Product manager in the making");
  await saved(page);

  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  const update = page.getByRole("region", { name: "Share the update" });
  await expect(update).toContainText("You last made a link on");
  await expect(update.getByRole("heading", { name: "Who I am" })).toBeVisible();
  await expect(update).toContainText("Headline now “Product manager in the making”");
  await expect(update.getByRole("heading", { name: "Asks" })).toBeVisible();
  await expect(update).toContainText("New ask “A seat in the roadmap review”");

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await update.getByRole("button", { name: "Copy the list of changes" }).click();
  await expect(page.getByText("Copied the list of changes.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("since I shared it on");
  expect(copied).toContain("Asks\n- New ask “A seat in the roadmap review”");

  // The history screen says the same.
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await toHistory(page);
  const since = page.getByRole("region", { name: "Since you last shared" });
  await expect(since).toContainText("New ask “A seat in the roadmap review”");
});

test("a snapshot is viewed, restored after a change, and the restore undone", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  const editorUrl = page.url();
  await toHistory(page);
  await expect(page.getByText("No snapshots yet.")).toBeVisible();
  await page.getByLabel("Name for a new snapshot").fill("Before the rewrite");
  await page.getByRole("button", { name: "Save a snapshot" }).click();
  const list = page.getByRole("list", { name: "Snapshots" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText("Saved by you");

  const viewButton = page.getByRole("button", { name: "View “Before the rewrite”" });
  await viewButton.click();
  const view = page.getByRole("region", { name: "“Before the rewrite”, read-only" });
  await expect(view.getByText("Support team lead who turns customer pain into product changes")).toBeVisible();
  await expect(page.getByRole("button", { name: "Hide “Before the rewrite”" })).toHaveAttribute("aria-expanded", "true");

  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await page.getByLabel("Headline").fill("A rewritten headline");
  await saved(page);
  await toHistory(page);
  await expect(page.locator(".compare-result")).toContainText("Headline now “A rewritten headline”");

  await page.getByRole("button", { name: "Restore “Before the rewrite”" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored “Before the rewrite”" })).toBeVisible();
  const undo = page.getByRole("button", { name: "Undo the restore" });
  await expect(undo).toBeFocused();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list).toContainText("Before restoring “Before the rewrite”");
  expect(await storedHeadline(page, editorUrl)).toBe("Support team lead who turns customer pain into product changes");

  await undo.click();
  await expect(page.getByText("Undone: your deck is back as it was")).toBeFocused();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  expect(await storedHeadline(page, editorUrl)).toBe("A rewritten headline");

  // Delete, with an Undo in the notice.
  await page.getByRole("button", { name: "Delete “Before the rewrite”" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(0);
  await expect(page.getByLabel("Name for a new snapshot")).toBeFocused();
  await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);
});

test("the deck downloads as a Markdown file holding every section, and copies as Markdown", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await toHistory(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as Markdown" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("where-i-m-heading-in-2027.md");
  const text = readFileSync(await download.path(), "utf8");
  expect(text).toMatch(/^# Where I.m heading in 2027$/m);
  for (const section of ["Who I am", "Roadmap", "Growth", "Asks", "Supporters"]) {
    expect(text).toMatch(new RegExp(`^## ${section}$`, "m"));
  }
  expect(text).toContain("Pair me with a product manager for a quarter");
  expect(text).toContain("Imani Cole");

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy as Markdown" }).click();
  await expect(page.getByText("Copied as Markdown.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test("pruning keeps the newest five and the last shared, with an Undo", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await share(page);
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await toHistory(page);
  const list = page.getByRole("list", { name: "Snapshots" });
  for (let n = 1; n <= 6; n++) {
    await page.getByLabel("Name for a new snapshot").fill(`Version ${n}`);
    await page.getByRole("button", { name: "Save a snapshot" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(n + 1);
  }
  await expect(page.locator("#space-summary")).toContainText("7 snapshots of this deck take about");
  await page.getByRole("button", { name: "Keep only the newest five" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(6);
  await expect(list).toContainText("When you made a link");
  await expect(list).not.toContainText("Version 1");
  await expect(page.locator("#space-summary")).toBeFocused();
  await page.locator(".toast").getByRole("button", { name: "Undo" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(7);
});

test("the backup reminder appears on an old backup and goes away when put off or after a backup", async ({ page }) => {
  await newDeck(page, true);
  await saved(page);
  await open(page);
  const reminder = page.getByRole("region", { name: "Backup reminder" });
  await expect(reminder).toHaveCount(0);

  await page.evaluate((d) => localStorage.setItem("career-deck.last-backup", JSON.stringify(d)), daysAgo(40));
  await page.reload();
  await ready(page);
  await expect(reminder).toContainText("1 deck has changed since your last backup on");
  await reminder.getByRole("button", { name: "Not now" }).click();
  await expect(reminder).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New deck" })).toBeFocused();
  await page.reload();
  await ready(page);
  await expect(reminder).toHaveCount(0);

  // A month after "Not now", it is back; a backup downloaded in Settings puts it away.
  await page.evaluate((d) => localStorage.setItem("career-deck.backup-reminder-dismissed", JSON.stringify(d)), daysAgo(31));
  await page.reload();
  await ready(page);
  await expect(reminder).toBeVisible();
  await reminder.getByRole("link", { name: "Back up now" }).click();
  await ready(page);
  await expect(page.getByText(/^Last backup downloaded here on /)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^career-deck-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(await download.path(), "utf8")).decks).toHaveLength(1);
  const today = new Date().toLocaleDateString("default", { dateStyle: "medium" });
  await expect(page.getByText(`Last backup downloaded here on ${today}.`)).toBeVisible();
  await page.getByRole("link", { name: "Your decks" }).click();
  await ready(page);
  await expect(page.getByRole("heading", { name: "Where I'm heading in 2027" })).toBeVisible();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(reminder).toHaveCount(0);
});

test("nothing scrolls sideways at 360 px: history, the editor's panel, the share update, the reminder", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // Measured on this feature's own parts (the app's header is not theirs to fix).
  const fits = async (selector: string) => {
    const right = await page.evaluate(
      (sel) =>
        Math.max(
          ...[...document.querySelectorAll(`${sel}, ${sel} *`)].map((e) => e.getBoundingClientRect().right),
        ),
      selector,
    );
    expect(right, selector).toBeLessThanOrEqual(360);
  };
  await newDeck(page, true);
  await saved(page);
  await share(page);
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await page.getByRole("button", { name: "Add ask" }).click();
  await page.keyboard.type("A much longer ask that goes on and on to see that it wraps inside the panel");
  await saved(page);
  await page.getByRole("button", { name: "What changed since you last shared" }).click();
  await expect(page.locator("#since-shared-changes")).toContainText("New ask");
  await fits(".since-shared-panel");
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await expect(page.getByRole("region", { name: "Share the update" })).toBeVisible();
  await fits(".share-update");
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await toHistory(page);
  await page.getByRole("button", { name: /^View / }).first().click();
  await expect(page.getByRole("region", { name: /read-only$/ })).toBeVisible();
  await fits(".history-page");
  await page.evaluate((d) => localStorage.setItem("career-deck.last-backup", JSON.stringify(d)), daysAgo(40));
  await open(page);
  await expect(page.getByRole("region", { name: "Backup reminder" })).toBeVisible();
  await fits(".backup-reminder");
});
