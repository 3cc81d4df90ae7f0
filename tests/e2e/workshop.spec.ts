import { test, expect, open, ready, newDeck, saved, tabTo, focusedName, type Page } from "./fixtures";

/** The live region's words. */
const announced = (page: Page) => page.locator("#workshop-announcer");

/** Shows a step's changes and puts the ticked ones in the deck, by keyboard. */
async function putInDeck(page: Page) {
  await tabTo(page, "Show what changes in my deck");
  await page.keyboard.press("Enter");
  await tabTo(page, "Put the ticked changes in my deck");
  await page.keyboard.press("Enter");
  await expect(announced(page)).toContainText(/Made \d+ changes? to your deck/);
}

/** "Done, next: …" by keyboard, and the next step's heading takes focus. */
async function nextStep(page: Page, title: string) {
  await tabTo(page, new RegExp(`^Done, next: ${title}$`));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeFocused();
}

/** The values of the fields `selector` finds, in order. */
async function values(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
}

test("a person completes the workshop by keyboard alone, resumes after a reload, and finds every answer in the deck", async ({ page }) => {
  test.setTimeout(240_000);
  const k = page.keyboard;
  await open(page);
  await tabTo(page, "Start the workshop");
  await k.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "What matters to you" })).toBeVisible();
  await ready(page);
  await expect(page.getByRole("navigation", { name: "Workshop steps" })).toContainText("0 of 9 steps done");
  await expect(page.getByRole("region", { name: "What matters to you" })).toBeVisible();

  // Values: one card at a time, keys 1/2/3; the first five very important, the rest less so.
  await tabTo(page, /^Very important/);
  await expect(page.locator("#value-card")).toHaveText("Autonomy");
  for (let i = 0; i < 5; i++) await k.press("1");
  await expect(announced(page)).toHaveText("“Learning” — very important. 5 of 63 sorted. Next: “Security”.");
  await k.press("2");
  await k.press("Backspace");
  await expect(announced(page)).toContainText("Took back “Security”.");
  while ((await page.locator("#value-card").textContent())?.startsWith("All") !== true) await k.press("3");
  await expect(announced(page)).toContainText("63 of 63 sorted. That is all of them.");
  expect(await focusedName(page)).toBe("Narrow them down");
  await k.press("Enter");
  await tabTo(page, "Put them in order");
  await k.press("Enter");
  await tabTo(page, "Move Craft up");
  await k.press("Enter");
  await expect(announced(page)).toHaveText("“Craft” is now 1 of 5, in your top 5.");
  await tabTo(page, "What “Craft” means to you, in a line");
  await k.type("Doing the job properly, even when nobody checks");
  await k.press("Tab");
  await k.type("The night I rewrote the handover notes");
  await putInDeck(page);
  await nextStep(page, "What gives you energy");
  await expect(page.getByRole("navigation", { name: "Workshop steps" })).toContainText("1 of 9 steps done");
  await expect(announced(page)).toContainText("“What matters to you” done. 1 of 9 steps done");

  // Energy: two moments, rated with the arrow keys.
  await tabTo(page, "Add a moment");
  await k.press("Enter");
  expect(await focusedName(page)).toBe("What were you doing?");
  await k.type("Teaching the new starters");
  await k.press("Tab");
  await k.type("Priya");
  await tabTo(page, "Neither"); // how it left me: Tab reaches the chosen one
  await k.press("ArrowRight");
  await k.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Gave me energy" }).first()).toBeChecked();
  await tabTo(page, "Add a moment");
  await k.press("Enter");
  await k.type("Weekly status report");
  await tabTo(page, "Neither");
  await k.press("ArrowLeft");
  await k.press("ArrowLeft");
  await expect(page.getByText("Teaching the new starters came up once and gave you a lot of energy.")).toBeVisible();
  await expect(page.getByText("Weekly status report came up once and drained you a lot.")).toBeVisible();
  await tabTo(page, "Start from the patterns");
  await k.press("Enter");
  await expect(page.getByLabel("What you will try")).toHaveValue(/“Weekly status report”/);
  await putInDeck(page);
  await nextStep(page, "What you do well");

  // Strengths, with a moment that proves it.
  await tabTo(page, "Add a strength");
  await k.press("Enter");
  await k.type("Explaining hard things simply");
  await k.press("Tab");
  await k.type("Taught the new rota to the night team in ten minutes");
  await putInDeck(page);
  await nextStep(page, "Your story so far");

  // Story, halfway: a chapter, then the page goes away.
  await tabTo(page, "Add a chapter");
  await k.press("Enter");
  await k.type("The night shifts");
  await tabTo(page, "When it began");
  await k.type("March 2015");
  await k.press("Tab");
  await expect(page.getByLabel("When it began")).toHaveValue("Mar 2015");
  await tabTo(page, "The best moment of this chapter");
  await k.type("My first solo night");
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByRole("heading", { level: 2, name: "Your story so far" })).toBeVisible();
  await expect(page.getByLabel("Its name")).toHaveValue("The night shifts");
  await expect(page.getByLabel("When it began")).toHaveValue("Mar 2015");
  await expect(page.getByLabel("The best moment of this chapter")).toHaveValue("My first solo night");
  await expect(page.getByRole("navigation", { name: "Workshop steps" })).toContainText("3 of 9 steps done");

  await tabTo(page, "Your story");
  await k.type(
    "I started on night shifts and found I loved teaching new nurses more than anything else. " +
      "Now I want to help a whole ward learn, not one person at a time.",
  );
  await putInDeck(page);
  await nextStep(page, "Your one big thing");

  // Pitch: the person's own words.
  await expect(page.getByRole("region", { name: "What you do well" })).toContainText("Explaining hard things simply");
  await tabTo(page, "Your one big thing");
  await k.type("I turn nervous new starters into confident colleagues, fast.");
  await putInDeck(page);
  await nextStep(page, "Where you could go");

  // Direction: two sketches, a question and a step on the one chosen.
  await tabTo(page, "Its title");
  await k.type("Ward manager at a teaching hospital");
  await tabTo(page, "Add a question");
  await k.press("Enter");
  await k.type("What does a ward manager's week look like?");
  await tabTo(page, "Add a step");
  await k.press("Enter");
  await k.type("Shadow the ward manager");
  await k.press("Tab");
  await k.type("February 2027");
  await k.press("Tab");
  await tabTo(page, "Its title");
  await k.type("Training nurses for a charity");
  await tabTo(page, /^The path you are on — /);
  await k.press("Space");
  await expect(page.getByRole("radio", { name: /^The path you are on — / }).first()).toBeChecked();
  await putInDeck(page);
  await nextStep(page, "What to learn next");

  // Gaps: a capability with levels and a dated first step.
  await expect(page.getByText("For the direction you chose: “Ward manager at a teaching hospital”.")).toBeVisible();
  await tabTo(page, "Add something to learn");
  await k.press("Enter");
  await k.type("Running the budget");
  await tabTo(page, /^3\s*Practising$/); // where you aim: Tab reaches the chosen level
  await k.press("ArrowRight");
  await tabTo(page, "Why does it matter for where you are going?");
  await k.type("Ward managers own the budget");
  await tabTo(page, "When or if… (the moment that will remind you)");
  await k.type("When the next budget round starts");
  await k.press("Tab");
  await k.type("ask to shadow the finance lead");
  await expect(page.getByText("It reads: When the next budget round starts, I will ask to shadow the finance lead.")).toBeVisible();
  await tabTo(page, "By when");
  await k.type("31 March 2027");
  await k.press("Tab");
  await putInDeck(page);
  await nextStep(page, "Who can help, and how");

  // Asks and supporters.
  await tabTo(page, "Add an ask");
  await k.press("Enter");
  await k.type("More visibility");
  await expect(page.getByText("Words like “more”, “better” or “support” on their own are hard to say yes to.")).toBeVisible();
  await k.press("Control+A");
  await k.type("Let me lead the Tuesday teaching session for a month");
  await tabTo(page, "Add a need");
  await k.press("Enter");
  await k.type("Quiet time to plan");
  await tabTo(page, "Add a person");
  await k.press("Enter");
  await k.type("Priya");
  await k.press("Tab");
  await k.press("ArrowDown"); // Mentor → Sponsor
  await tabTo(page, "What you would ask of them");
  await k.type("Put my name forward for the charge nurse post");
  await putInDeck(page);
  await nextStep(page, "Your deck now");

  // Summary: what next, a day to look again, finished.
  await tabTo(page, /^Rehearse it/);
  await k.press("Space");
  await expect(page.getByRole("link", { name: "Rehearse your deck" })).toBeVisible();
  await tabTo(page, "In 3 months");
  await k.press("Enter");
  await expect(page.getByRole("region", { name: "When to look again" }).getByText(/^Look again on /)).toBeVisible();
  await tabTo(page, "Finish the workshop");
  await k.press("Enter");
  await expect(announced(page)).toContainText("You have finished the workshop. 9 of 9 steps done, all done.");
  await saved(page);

  // Every answer in the right section of the deck, as the editor shows it.
  await tabTo(page, "Open in the editor");
  await k.press("Enter");
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);
  const top = await values(page, 'textarea[id^="profile-values-"]');
  expect(top).toHaveLength(5);
  expect(top[0]).toBe("Craft — Doing the job properly, even when nobody checks");
  expect(await values(page, 'textarea[id^="profile-energizers-"]')).toContain("Teaching the new starters");
  expect(await values(page, 'textarea[id^="profile-drainers-"]')).toEqual(["Weekly status report"]);
  await expect(page.getByLabel("Strength 1", { exact: true })).toHaveValue("Explaining hard things simply");
  await expect(page.getByLabel("My story")).toHaveValue(/found I loved teaching new nurses/);
  await expect(page.getByLabel("My one big thing")).toHaveValue("I turn nervous new starters into confident colleagues, fast.");
  const roles = await values(page, 'input[id$="-title"], textarea[id$="-title"]');
  expect(roles).toEqual(expect.arrayContaining(["The night shifts", "Shadow the ward manager", "Training nurses for a charity"]));
  await expect(page.getByLabel("Competency", { exact: true })).toHaveValue("Running the budget");
  await expect(page.getByLabel("Why it matters")).toHaveValue("Ward managers own the budget");
  await expect(page.getByLabel("Action 1", { exact: true })).toHaveValue(
    "When the next budget round starts, I will ask to shadow the finance lead.",
  );
  await expect(page.getByLabel("Due")).toHaveValue("2027-03-31");
  const asks = await values(page, 'textarea[id^="asks-"]');
  expect(asks).toEqual(expect.arrayContaining([
    "Introduce me to someone already doing “Ward manager at a teaching hospital”, so I can ask: What does a ward manager's week look like?",
    "Let me lead the Tuesday teaching session for a month",
  ]));
  await expect(page.getByLabel("Need 1", { exact: true })).toHaveValue("Quiet time to plan");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Priya");
  await expect(page.getByLabel("What they do for you")).toHaveValue("Put my name forward for the charge nurse post");
});

