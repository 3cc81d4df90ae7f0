import { test, expect, ready, saved, offlineReady, plainLink } from "./fixtures";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A static server of our own over a copy of dist/, so a test can stop it or change the release. */
// Each test's own server listens beside the suite's (E2E_PORT, as playwright.config.ts), so that
// two runs on one machine never meet on a port.
const basePort = Number(process.env.E2E_PORT ?? 4173);

async function ownServer(offset: number): Promise<{ dir: string; origin: string; stop: () => void; proc: ChildProcess }> {
  const port = basePort + offset;
  const dir = mkdtempSync(join(tmpdir(), "career-deck-"));
  cpSync("dist", dir, { recursive: true });
  const proc = spawn("python3", ["scripts/static_server.py", String(port), dir], { stdio: "ignore" });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/index.html`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { dir, origin, proc, stop: () => proc.kill("SIGKILL") };
}

test("after one visit the app and a share link open with the server gone", async ({ page, guard }) => {
  const server = await ownServer(218);
  guard.allowed.push(server.origin);
  try {
    await page.goto(`${server.origin}/`);
    await ready(page);
    await offlineReady(page);
    await page.getByRole("button", { name: "New deck" }).click();
    await page.getByLabel("Deck title").fill("Written before the server went away");
    await saved(page);
    const editor = page.url();

    server.stop();
    await page.goto(`${server.origin}/`);
    await ready(page);
    await expect(page.getByRole("heading", { name: "Written before the server went away" })).toBeVisible();
    await page.goto(editor);
    await ready(page);
    await page.getByLabel("Headline").fill("Typed with no server");
    await saved(page);
    await page.reload();
    await ready(page);
    await expect(page.getByLabel("Headline")).toHaveValue("Typed with no server");

    // A link someone sent opens from the cache too.
    const deck = { format: "career-deck", version: 1, id: "off-1", title: "Read offline", updated_at: "2026-11-20T09:14:03Z", asks: ["An ask"] };
    await page.goto(plainLink(server.origin, JSON.stringify(deck)));
    await ready(page);
    await expect(page.getByRole("heading", { level: 1, name: "Read offline" })).toBeVisible();
  } finally {
    server.stop();
  }
});

test("a locked link made before the server went away is unlocked in the crypto worker offline", async ({ page, guard }) => {
  const server = await ownServer(220);
  guard.allowed.push(server.origin);
  try {
    await page.goto(`${server.origin}/`);
    await ready(page);
    await offlineReady(page);
    await page.getByRole("button", { name: "Start from example" }).click();
    await expect(page.getByLabel("Deck title")).toBeVisible();
    await saved(page);
    await page.getByRole("link", { name: "Share", exact: true }).click();
    await ready(page);
    await page.getByLabel("Passphrase (optional)").fill("quiet harbour at dawn");
    await page.getByRole("button", { name: "Create link" }).click();
    const field = page.getByLabel("Share link", { exact: true });
    await expect(field).toHaveValue(/#d1\./);
    const locked = await field.inputValue();

    server.stop();
    // A fresh page, so that nothing of the worker that made the link is reused.
    const fresh = await page.context().newPage();
    await fresh.goto(locked);
    await ready(fresh);
    await fresh.getByLabel("Passphrase").fill("quiet harbour at dawn");
    await fresh.getByRole("button", { name: "Unlock" }).click();
    await expect(fresh.getByRole("heading", { level: 1, name: "Where I'm heading in 2027" })).toBeVisible();
    await expect(fresh.locator("html")).toHaveAttribute("data-crypto", "worker");
    await fresh.close();
  } finally {
    server.stop();
  }
});

test("a new release is offered, and reloading for it loses no text", async ({ page, guard }) => {
  const server = await ownServer(219);
  guard.allowed.push(server.origin);
  try {
    await page.goto(`${server.origin}/`);
    await ready(page);
    await offlineReady(page);
    await page.getByRole("button", { name: "New deck" }).click();
    await ready(page);
    await saved(page);

    // A second build: its service worker differs (a new version), as every release's does.
    const sw = join(server.dir, "sw.js");
    writeFileSync(sw, readFileSync(sw, "utf8").replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText("A new version of Career Deck is ready.")).toBeVisible();

    // Type and, at once, take the update: the text must survive the reload.
    await page.getByLabel("My story").fill("Typed just before the update");
    // Listen before clicking: the reload can finish before the click's promise settles.
    await Promise.all([page.waitForEvent("load"), page.getByRole("button", { name: "Reload to update" }).click()]);
    await ready(page);
    await expect(page.getByLabel("My story")).toHaveValue("Typed just before the update");
    await expect(page.getByText("A new version of Career Deck is ready.")).toHaveCount(0);
  } finally {
    server.stop();
  }
});
