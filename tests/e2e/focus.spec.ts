import type { Page } from "@playwright/test";
import { test, expect, open, ready, newDeck, saved, decodeLink } from "./fixtures";

// Focus after actions (issue 18): after an action the keyboard user is left on the next
// sensible control, never on the page body. (Keep a copy → "Prepare the conversation" is
// checked in manager.spec.ts; a board's new link in boards.spec.ts.) And an anonymous share
// carries no part of the owner's name.

/** The focused element, as "tag: accessible name", or "body" when focus is lost. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return "body";
    const name =
      el.getAttribute("aria-label") ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? "";
    return `${el.tagName.toLowerCase()}: ${name.trim()}`;
  });
}

test("after New deck, Remove, Undo running out and Delete, focus is on the next sensible control", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "New deck" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);
  await expect.poll(() => focused(page)).toBe("input: Deck title");

  // Remove an item: the next row's field; the last one left: the list's Add button.
  await page.getByLabel("Deck title").fill("Focus test");
  const add = page.getByRole("button", { name: "Add value" });
  await add.click();
  await page.keyboard.type("First");
  await add.click();
  await page.keyboard.type("Second");
  await page.getByLabel("Value 1").focus();
  await page.locator("#section-profile").getByRole("button", { name: "Remove" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Value 1")).toHaveValue("Second");
  expect(await focused(page)).not.toBe("body");
  await page.locator("#section-profile").getByRole("button", { name: "Remove" }).first().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Value 1")).toHaveCount(0);
  await expect.poll(() => focused(page)).toBe("button: Add value");

  // Undo until there is nothing left to undo: focus moves to Redo, not the body.
  const undo = page.getByRole("button", { name: "Undo" });
  await undo.focus();
  for (let i = 0; i < 20 && (await undo.isEnabled()); i++) await page.keyboard.press("Enter");
  await expect(undo).toBeDisabled();
  await expect.poll(() => focused(page)).toBe("button: Redo");
  await page.getByRole("button", { name: "Redo" }).click();
  await page.getByLabel("Deck title").fill("Focus test");
  await saved(page);

  // Delete a deck in the library: focus stays in the list of decks.
  await newDeck(page);
  await page.getByLabel("Deck title").fill("Second deck");
  await saved(page);
  await open(page);
  const row = page.getByRole("listitem").filter({ hasText: "Second deck" });
  await row.getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await expect(row).toHaveCount(0);
  await expect.poll(() => focused(page)).not.toBe("body");
  const after = await focused(page);
  expect(after, "a control of the library").toMatch(/^(button|a|input): /);
  // Deleting the only deck left: still a control, not the body.
  await page.getByRole("listitem").filter({ hasText: "Focus test" }).getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "Focus test" })).toHaveCount(0);
  await expect.poll(() => focused(page)).not.toBe("body");
  expect(await focused(page)).toMatch(/^(button|a|input): /);
});

test("Create link brings the new link into view and focuses it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await newDeck(page, true);
  await saved(page);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await page.getByRole("button", { name: "Create link" }).focus();
  await page.keyboard.press("Enter");
  const link = page.getByLabel("Share link", { exact: true });
  await expect(link).toHaveValue(/#d1\./);
  await expect(link).toBeFocused();
  await expect(link).toBeInViewport();
});

test("a share without “My name” carries no part of the name, not even in the title", async ({ page, newContext }) => {
  await newDeck(page, true);
  // The name put where people put it: in the title.
  await page.getByLabel("Deck title").fill("Noor Haddad — where I'm heading in 2027");
  await saved(page);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await page.getByRole("checkbox", { name: "My name" }).uncheck();
  const title = page.getByLabel("Title the link carries");
  await expect(title).toBeVisible();
  await expect(title).not.toHaveValue(/Noor|Haddad/i);
  await expect(title).toHaveValue(/where I'm heading in 2027/i);
  await page.getByRole("button", { name: "Create link" }).click();
  const box = page.getByLabel("Share link", { exact: true });
  await expect(box).toHaveValue(/#d1\./);
  const link = await box.inputValue();
  const json = decodeLink(link);
  for (const part of ["Noor", "Haddad"]) expect(json.toLowerCase()).not.toContain(part.toLowerCase());
  expect(JSON.parse(json)).not.toHaveProperty("owner");

  // The recipient's page says nothing of it either.
  const them = await (await newContext()).newPage();
  await them.goto(link);
  await ready(them);
  await expect(them.getByRole("heading", { level: 1 })).toContainText(/where I'm heading in 2027/i);
  const text = (await them.locator("body").innerText()) + (await them.title());
  expect(text).not.toMatch(/Noor|Haddad/i);

  // The name written elsewhere is pointed out before the link is made.
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await page.getByLabel("Headline").fill("Noor, support lead on the way to product");
  await saved(page);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await page.getByRole("checkbox", { name: "My name" }).uncheck();
  await expect(page.getByRole("status").filter({ hasText: "Your name still appears" })).toContainText("Headline");
});
