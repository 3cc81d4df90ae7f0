import { test, expect, open, ready, newDeck, saved, tabTo, focusedName } from "./fixtures";

test("a person fills every section with the keyboard alone, reloads, and finds every word", async ({ page }) => {
  await open(page);
  const k = page.keyboard;
  await tabTo(page, "New deck");
  await k.press("Enter");
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);

  await tabTo(page, "Deck title");
  await k.press("Control+A");
  await k.type("Sam's path to staff engineer");
  await tabTo(page, "Your name");
  await k.type("Sam Okonkwo");
  await tabTo(page, "Headline");
  await k.type("Backend engineer who loves hard data problems");
  await tabTo(page, "My story");
  await k.type("I started in support, learned SQL at night, and never looked back.");

  // Each short list: "Add …" puts the cursor in the new item.
  for (const [button, text] of [
    ["Add value", "Curiosity"],
    ["Add strength", "Debugging under pressure"],
    ["Add energizer", "Mentoring"],
    ["Add drainer", "Endless status meetings"],
    ["Add need", "Time for deep work"],
  ]) {
    await tabTo(page, button);
    await k.press("Enter");
    await k.type(text);
  }

  await tabTo(page, "Add role or milestone");
  await k.press("Enter");
  expect(await focusedName(page)).toBe("Role or milestone");
  await k.type("Staff engineer");
  await tabTo(page, "Organization");
  await k.type("Northwind");
  await tabTo(page, "When");
  await k.press("ArrowDown"); // Next → Aspiration
  await tabTo(page, "From");
  // Written the way people write it; it is stored as 2028-01 when the box is left.
  await k.type("January 2028");
  await tabTo(page, "Notes");
  await k.type("Own the data platform");

  await tabTo(page, "Add competency");
  await k.press("Enter");
  await k.type("System design");
  // Levels are radio groups: Tab reaches the chosen level, arrow keys change it.
  await tabTo(page, /^1\s*Aware$/);
  await k.press("ArrowRight");
  await tabTo(page, "Why it matters");
  await k.type("Staff engineers shape architecture");
  await tabTo(page, "Add action");
  await k.press("Enter");
  await k.type("Lead the ingestion redesign");
  await tabTo(page, "Due");
  await k.type("30 June 2027");

  await tabTo(page, "Add ask");
  await k.press("Enter");
  await k.type("A staff-level project by Q2");
  await saved(page);

  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Deck title")).toHaveValue("Sam's path to staff engineer");
  await expect(page.getByLabel("Your name")).toHaveValue("Sam Okonkwo");
  await expect(page.getByLabel("Headline")).toHaveValue("Backend engineer who loves hard data problems");
  await expect(page.getByLabel("My story")).toHaveValue(/learned SQL at night/);
  for (const [label, text] of [
    ["Value 1", "Curiosity"],
    ["Strength 1", "Debugging under pressure"],
    ["Energizer 1", "Mentoring"],
    ["Drainer 1", "Endless status meetings"],
    ["Need 1", "Time for deep work"],
    ["Ask 1", "A staff-level project by Q2"],
    ["Role or milestone", "Staff engineer"],
    ["Organization", "Northwind"],
    ["From", "2028-01"],
    ["Notes", "Own the data platform"],
    ["Competency", "System design"],
    ["Why it matters", "Staff engineers shape architecture"],
    ["Action 1", "Lead the ingestion redesign"],
    ["Due", "2027-06-30"],
  ]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
  }
  await expect(page.getByLabel("When")).toHaveValue("aspiration");
  await expect(page.getByRole("group", { name: "Current level" }).getByLabel(/2/)).toBeChecked();
});

test("the example deck opens and edits", async ({ page }) => {
  await newDeck(page, true);
  await expect(page.getByLabel("Deck title")).toHaveValue("Where I'm heading in 2027");
  await expect(page.getByLabel("Your name")).toHaveValue("Noor Haddad");
  await expect(page.getByLabel("Value 1")).toHaveValue("Say the hard thing kindly");
  // What a person writes stays out of the browser's form history and session state.
  const controls = page.locator("main input, main textarea, main select");
  expect(await controls.count()).toBeGreaterThan(50);
  await expect(page.locator("main :is(input, textarea, select):not([autocomplete=off])")).toHaveCount(0);
  await page.getByLabel("Headline").fill("Support lead on the way to product management");
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Headline")).toHaveValue("Support lead on the way to product management");
  // The completeness view shows the example as complete.
  await expect(page.getByRole("complementary", { name: "How complete is it?" })).toContainText("8 of 8");
});

test("invalid input shows a message in plain words and keeps the text", async ({ page }) => {
  await newDeck(page);
  await page.getByRole("button", { name: "Add role or milestone" }).click();
  const start = page.getByLabel("From", { exact: true });
  await start.fill("2024-13");
  await expect(page.getByText("This has no month 13: months run from 1 to 12.")).toBeVisible();
  await expect(start).toHaveValue("2024-13");
  await page.getByLabel("Deck title").fill("");
  await expect(page.getByText("This cannot be empty.")).toBeVisible();
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(start).toHaveValue("2024-13");
  await expect(page.getByText("This has no month 13")).toBeVisible();
  await start.fill("2024-12");
  await expect(page.getByText("This has no month 13")).toHaveCount(0);
});

