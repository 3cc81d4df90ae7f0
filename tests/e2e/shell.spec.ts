import { test, expect, open, ready, watch } from "./fixtures";

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

test("the server sends the hosting headers, with framing refused", async ({ page, request }) => {
  const res = await request.get("./");
  const csp = res.headers()["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).toContain("default-src 'none'");
  expect(res.headers()["referrer-policy"]).toBe("no-referrer");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["permissions-policy"]).toContain("camera=()");
  await open(page);
});

test("the guard catches a deliberate violation (so it cannot pass vacuously)", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const w = watch(context, new URL(baseURL!).origin);
  const page = await context.newPage();
  await page.goto(baseURL!);
  await ready(page);
  await page.evaluate(() => {
    // An inline script, which the policy forbids, and a request to another origin.
    const s = document.createElement("script");
    s.textContent = "window.__ran = 1";
    document.body.append(s);
    const img = new Image();
    img.src = "https://example.invalid/pixel.png";
    document.body.append(img);
    console.error("a deliberate console error");
    // A worker from anywhere but the app's own files (worker-src 'self').
    try {
      new Worker(URL.createObjectURL(new Blob(["postMessage(1)"], { type: "text/javascript" })));
    } catch {
      /* refused: the console says why */
    }
  });
  await expect.poll(() => w.problems.length).toBeGreaterThanOrEqual(3);
  expect(w.problems.join("\n")).toMatch(/Content Security Policy|console error/);
  expect(w.problems.join("\n")).toMatch(/worker-src/);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  await context.close();
});
