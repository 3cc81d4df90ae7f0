import type { Page } from "@playwright/test";
import { test, expect, ready, newDeck, saved, decodeLink } from "./fixtures";

// Presenting to a room (issue 15): the example deck by keyboard through every slide and out,
// the slide kept in the address, one printed page per slide, speaker notes that stay out of a
// link unless ticked, and a kept deck presented by the person who received it.

/** The counter's numbers: [current, total]. */
async function counter(page: Page): Promise<[number, number]> {
  const text = (await page.locator(".stage-controls .counter").textContent()) ?? "";
  const m = text.match(/Slide (\d+) of (\d+)/);
  expect(m, `slide counter “${text}”`).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

async function expectSlide(page: Page, n: number, total: number) {
  await expect(page.locator(".stage-controls .counter")).toHaveText(`Slide ${n} of ${total}`);
}

async function makeLink(page: Page, notes: boolean): Promise<string> {
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  const box = page.getByRole("checkbox", { name: "Include speaker notes" });
  await expect(box).not.toBeChecked();
  if (notes) await box.check();
  await page.getByRole("button", { name: "Create link" }).click();
  const link = page.getByLabel("Share link", { exact: true });
  await expect(link).toHaveValue(/#d1\./);
  return link.inputValue();
}

test("the example deck is presented by keyboard through every slide, the address keeps the slide, Esc leaves", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await newDeck(page, true);
  await saved(page);
  const present = page.getByRole("link", { name: "Present" });
  await present.focus();
  await page.keyboard.press("Enter");
  await ready(page);
  await expect(page.locator(".stage")).toBeVisible();
  // No app chrome on the stage.
  await expect(page.locator("header").first()).toBeHidden();
  const [first, total] = await counter(page);
  expect(first).toBe(1);
  expect(total).toBeGreaterThanOrEqual(6);

  // Forward with each of the three keys in turn, to the last slide.
  const forward = ["ArrowRight", " ", "PageDown"];
  for (let n = 2; n <= total; n++) {
    await page.keyboard.press(forward[n % 3]);
    await expectSlide(page, n, total);
    await expect(page).toHaveURL(new RegExp(`[?&]slide=${n}(&|$)`));
  }
  // Past the end stays on the end.
  await page.keyboard.press("ArrowRight");
  await expectSlide(page, total, total);
  await page.keyboard.press("ArrowLeft");
  await expectSlide(page, total - 1, total);
  await page.keyboard.press("PageUp");
  await expectSlide(page, total - 2, total);
  await page.keyboard.press("Home");
  await expectSlide(page, 1, total);
  await page.keyboard.press("End");
  await expectSlide(page, total, total);
  await page.keyboard.press("PageUp");
  await page.keyboard.press("PageUp");

  // A reload returns to the same slide.
  await page.reload();
  await ready(page);
  await expectSlide(page, total - 2, total);

  // Esc leaves; focus is on a control of the editor, not lost on the page.
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el && el !== document.body ? `${el.tagName} ${el.textContent?.trim()}` : "body";
  });
  expect(focused).toBe("A Present");
});

test("printing the slides gives exactly one page per slide", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await newDeck(page, true);
  await saved(page);
  await page.getByRole("link", { name: "Present" }).click();
  await ready(page);
  const [, total] = await counter(page);
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-slide")).toHaveCount(total);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBe(total);
});

test("speaker notes stay out of a link unless ticked; with them ticked, the kept copy presents them", async ({ page, newContext }) => {
  const note = "Pause here and ask Sam about the APM opening";
  await newDeck(page, true);
  await saved(page);
  await page.getByRole("link", { name: "Present" }).click();
  await ready(page);
  await page.getByRole("button", { name: "Speaker notes" }).click();
  const box = page.getByLabel("Speaker notes for the title slide");
  await box.fill(note);
  await box.blur();
  await page.keyboard.press("Escape");
  await ready(page);
  await saved(page);

  const without = await makeLink(page, false);
  const plain = decodeLink(without);
  expect(plain).not.toContain(note);
  expect(JSON.parse(plain)).not.toHaveProperty("speaker_notes");
  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  const withNotes = await makeLink(page, true);
  expect(decodeLink(withNotes)).toContain(note);

  // The recipient of the link without notes presents it and finds no note.
  const them = await (await newContext()).newPage();
  await them.goto(without);
  await ready(them);
  await expect(them.getByText(note)).toHaveCount(0);
  await them.getByRole("button", { name: "Present" }).click();
  await expect(them.locator(".stage")).toBeVisible();
  await expect(them.getByText(note)).toHaveCount(0);
  await them.keyboard.press("Escape");
  await expect(them.getByRole("button", { name: "Present" })).toBeFocused();

  // With notes: kept, and presented from Shared with me, the note is under the title slide.
  await them.goto("about:blank");
  await them.goto(withNotes);
  await ready(them);
  await them.getByRole("button", { name: "Keep a copy" }).click();
  await expect(them.getByText("Kept in Shared with me.")).toBeVisible();
  await them.goto("./?view=shared");
  await ready(them);
  await them.getByRole("link", { name: "History" }).click();
  await ready(them);
  await them.getByRole("link", { name: "Present" }).click();
  await ready(them);
  await expect(them.locator(".stage")).toBeVisible();
  const [, total] = await counter(them);
  expect(total).toBeGreaterThanOrEqual(6);
  await expect(them.getByRole("complementary", { name: "Speaker notes" })).toContainText(note);
  await them.keyboard.press("End");
  await expectSlide(them, total, total);
  await them.keyboard.press("Escape");
  await ready(them);
  await expect(them.locator(".stage")).toHaveCount(0);
  await expect(them.getByRole("link", { name: "Present" })).toBeFocused();
});