test("a message stays with its item when the item moves, and only there", async ({ page }) => {
  await newDeck(page);
  const add = page.getByRole("button", { name: "Add role or milestone" });
  await add.click();
  await page.getByLabel("Role or milestone").fill("Ward nurse");
  await add.click();
  await page.getByLabel("Role or milestone").nth(1).fill("Informatics lead");
  const cards = page.locator(".role-card");
  await cards.nth(0).getByLabel("From", { exact: true }).fill("2024-13");
  const message = page.getByText("This has no month 13: months run from 1 to 12.");
  await expect(cards.nth(0).getByText("This has no month 13")).toBeVisible();
  await cards.nth(0).getByRole("button", { name: "Move down" }).click();
  // The broken month moved with "Ward nurse": its message is under the second card now.
  await expect(cards.nth(1).getByRole("heading", { name: "Ward nurse" })).toBeVisible();
  await expect(cards.nth(1).getByText("This has no month 13")).toBeVisible();
  await expect(cards.nth(0).getByText("This has no month 13")).toHaveCount(0);
  await expect(message).toHaveCount(1);
  await expect(cards.nth(1).getByLabel("From", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(cards.nth(0).getByLabel("From", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  // Typing elsewhere leaves it alone; undo brings the order back, message and all.
  await cards.nth(0).getByLabel("Notes").fill("Leads the rollout of the new charting system");
  await expect(message).toHaveCount(1);
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(cards.nth(0).getByRole("heading", { name: "Ward nurse" })).toBeVisible();
  await expect(cards.nth(0).getByText("This has no month 13")).toBeVisible();
  await expect(message).toHaveCount(1);
});

test("dates are read as people write them, and shown in words", async ({ page }) => {
  await newDeck(page);
  await page.getByRole("button", { name: "Add role or milestone" }).click();
  const start = page.getByLabel("From", { exact: true });
  const end = page.getByLabel("To", { exact: true });
  for (const [typed, stored] of [["March 2024", "2024-03"], ["2024-1", "2024-01"], ["03/2024", "2024-03"]]) {
    await start.fill(typed);
    await start.blur();
    await expect(start).toHaveValue(stored);
  }
  await end.fill("2023-05");
  await end.blur();
  await expect(page.getByText("This is before the “From” month.")).toBeVisible();
  await end.fill("Spring");
  await expect(page.getByText("This should be a month, such as 2024-03 or March 2024.")).toBeVisible();
});

test("undo and redo with the keyboard and the buttons", async ({ page }) => {
  await newDeck(page);
  const title = page.getByLabel("Deck title");
  await title.fill("First title");
  await title.blur();
  await title.fill("Second title");
  await page.keyboard.press("Control+Z");
  await expect(title).toHaveValue("First title");
  await page.keyboard.press("Control+Shift+Z");
  await expect(title).toHaveValue("Second title");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(title).toHaveValue("First title");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(title).toHaveValue("Second title");
});

test("items reorder and remove from the keyboard", async ({ page }) => {
  await newDeck(page);
  const add = page.getByRole("button", { name: "Add value" });
  await add.click();
  await page.keyboard.type("First");
  await add.click();
  await page.keyboard.type("Second");
  await page.getByLabel("Value 2").focus();
  await tabTo(page, "Move up");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Value 1")).toHaveValue("Second");
  await expect(page.getByLabel("Value 2")).toHaveValue("First");
  await tabTo(page, "Remove");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Value 2")).toHaveCount(0);
});

test("tips can be hidden once learned and brought back from Settings", async ({ page }) => {
  await newDeck(page);
  const intro = page.getByText("Nobody can back a story they have never heard.", { exact: false });
  await expect(intro).toBeVisible();
  await page.locator("#section-profile").getByRole("button", { name: "Got it" }).click();
  await expect(intro).toHaveCount(0);
  const tips = page.getByRole("button", { name: "Show tips" });
  await expect(tips).toHaveAttribute("aria-pressed", "true");
  await tips.click();
  await expect(tips).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByText("If a colleague introduced you in one line")).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(intro).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Show tips" })).toHaveAttribute("aria-pressed", "false");
  await page.goto("./?view=settings");
  await ready(page);
  await page.getByRole("button", { name: "Show all tips again" }).click();
  await page.goBack();
  await ready(page);
  await expect(intro).toBeVisible();
  await expect(page.getByText("If a colleague introduced you in one line")).toBeVisible();
});

test("undo reaches into list items too", async ({ page }) => {
  await newDeck(page, true);
  const role = page.getByLabel("Role or milestone").first();
  await expect(role).toHaveValue("Support agent");
  await role.fill("Support agent and trainer");
  await role.blur();
  const level = page.getByRole("group", { name: "Target level" }).first();
  await level.getByRole("radio", { name: /5/ }).check();
  await expect(level.getByRole("radio", { name: /5/ })).toBeChecked();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(level.getByRole("radio", { name: /4/ })).toBeChecked();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(role).toHaveValue("Support agent");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(role).toHaveValue("Support agent and trainer");
});

test("Enter in a list item adds the next one; Backspace in an empty one removes it", async ({ page }) => {
  await newDeck(page);
  const k = page.keyboard;
  await page.getByRole("button", { name: "Add value" }).click();
  await k.type("Curiosity");
  await k.press("Enter");
  await expect(page.getByLabel("Value 2")).toBeFocused();
  await k.type("Care");
  await k.press("Enter");
  await expect(page.getByLabel("Value 3")).toBeFocused();
  // Changed their mind: Backspace in the empty item takes it away, and the cursor goes back.
  await k.press("Backspace");
  await expect(page.getByLabel("Value 3")).toHaveCount(0);
  await expect(page.getByLabel("Value 2")).toBeFocused();
  // In an item with text, Backspace only deletes a character.
  await k.press("Backspace");
  await expect(page.getByLabel("Value 2")).toHaveValue("Car");
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Value 1")).toHaveValue("Curiosity");
  await expect(page.getByLabel("Value 2")).toHaveValue("Car");
  await expect(page.getByLabel("Value 3")).toHaveCount(0);
});
