// Screenshots of opportunity boards for the docs: the board editor and the matched view a
// reader sees, on a desktop and 360 px wide (light and dark).
//   node scripts/screenshots-boards.mjs [port]   (serve dist/ on that port first)
import { chromium } from "@playwright/test";

const port = process.argv[2] ?? "4300";
const base = `http://127.0.0.1:${port}/`;
const out = "docs/screenshots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});
const ready = (page) => page.locator("html[data-ready=true]").waitFor();

// The example board, shared as a plain link (made once, in a browser of its own).
async function exampleBoardLink() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await ready(page);
  await page.getByRole("button", { name: "Example board" }).click();
  await page.getByLabel("Board title").waitFor();
  await ready(page);
  await page.getByRole("link", { name: "Share board" }).click();
  await ready(page);
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();
  await context.close();
  return link;
}

// A reader whose deck is the example deck (it aims higher in Product discovery, which the
// example board's first opportunity builds), and who keeps two teammates' decks.
async function reader(context) {
  const page = await context.newPage();
  await page.goto(base);
  await ready(page);
  await page.getByRole("button", { name: "Start from example" }).click();
  await page.getByLabel("Deck title").waitFor();
  await ready(page);
  return page;
}

async function shoot(name, { width, height, scheme, fullPage = false }, go) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await go(context);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  await context.close();
}

const editor = async (context) => {
  const page = await context.newPage();
  await page.goto(base);
  await ready(page);
  await page.getByRole("button", { name: "Example board" }).click();
  await page.getByLabel("Board title").waitFor();
  await ready(page);
  await page.getByText("All changes saved").waitFor();
  return page;
};

const link = await exampleBoardLink();
const matched = async (context) => {
  const page = await reader(context);
  await page.goto("about:blank");
  await page.goto(link);
  await ready(page);
  const grows = page.getByRole("heading", { name: "Would grow your deck" });
  await grows.waitFor();
  // Start the picture at the matches, reasons and all.
  await grows.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -80));
  return page;
};

for (const scheme of ["light", "dark"]) {
  await shoot(`board-editor-desktop-${scheme}`, { width: 1280, height: 900, scheme }, editor);
  await shoot(`board-matched-desktop-${scheme}`, { width: 1280, height: 900, scheme }, matched);
}
const opportunityCard = async (context) => {
  const page = await editor(context);
  await page.locator("#o-o1-card").evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -150));
  return page;
};
await shoot("board-editor-opportunity-desktop-light", { width: 1280, height: 900, scheme: "light" }, opportunityCard);
await shoot("board-editor-opportunity-360-light", { width: 360, height: 780, scheme: "light" }, opportunityCard);
await shoot("board-editor-360-light", { width: 360, height: 780, scheme: "light" }, editor);
await shoot("board-matched-360-light", { width: 360, height: 780, scheme: "light" }, matched);
await shoot("board-matched-360-dark", { width: 360, height: 780, scheme: "dark" }, matched);
await browser.close();
