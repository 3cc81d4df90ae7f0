// Screenshots of presenting and of the manager's side for the docs: the title, growth and
// roadmap slides of the example deck at 1920×1080 (light and dark), and a kept copy, the prep
// sheet and a newer link of a kept deck (what changed) on a desktop and 360 px wide.
//   node scripts/screenshots-present.mjs [port]   (serve dist/ on that port first)
import { chromium } from "@playwright/test";

const port = process.argv[2] ?? "4300";
const base = `http://127.0.0.1:${port}/`;
const out = "docs/screenshots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
const ready = (page) => page.locator("html[data-ready=true]").waitFor();

/** The example deck in a fresh browser, open in the editor. */
async function example(context) {
  const page = await context.newPage();
  await page.goto(base);
  await ready(page);
  await page.getByRole("button", { name: "Start from example" }).click();
  await page.getByLabel("Deck title").waitFor();
  await ready(page);
  await page.getByText("All changes saved").waitFor();
  return page;
}

// The example deck, shared as a plain link (made once, in a browser of its own).
// Then the same deck moved on (a level up, a new ask) and shared again: the newer link.
async function exampleLinks() {
  const context = await browser.newContext();
  const page = await example(context);
  const editor = page.url();
  const share = async () => {
    await page.getByRole("link", { name: "Share", exact: true }).click();
    await ready(page);
    await page.getByRole("button", { name: "Create link" }).click();
    return page.getByLabel("Share link", { exact: true }).inputValue();
  };
  const first = await share();
  await page.goto(editor);
  await ready(page);
  await page.getByRole("group", { name: "Current level" }).first().getByRole("radio", { name: /^3/ }).check();
  await page.getByRole("button", { name: "Add ask" }).click();
  await page.keyboard.type("A seat at the roadmap review");
  await page.getByText("All changes saved").waitFor();
  const second = await share();
  await context.close();
  return [first, second];
}

async function shoot(name, { width, height, scheme, fullPage = false }, go) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await go(context);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  await context.close();
}

/** Presents the example deck and moves (by keyboard) to the first slide of that kind. */
const slide = (kind) => async (context) => {
  const page = await example(context);
  await page.getByRole("link", { name: "Present" }).click();
  await ready(page);
  const current = page.locator(".stage .slide");
  for (let i = 0; i < 30 && (await current.getAttribute("data-kind"))?.toLowerCase() !== kind; i++) await page.keyboard.press("ArrowRight");
  // The controls fade once the pointer is still; the slide is shown as the room sees it.
  await page.mouse.move(5, 5);
  await page.waitForTimeout(2800);
  return page;
};

for (const scheme of ["light", "dark"]) {
  for (const kind of ["title", "growth", "roadmap"]) {
    await shoot(`present-${kind}-${scheme}`, { width: 1920, height: 1080, scheme }, slide(kind));
  }
}

const [link, newerLink] = await exampleLinks();
/** A manager who received the link and kept a copy. */
const kept = async (context) => {
  const page = await context.newPage();
  await page.goto(link);
  await ready(page);
  await page.getByRole("button", { name: "Keep a copy" }).click();
  await page.getByText("Kept in Shared with me.").waitFor();
  return page;
};
const keptView = async (context) => {
  const page = await kept(context);
  await page.goto(`${base}?view=shared`);
  await ready(page);
  await page.getByRole("link", { name: "History" }).click();
  await ready(page);
  return page;
};
const prep = async (context) => {
  const page = await kept(context);
  await page.getByRole("link", { name: "Prepare the conversation" }).click();
  await ready(page);
  return page;
};
const sharedList = async (context) => {
  const page = await kept(context);
  await page.goto(`${base}?view=shared`);
  await ready(page);
  return page;
};
/** A commitment made while preparing, then My commitments. */
const commitments = async (context) => {
  const page = await prep(context);
  await page.getByRole("button", { name: "Make it a commitment" }).first().click();
  await page.getByLabel("What you will do").fill("Introduce Noor to the checkout PM");
  await page.getByLabel("By when").fill("15 Jan 2027");
  await page.getByLabel("By when").press("Enter");
  await page.getByText("All notes saved").waitFor();
  await page.goto(`${base}?view=commitments`);
  await ready(page);
  return page;
};
/** The kept copy's newer link opened: what changed since the copy, before updating it. */
const update = async (context) => {
  const page = await kept(context);
  await page.goto(newerLink);
  await ready(page);
  await page.getByText(/You have a copy from/).waitFor();
  return page;
};
await shoot("manager-update-desktop-light", { width: 1280, height: 900, scheme: "light" }, update);
await shoot("manager-update-360-dark", { width: 360, height: 780, scheme: "dark" }, update);
await shoot("manager-shared-with-me-desktop-light", { width: 1280, height: 900, scheme: "light" }, sharedList);
await shoot("manager-shared-with-me-360-dark", { width: 360, height: 780, scheme: "dark" }, sharedList);
await shoot("manager-commitments-desktop-light", { width: 1280, height: 900, scheme: "light" }, commitments);
await shoot("manager-commitments-360-light", { width: 360, height: 780, scheme: "light" }, commitments);
await shoot("manager-kept-desktop-light", { width: 1280, height: 900, scheme: "light" }, keptView);
await shoot("manager-kept-360-light", { width: 360, height: 780, scheme: "light" }, keptView);
await shoot("manager-prepare-desktop-light", { width: 1280, height: 900, scheme: "light" }, prep);
await shoot("manager-prepare-360-dark", { width: 360, height: 780, scheme: "dark" }, prep);
await browser.close();
