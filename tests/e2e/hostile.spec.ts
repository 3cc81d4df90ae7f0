import { test, expect, ready, plainLink } from "./fixtures";

// Deck text is plain text: whatever it contains is shown as typed and never runs.
const nasty = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `javascript:window.__pwned=3`,
  `"><svg onload=window.__pwned=4>`,
  `{{constructor.constructor('window.__pwned=5')()}}`,
  `مرحبا بالعالم — שלום עולם`,
  `👩🏽‍💻🚀✨ emoji and ZWJ sequences`,
  `\u202Ereversed text override\u202C`,
];

function hostileDeck() {
  return {
    format: "career-deck",
    version: 1,
    id: "hostile-1",
    title: nasty[0],
    updated_at: "2026-11-20T09:14:03Z",
    owner: nasty[1],
    profile: {
      headline: nasty[2],
      story: nasty[3] + "\n" + "x".repeat(9_000),
      values: nasty,
      strengths: ["y".repeat(10_000)],
      energizers: [],
      drainers: [],
      needs: [],
    },
    roadmap: [
      { id: "r1", title: nasty[4], organization: nasty[5], start: null, end: null, horizon: "now", notes: nasty[6] },
    ],
    competencies: [
      {
        id: "c1",
        name: nasty[7],
        current: 0,
        target: 5,
        why: nasty[0],
        actions: [{ id: "a1", text: nasty[1], due: null, done: false }],
      },
    ],
    asks: nasty,
  };
}

test("hostile text from a link is shown as text, runs nothing, and stays text in a kept copy", async ({ page, baseURL }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(plainLink(new URL(baseURL!).origin, JSON.stringify(hostileDeck())));
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: nasty[0] })).toBeVisible();
  for (const text of nasty) {
    await expect(page.getByText(text, { exact: true }).first()).toBeAttached();
  }
  await expect(page.locator("main img, main script, main iframe")).toHaveCount(0);
  await expect(page.locator("main svg[onload], main [onerror]")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.getByRole("button", { name: "Keep a copy" }).click();
  await expect(page.getByText("Kept in Shared with me.")).toBeVisible();
  await page.goto("./?view=shared");
  await ready(page);
  await expect(page.getByRole("heading", { name: nasty[0] })).toBeVisible();
  await page.getByRole("link", { name: "History" }).click();
  await ready(page);
  await expect(page.getByRole("heading", { level: 1, name: nasty[0] })).toBeVisible();
  await expect(page.getByText("y".repeat(10_000))).toBeAttached();
  await expect(page.locator("main img, main script, main iframe")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("a link breaking the format's limits is refused, naming the field", async ({ page, baseURL }) => {
  const deck = hostileDeck();
  deck.profile.strengths = ["z".repeat(10_001)];
  await page.goto(plainLink(new URL(baseURL!).origin, JSON.stringify(deck)));
  await ready(page);
  await expect(page.getByRole("alert")).toContainText("Who I am, Strengths, item 1");
  await expect(page.getByRole("alert")).toContainText("the limit is 10000");
  await expect(page.getByRole("button", { name: "Keep a copy" })).toHaveCount(0);
});
