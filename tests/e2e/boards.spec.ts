import { test, expect, open, ready, saved, storedState, tabTo, focusedName, plainLink } from "./fixtures";
import { readFileSync, readdirSync } from "node:fs";
import type { Page } from "@playwright/test";

// Opportunity boards: a leader writes one (from the example, by keyboard) and shares it; a
// reader whose deck aims higher in System design sees the opportunity that builds it first,
// with the reason, raises a hand into their deck and takes it back; a manager who keeps two
// people's decks sees whom each opportunity fits; a reader with no deck sees the board and how
// matching works, and nothing is written; every public board vector opens as a board.

const origin = () => new URL(test.info().project.use.baseURL!).origin;

/** A deck as the deck format writes it, with the competencies given. */
function deckJson(id: string, owner: string, competencies: [string, number, number][]) {
  return {
    format: "career-deck",
    version: 1,
    id,
    title: `${owner} — career deck`,
    updated_at: "2026-11-20T09:00:00Z",
    owner,
    competencies: competencies.map(([name, current, target], i) => ({
      id: `c${i + 1}`, name, current, target, why: "", actions: [],
    })),
  };
}

/** A small board, written as the board format says. */
function boardJson(extra: Record<string, unknown> = {}) {
  return {
    format: "career-opportunities",
    version: 1,
    id: "team-board-1",
    title: "Payments group — open opportunities",
    updated_at: "2026-11-20T09:14:03Z",
    from: "Dana Okafor, Director of Payments",
    opportunities: [
      { id: "o1", title: "Rotation with the fraud team", type: "rotation", summary: "", builds: ["Fraud analytics"],
        needs: [], starts: null, length: "3 months", contact: "" },
      { id: "o2", title: "Tech lead, ledger migration", type: "role", summary: "Lead six engineers.",
        builds: ["System design", "Leading people"], needs: [{ name: "SQL", level: 3 }],
        starts: "2027-03", length: "9 months", contact: "Dana Okafor" },
    ],
    ...extra,
  };
}

/** Restores decks into this browser's library from a backup file, through Settings. */
async function restoreDecks(page: Page, decks: object[]) {
  await open(page, "./?view=settings");
  await page.locator("#restore-file").setInputFiles({
    name: "backup.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(decks)),
  });
  const plan = page.getByRole("region", { name: "What restoring will do" });
  await plan.getByRole("button", { name: "Restore" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: /Restored \d+ decks?\./ })).toBeVisible();
}

/** Presses Shift+Tab (only the keyboard) until the focused control's name matches. */
async function shiftTabTo(page: Page, name: string, maxPresses = 20) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Shift+Tab");
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`could not reach "${name}" with Shift+Tab`);
}

/** Presses Tab until the focused control's name matches, then types into it. */
async function tabAndType(page: Page, name: string | RegExp, text: string) {
  await tabTo(page, name, 60);
  await page.keyboard.type(text);
}

