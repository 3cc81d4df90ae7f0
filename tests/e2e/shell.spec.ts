import { test, expect, open, ready } from "./fixtures";

test("the app loads, reaches ready and shows the shell", async ({ page }) => {
  await open(page);
  await expect(page.getByRole("link", { name: "Career Deck" })).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your decks", level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "New deck" })).toBeVisible();
});

test("every screen reloads on a plain static server", async ({ page }) => {
  await open(page);
  await page.getByRole("button", { name: "Start from example" }).click();
  await expect(page.getByLabel("Deck title")).toHaveValue("Where I'm heading in 2027");
  const editor = page.url();
  const screens: [string, () => Promise<void>][] = [
    [editor, () => expect(page.getByLabel("Deck title")).toHaveValue("Where I'm heading in 2027")],
    [editor + "&view=present", () => expect(page.getByText(/Slide 1 of/)).toBeVisible()],
    [editor + "&view=share", () => expect(page.getByRole("heading", { name: /Share “Where I'm heading/ })).toBeVisible()],
    ["./?view=settings", () => expect(page.getByRole("heading", { name: "Settings" })).toBeVisible()],
    ["./?view=shared", () => expect(page.getByRole("heading", { name: "Shared with me" })).toBeVisible()],
    ["./?view=commitments", () => expect(page.getByRole("heading", { name: "My commitments" })).toBeVisible()],
    ["./?view=guide", () => expect(page.getByRole("heading", { name: "Holding a career conversation" })).toBeVisible()],
    ["./?view=nonsense", () => expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible()],
    ["./", () => expect(page.getByRole("heading", { name: "Your decks" })).toBeVisible()],
  ];
  for (const [url, check] of screens) {
    await page.goto(url);
    await ready(page);
    await check();
    await page.reload();
    await ready(page);
    await check();
  }
});
