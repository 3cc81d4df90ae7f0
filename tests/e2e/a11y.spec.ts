import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, open, ready, newDeck, saved, plainLink } from "./fixtures";

// Every screen of the app, walked as people reach it, and checked on each:
// - an accessibility audit (axe, WCAG 2.1 A and AA) in the light and the dark theme, failing on
//   any violation;
// - at 360 × 740, scrolled top to bottom in steps, nothing scrolls sideways and no element
//   reaches past the window's right edge (the failure names the element).
// Long unbroken text and right-to-left text are put where people type and where others read.

const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/** A short description of an element, to name it in a failure message. */
const describe = `(el) => {
  const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "";
  const id = el.id ? "#" + el.id : "";
  const text = (el.textContent || "").trim().slice(0, 40);
  return el.tagName.toLowerCase() + id + cls + (text ? " “" + text + "”" : "");
}`;

/** axe on the current screen, light then dark; fails listing every violation. */
async function audit(page: Page, screen: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    // Reduced motion turns off the buttons' colour transition: axe scrolls cards into view as
    // it goes, and would otherwise measure a colour half-way from the other theme.
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const found = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ")}`).join("\n"),
    );
    expect(found, `axe on ${screen}, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** At 360 px, scrolled top to bottom: no sideways scrolling, nothing past the right edge. */
async function fitsPhone(page: Page, screen: string) {
  const before = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(50);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; ; y += PHONE.height - 100) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    const found = await page.evaluate(`(() => {
      const name = ${describe};
      const doc = document.documentElement;
      const out = [];
      if (doc.scrollWidth > doc.clientWidth) out.push("the page scrolls sideways: " + doc.scrollWidth + " > " + doc.clientWidth);
      for (const el of document.body.querySelectorAll("*")) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // Only what is on screen now, unless the page scrolls sideways: then name the culprits.
        if ((r.bottom < 0 || r.top > innerHeight) && doc.scrollWidth <= doc.clientWidth) continue;
        const style = getComputedStyle(el);
        if (style.visibility === "hidden") continue;
        if (r.right > innerWidth + 1) out.push(name(el) + " reaches " + Math.round(r.right) + " px");
      }
      return out.slice(0, 8);
    })()`);
    expect(found, `${screen} at 360 px, scrolled to ${y}`).toEqual([]);
    if (y + PHONE.height >= height) break;
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  if (before) await page.setViewportSize(before);
}

/** Both checks on the screen as it is now. */
async function check(page: Page, screen: string) {
  await audit(page, screen);
  await fitsPhone(page, screen);
}

const LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(5).slice(0, 200);
const LONG_URL = "https://intranet.example.org/wiki/clinical-informatics/transition-plan/" + "a1b2c3d4".repeat(20);
const RTL = "ممرضة تنتقل إلى المعلوماتية الصحية";

/** The owner's plain link of the deck open in the editor. */
async function makeLink(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await ready(page);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = page.getByLabel("Share link", { exact: true });
  await expect(link).toHaveValue(/#d1\./);
  return link.inputValue();
}

async function openIn(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(WIDE);
  await page.goto(url);
  await ready(page);
  return page;
}

test.describe.configure({ timeout: 180_000 });

test("the owner's screens: library, editor, share, history, present, rehearse, settings", async ({ page }) => {
  await page.setViewportSize(WIDE);
  await open(page);
  await check(page, "the empty library");

  await page.getByRole("button", { name: "Start from example" }).click();
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);
  await saved(page);
  await check(page, "the editor (example deck)");

  // Long unbroken text, a long address, right-to-left words.
  await page.getByLabel("Headline").fill(RTL);
  await page.getByLabel("My story").fill(`${LONG_WORD} ${LONG_URL}`);
  await page.getByRole("button", { name: "Add value" }).click();
  await page.keyboard.type(LONG_WORD);
  await page.getByLabel("Role or milestone").first().fill(LONG_WORD);
  await page.getByLabel("Competency", { exact: true }).first().fill(LONG_WORD);
  await page.getByRole("button", { name: "Add ask" }).click();
  await page.keyboard.type(LONG_URL);
  await saved(page);
  await fitsPhone(page, "the editor with long and right-to-left text");

  await makeLink(page);
  await check(page, "the share screen with a link made");

  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await page.getByRole("link", { name: "History", exact: true }).click();
  await ready(page);
  await page.getByLabel("Name for a new snapshot").fill("Before the rewrite");
  await page.getByRole("button", { name: "Save a snapshot" }).click();
  await page.getByRole("button", { name: "View “Before the rewrite”" }).click();
  await expect(page.getByRole("region", { name: "“Before the rewrite”, read-only" })).toBeVisible();
  await check(page, "history (a snapshot shown, compare)");

  await page.getByRole("link", { name: "← Back to editing" }).click();
  await ready(page);
  await page.getByRole("link", { name: "Present" }).click();
  await ready(page);
  await expect(page.locator(".stage")).toBeVisible();
  await check(page, "present (the title slide)");
  await page.keyboard.press("End");
  await page.getByRole("button", { name: "Speaker notes" }).click();
  await check(page, "present (the last slide, speaker notes open)");
  await page.keyboard.press("Escape");
  await ready(page);

  await page.getByRole("link", { name: "Rehearse" }).click();
  await ready(page);
  await check(page, "rehearse");

  await open(page, "./?view=settings");
  await check(page, "settings");

  await open(page, "./?view=nowhere");
  await check(page, "not found");
});

test("the recipient's and the manager's screens: a link, the passphrase prompt, kept copies, prepare, commitments, guide", async ({
  page,
  newContext,
}) => {
  await page.setViewportSize(WIDE);
  await newDeck(page, true);
  await page.getByLabel("Headline").fill(RTL);
  await page.getByLabel("My story").fill(`${LONG_WORD} ${LONG_URL}`);
  await page.getByRole("button", { name: "Add ask" }).click();
  await page.keyboard.type(LONG_URL);
  await saved(page);
  const link = await makeLink(page);
  await page.getByLabel("Passphrase (optional)").fill("maple river quiet lantern");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel("Share link", { exact: true })).not.toHaveValue(link);
  const locked = await page.getByLabel("Share link", { exact: true }).inputValue();

  const manager = await newContext();
  const locker = await openIn(manager, locked);
  await expect(locker.getByLabel("Passphrase")).toBeVisible();
  await check(locker, "the passphrase prompt");
  await locker.getByLabel("Passphrase").fill("not it");
  await locker.getByRole("button", { name: "Unlock" }).click();
  await expect(locker.getByRole("alert")).toBeVisible();
  await check(locker, "the passphrase prompt after a wrong passphrase");
  await locker.close();

  const them = await openIn(manager, link);
  await expect(them.getByRole("heading", { name: "Who I am" })).toBeVisible();
  await check(them, "the recipient's view (long and right-to-left text)");
  await them.getByRole("button", { name: "Keep a copy" }).click();
  await expect(them.getByText("Kept in Shared with me.")).toBeVisible();
  await check(them, "the recipient's view after keeping a copy");

  await them.getByRole("link", { name: "Prepare the conversation" }).click();
  await ready(them);
  await them.getByRole("button", { name: "Make it a commitment" }).first().click();
  await them.getByLabel("By when").fill("2027-02-01");
  await them.getByRole("button", { name: "Add commitment" }).click();
  await expect(them.getByText("All notes saved")).toBeVisible();
  await check(them, "prepare the conversation");

  await open(them, "./?view=shared");
  await check(them, "shared with me");
  await them.getByRole("link", { name: "History" }).click();
  await ready(them);
  await check(them, "a kept copy");
  await them.getByRole("link", { name: "Present" }).first().click();
  await ready(them);
  await expect(them.locator(".stage")).toBeVisible();
  await check(them, "presenting a kept copy");
  await them.keyboard.press("Escape");
  await ready(them);

  await open(them, "./?view=commitments");
  await check(them, "my commitments");
  await open(them, "./?view=guide");
  await check(them, "the managers' guide");
  await open(them, "./");
  await check(them, "the library with decks shared with me");
});

test("boards: the editor, its share screen, the matched view, a kept board, and the library with them", async ({ page, newContext }) => {
  await page.setViewportSize(WIDE);
  await newDeck(page, true);
  await saved(page);
  await open(page);
  await page.getByRole("button", { name: "Example board" }).click();
  await expect(page.getByLabel("Board title")).toBeVisible();
  await ready(page);
  await saved(page);
  await check(page, "the board editor");
  await page.getByRole("link", { name: "Share board" }).click();
  await ready(page);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();
  await check(page, "the board's share screen with a link made");

  // A reader with a deck of their own: the matched view.
  await page.goto("about:blank");
  await page.goto(link);
  await ready(page);
  await expect(page.getByRole("heading", { name: "Would grow your deck" })).toBeVisible();
  await check(page, "a board link, matched against the reader's deck");
  await page.getByRole("button", { name: "Keep this board" }).click();
  await page.getByRole("link", { name: "Open the kept board" }).click();
  await ready(page);
  await check(page, "a kept board");
  await open(page);
  await check(page, "the library with decks and boards");

  // A reader with no deck.
  const fresh = await openIn(await newContext(), link);
  await expect(fresh.getByRole("heading", { name: "How matching works" })).toBeVisible();
  await check(fresh, "a board link, no deck of one's own");
});

test("the workshop, a few steps in", async ({ page }) => {
  await page.setViewportSize(WIDE);
  await open(page);
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "What matters to you" })).toBeVisible();
  await ready(page);
  await check(page, "the workshop's first step");
  await page.locator("#pile-very_important").click();
  await page.locator("#pile-less_so").click();
  await check(page, "the workshop's value sort, started");
  const steps = page.getByRole("navigation", { name: "Workshop steps" });
  for (const step of ["What gives you energy", "What you do well", "Your story so far"]) {
    await steps.getByRole("button", { name: new RegExp(`^${step}`) }).click();
    await expect(page.getByRole("heading", { level: 2, name: step })).toBeVisible();
    await check(page, `the workshop: ${step}`);
  }
  void plainLink;
});
