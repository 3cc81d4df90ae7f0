// Takes the README's and docs' screenshots of the release build: the editor (desktop and
// 360 px wide, light and dark), the library, the share screen and the recipient's view.
//   node scripts/screenshots.mjs [port]   (serve dist/ on that port first)
import { chromium } from "@playwright/test";

const port = process.argv[2] ?? "4300";
const base = `http://127.0.0.1:${port}/`;
const out = "docs/screenshots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});

async function shoot(name, { width, height, scheme, fullPage = false }, go) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(base);
  await page.locator("html[data-ready=true]").waitFor();
  await go(page);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage });
  await context.close();
}

const example = async (page) => {
  await page.getByRole("button", { name: "Start from example" }).click();
  await page.getByLabel("Deck title").waitFor();
  await page.locator("html[data-ready=true]").waitFor();
};

for (const scheme of ["light", "dark"]) {
  await shoot(`editor-desktop-${scheme}`, { width: 1280, height: 900, scheme }, example);
  await shoot(`editor-360-${scheme}`, { width: 360, height: 780, scheme }, example);
}
await shoot("editor-growth-desktop-light", { width: 1280, height: 900, scheme: "light" }, async (page) => {
  await example(page);
  await page.getByRole("heading", { name: "Growth" }).scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById("section-growth").scrollIntoView());
});
await shoot("library-desktop-light", { width: 1280, height: 700, scheme: "light" }, async (page) => {
  await example(page);
  await page.getByRole("navigation").getByRole("link", { name: "Your decks" }).click();
  await page.getByRole("button", { name: "New deck" }).waitFor();
});
await shoot("share-desktop-light", { width: 1280, height: 1000, scheme: "light" }, async (page) => {
  await example(page);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await page.getByRole("checkbox", { name: "Growth" }).uncheck();
  await page.getByRole("button", { name: "Create link" }).click();
  await page.getByLabel("Share link", { exact: true }).waitFor();
});
await shoot("shared-view-360-dark", { width: 360, height: 780, scheme: "dark" }, async (page) => {
  await example(page);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByLabel("Share link", { exact: true }).inputValue();
  await page.goto("about:blank");
  await page.goto(link);
  await page.locator(".deck-view").waitFor();
});
await browser.close();