test("on the example deck, each change shows before and after, and nothing unticked changes", async ({ page }) => {
  await newDeck(page, true);
  await page.getByRole("link", { name: "Workshop" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "What matters to you" })).toBeVisible();
  await ready(page);

  // A quick sort: five very important, the rest less so, straight to ranking.
  await page.getByRole("button", { name: "Very important" }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("1");
  while ((await page.locator("#value-card").textContent())?.startsWith("All") !== true) await page.keyboard.press("3");
  await page.getByRole("button", { name: "Narrow them down" }).click();
  await page.getByRole("button", { name: "Put them in order" }).click();
  await page.getByRole("button", { name: "Show what changes in my deck" }).click();
  const change = page.locator(".change").filter({ hasText: "Who I am, Values" });
  await expect(change.locator(".badge")).toHaveText("Changes what is there");
  await expect(change.locator(".before")).toContainText("Say the hard thing kindly");
  await expect(change.locator(".after")).toContainText("Autonomy");
  await expect(change.getByRole("checkbox")).not.toBeChecked();
  await page.getByRole("button", { name: "Put the ticked changes in my deck" }).click();
  await expect(announced(page)).toHaveText("Nothing changed in your deck.");

  // Energy: two new entries offered; one accepted, one not.
  await page.getByRole("button", { name: /What gives you energy/ }).first().click();
  await page.getByRole("button", { name: "Add a moment" }).click();
  await page.keyboard.type("Teaching the new starters");
  await page.getByRole("radio", { name: "Gave me energy" }).check();
  await page.getByRole("button", { name: "Add a moment" }).click();
  await page.keyboard.type("Weekly status report");
  await page.getByRole("radio", { name: "Drained me" }).nth(1).check();
  await page.getByRole("button", { name: "Show what changes in my deck" }).click();
  const energizer = page.locator(".change").filter({ hasText: "Teaching the new starters" });
  const drainer = page.locator(".change").filter({ hasText: "Weekly status report" }).filter({ hasText: "What drains me" });
  await expect(energizer.getByRole("checkbox")).toBeChecked();
  await expect(drainer.getByRole("checkbox")).toBeChecked();
  await drainer.getByRole("checkbox").uncheck();
  const note = page.locator(".change").filter({ hasText: "Speaker notes" });
  if (await note.count()) await note.getByRole("checkbox").uncheck();
  await page.getByRole("button", { name: "Put the ticked changes in my deck" }).click();
  await expect(announced(page)).toHaveText("Made 1 change to your deck. Undo takes it back.");

  // One Undo takes the step back; Redo puts it back.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.getByRole("button", { name: "Show what changes in my deck" }).click();
  await expect(energizer.locator(".badge")).toHaveText("New");
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await saved(page);

  await page.getByRole("link", { name: "Open in the editor" }).click();
  await expect(page.getByLabel("Deck title")).toBeVisible();
  await ready(page);
  await expect(page.getByLabel("Value 1", { exact: true })).toHaveValue("Say the hard thing kindly");
  const energizers = await values(page, 'textarea[id^="profile-energizers-"]');
  expect(energizers).toContain("Teaching the new starters");
  expect(await values(page, 'textarea[id^="profile-drainers-"]')).not.toContain("Weekly status report");
});