test("a leader writes a board from the example and shares it; a reader sees what grows their deck first and raises a hand", async ({
  page,
  newContext,
}) => {
  // The leader: the example board, by keyboard.
  await open(page);
  await tabTo(page, "Example board", 120);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Board title")).toHaveValue(/Customer experience group/);
  await ready(page);
  await saved(page);
  await page.getByRole("button", { name: "Add opportunity" }).focus();
  await page.keyboard.press("Enter");
  // Focus lands in the new opportunity's title.
  await expect(page.locator("#o-o6-title")).toBeFocused();
  await page.keyboard.type("Tech lead, ledger migration");
  await tabAndType(page, "Summary", "Lead six engineers through moving the ledger to the new platform.");
  await tabTo(page, "Add a competency it builds");
  await page.keyboard.press("Enter");
  await page.keyboard.type("system  design");
  await page.keyboard.press("Enter"); // Enter adds the next one
  await page.keyboard.type("Leading people");
  await tabTo(page, "Add a competency it needs");
  await page.keyboard.press("Enter");
  await page.keyboard.type("SQL");
  await page.keyboard.press("Tab"); // its Remove button
  await page.keyboard.press("Tab"); // the level picker (2 to start with)
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#o-o6-need-0-level-3")).toBeChecked();
  await tabAndType(page, "Starts", "March 2027");
  await page.keyboard.press("Tab"); // tidied on leaving the box
  await expect(page.locator("#o-o6-starts")).toHaveValue("2027-03");
  await page.keyboard.type("9 months");
  await saved(page);

  // A broken rule is named under its field, and Undo takes it back.
  await page.locator("#board-title").focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Backspace");
  await expect(page.locator("#board-title-error")).toHaveText("This cannot be empty.");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(page.getByLabel("Board title")).toHaveValue(/Customer experience group/);
  await saved(page);

  // Share it, as a deck is shared (the toolbar is just before the title).
  await shiftTabTo(page, "Share board");
  await page.keyboard.press("Enter");
  await ready(page);
  await tabTo(page, "Create link");
  await page.keyboard.press("Enter");
  const linkBox = page.getByLabel("Share link", { exact: true });
  await expect(linkBox).toBeFocused();
  const link = await linkBox.inputValue();
  expect(link).toContain("#d1.");
  await expect(page.getByRole("img", { name: "QR code of the share link" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Links made from this board" })).toContainText("No passphrase");

  // The reader: their own deck aims higher in System design (2 → 4) and holds SQL at 3.
  const reader = await newContext();
  const rp = await reader.newPage();
  await restoreDecks(rp, [deckJson("sam-deck", "Sam Lee", [["System design", 2, 4], ["SQL", 3, 3]])]);
  await rp.goto(link);
  await ready(rp);
  const grows = rp.getByRole("region", { name: "Would grow your deck" });
  await expect(grows).toBeVisible();
  const first = grows.getByRole("article").first();
  await expect(first.getByRole("heading")).toHaveText("Tech lead, ledger migration");
  await expect(first).toContainText("grows System design: you are at 2, aiming for 4");
  await expect(first).toContainText("ready: SQL 3");
  // The rest of the board is still there, below.
  await expect(rp.getByRole("region", { name: "Also on this board" }).getByRole("article")).toHaveCount(5);

  // Raise a hand: one action, and the same button takes it back.
  const hand = first.getByRole("button", { name: "Raise my hand" });
  await hand.focus();
  await rp.keyboard.press("Enter");
  await expect(first.getByRole("status")).toContainText("Your hand is up");
  const undo = first.getByRole("button", { name: "Undo: lower my hand" });
  await expect(undo).toBeFocused();

  // The deck has the new roadmap step and the ask.
  const editor = await reader.newPage();
  await open(editor, "./?deck=sam-deck");
  await expect(editor.getByLabel("Role or milestone").last()).toHaveValue("Tech lead, ledger migration");
  await expect(editor.locator("#section-roadmap select").last()).toHaveValue("next");
  await expect(editor.locator("#section-asks textarea").last()).toHaveValue("Consider me for: Tech lead, ledger migration");
  await editor.close();

  // Undo removes them again.
  await rp.keyboard.press("Enter");
  await expect(first.getByRole("status")).toContainText("Hand lowered");
  await expect(first.getByRole("button", { name: "Raise my hand" })).toBeFocused();
  const again = await reader.newPage();
  await open(again, "./?deck=sam-deck");
  await expect(again.getByLabel("Role or milestone")).toHaveCount(0);
  await expect(again.locator("#section-asks textarea")).toHaveCount(0);
  await again.close();
});

test("same skill, different words: the reader says which of theirs it is, sees it marked, and can take it back", async ({ page }) => {
  await restoreDecks(page, [deckJson("amara-deck", "Amara Okafor", [["Architecture", 1, 3]])]);
  await page.goto(plainLink(origin(), JSON.stringify(boardJson())));
  await ready(page);
  await expect(page.getByRole("heading", { name: "Would grow your deck" })).toBeVisible();
  await expect(page.getByText("None of these builds a competency you aim higher in yet.")).toBeVisible();
  await page.getByText("Same skill, different words").focus();
  await page.keyboard.press("Enter");
  const choice = page.getByLabel("“System design” is my");
  await choice.focus();
  await choice.selectOption("Architecture");
  const grows = page.getByRole("region", { name: "Would grow your deck" });
  await expect(grows.getByRole("article").first()).toContainText("builds System design — your Architecture: you are at 1, aiming for 3");
  await expect(grows.getByRole("article").first()).toContainText("your match");
  // Remembered in this browser: a reload keeps it.
  await page.reload();
  await ready(page);
  await expect(page.getByRole("region", { name: "Would grow your deck" }).getByRole("article")).toHaveCount(1);
  await page.getByText("Same skill, different words").click();
  await page.getByRole("button", { name: "Forget that “System design” is your Architecture" }).click();
  await expect(page.getByText("None of these builds a competency you aim higher in yet.")).toBeVisible();
});

test("a manager who keeps two people's decks sees whom each opportunity would grow and who is ready", async ({ page }) => {
  for (const deck of [
    deckJson("d-sam", "Sam Lee", [["System design", 2, 4], ["SQL", 2, 3]]),
    deckJson("d-amara", "Amara Okafor", [["System design", 4, 4], ["SQL", 4, 4], ["Fraud analytics", 1, 3]]),
  ]) {
    await page.goto(plainLink(origin(), JSON.stringify(deck)));
    await ready(page);
    await page.getByRole("button", { name: "Keep a copy" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Kept in Shared with me" })).toBeVisible();
    await page.goto("about:blank");
  }
  await page.goto(plainLink(origin(), JSON.stringify(boardJson())));
  await ready(page);
  await expect(page.getByText("You keep the decks of 2 people here")).toBeVisible();
  // No deck of the manager's own: how matching works is said, and the board is all there.
  await expect(page.getByRole("heading", { name: "How matching works" })).toBeVisible();
  const lead = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Tech lead, ledger migration" }) });
  await expect(lead).toContainText("Would grow: Sam Lee");
  await expect(lead).toContainText("Ready now: Amara Okafor");
  const rotation = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Rotation with the fraud team" }) });
  await expect(rotation).toContainText("Would grow: Amara Okafor");
  await expect(rotation).toContainText("Ready now: Amara Okafor, Sam Lee");
});

test("a board link opened with no deck of one's own shows the board, says how matching works and writes nothing", async ({
  newContext,
}) => {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(plainLink(origin(), JSON.stringify(boardJson())));
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: "Payments group — open opportunities" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How matching works" })).toBeVisible();
  await expect(page.getByText("neither this board nor any deck is sent anywhere")).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Raise my hand" })).toHaveCount(0);
  expect(await storedState(page)).toEqual({ databases: [], localStorage: [] });
});

test("a newer link of a kept board shows what changed and updates the copy", async ({ page }) => {
  await page.goto(plainLink(origin(), JSON.stringify(boardJson())));
  await ready(page);
  await page.getByRole("button", { name: "Keep this board" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Open the kept board" })).toBeFocused();
  const v2 = boardJson({ updated_at: "2026-12-01T09:00:00Z" });
  (v2.opportunities as object[]).push({ id: "o3", title: "Mentor a new team lead", type: "mentoring", summary: "",
    builds: ["Coaching"], needs: [], starts: null, length: "", contact: "" });
  await page.goto("about:blank");
  await page.goto(plainLink(origin(), JSON.stringify(v2)));
  await ready(page);
  await expect(page.getByText("This link is a different version:")).toBeVisible();
  await expect(page.locator(".changes")).toContainText("New: “Mentor a new team lead”");
  await page.getByRole("button", { name: "Update my copy" }).click();
  await page.getByRole("link", { name: "Open the kept board" }).click();
  await ready(page);
  await expect(page.getByRole("article")).toHaveCount(3);
  await expect(page.locator(".changes")).toContainText("New: “Mentor a new team lead”");
  await open(page);
  await expect(page.getByRole("list", { name: "Boards shared with me" })).toContainText("Payments group — open opportunities");
});

test("a board from a newer version of the format is refused in words, with nothing shown or saved", async ({ page }) => {
  await page.goto(plainLink(origin(), JSON.stringify(boardJson({ version: 2 }))));
  await ready(page);
  await expect(page.getByRole("alert")).toContainText("newer version");
  await expect(page.getByRole("article")).toHaveCount(0);
  expect(await storedState(page)).toEqual({ databases: [], localStorage: [] });
});

for (const file of readdirSync("tests/vectors").filter((f) => /^board-.*\.json$/.test(f))) {
  test(`the public vector ${file} opens as a board`, async ({ page }) => {
    const vector = JSON.parse(readFileSync(`tests/vectors/${file}`, "utf8"));
    const board = vector.board;
    await page.goto(`./#${vector.fragment}`);
    await ready(page);
    if (vector.passphrase) {
      await page.getByLabel("Passphrase", { exact: true }).fill(vector.passphrase);
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("heading", { level: 1, name: board.title })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(board.opportunities.length);
    for (const o of board.opportunities) {
      await expect(page.getByRole("heading", { level: 3, name: o.title })).toBeVisible();
    }
    if (board.opportunities.length === 0) {
      await expect(page.getByText("No opportunities on this board yet.")).toBeVisible();
    }
  });
}

/** Whether anything on the screen (under the app's header) reaches past the window's width. */
async function overflows(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    return [...main.querySelectorAll("*")].some((el) => el.getBoundingClientRect().right > window.innerWidth + 1);
  });
}

test("the board editor, its share screen and the matched view fit 360 px without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await restoreDecks(page, [deckJson("narrow-deck", "Sam Lee", [["System design", 2, 4]])]);
  await open(page);
  await page.getByRole("button", { name: "Example board" }).click();
  await expect(page.getByLabel("Board title")).toBeVisible();
  await ready(page);
  expect(await overflows(page)).toBe(false);
  await page.getByRole("link", { name: "Share board" }).click();
  await ready(page);
  expect(await overflows(page)).toBe(false);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();
  expect(await overflows(page)).toBe(false);
  await page.goto(plainLink(origin(), JSON.stringify(boardJson())));
  await ready(page);
  await expect(page.getByRole("heading", { name: "Would grow your deck" })).toBeVisible();
  expect(await overflows(page)).toBe(false);
  expect(link).toContain("#d1.");
});

test("a board typed into just before the tab closes is there on the next visit, with a word saying so", async ({ page, context }) => {
  await open(page);
  await page.getByRole("button", { name: "Example board" }).click();
  await expect(page.getByLabel("Board title")).toBeVisible();
  await ready(page);
  await saved(page);
  const editor = page.url();
  // Storage is made to refuse the save, so only the copy kept on leaving can bring it back.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.getByLabel("Board title").fill("Typed a moment before closing");
  await page.close({ runBeforeUnload: true });
  const next = await context.newPage();
  await next.goto(editor);
  await ready(next);
  await expect(next.getByLabel("Board title")).toHaveValue("Typed a moment before closing");
  await expect(next.getByRole("status").filter({ hasText: "Brought back what you typed" })).toBeVisible();
  await saved(next);
  // Saved now: a reload shows it from storage, with nothing more to bring back.
  await next.reload();
  await ready(next);
  await expect(next.getByLabel("Board title")).toHaveValue("Typed a moment before closing");
  await expect(next.getByText("Brought back what you typed")).toHaveCount(0);
});
