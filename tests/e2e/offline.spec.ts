import { test, expect, open, ready, saved } from "./fixtures";

test("after one visit the app opens and works with the network gone", async ({ page, context }) => {
  await open(page);
  // Wait until the service worker has the release's files and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
    }
  });
  await page.getByRole("button", { name: "New deck" }).click();
  await page.getByLabel("Deck title").fill("Written before going offline");
  await saved(page);
  const editor = page.url();

  await context.setOffline(true);
  await page.goto("./");
  await ready(page);
  await expect(page.getByRole("heading", { name: "Written before going offline" })).toBeVisible();
  await page.goto(editor);
  await ready(page);
  await page.getByLabel("Headline").fill("Typed while offline");
  await saved(page);
  await page.reload();
  await ready(page);
  await expect(page.getByLabel("Headline")).toHaveValue("Typed while offline");
  await context.setOffline(false);
});
