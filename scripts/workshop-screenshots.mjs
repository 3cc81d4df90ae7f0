// Takes the workshop's screenshots from the release build: every step, desktop (1280 px) and
// 360 px wide, with a half-finished workshop on a blank deck; plus the value sort's ranking
// and the before/after review on the example deck.
//   node scripts/workshop-screenshots.mjs [port]   (serve dist/ on that port first)
import { chromium } from "@playwright/test";

const port = process.argv[2] ?? "4300";
const base = `http://127.0.0.1:${port}/`;
const out = "docs/screenshots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
});

const top = ["Craft", "Helping others grow", "Fairness", "Learning", "Calm", "Autonomy", "Humour"];
const state = (current) => ({
  version: 1,
  current,
  done: ["values", "energy", "strengths"],
  values: {
    phase: "rank",
    placements: [
      ...top.map((card) => ({ card, pile: "very_important" })),
      { card: "Security", pile: "important" },
      { card: "Wealth", pile: "less_so" },
    ],
    band: top,
    notes: {
      Craft: { meaning: "Doing the job properly, even when nobody checks", moment: "The night I rewrote the handover notes so the morning team would not miss a thing." },
      "Helping others grow": { meaning: "Leaving people more capable than I found them", moment: "" },
    },
  },
  energy: {
    frame: "yesterday",
    episodes: [
      { what: "Teaching the new starters", with_whom: "Priya and Tom", setting: "On the ward", energy: 2, engagement: 4 },
      { what: "Weekly status report", with_whom: "On my own", setting: "At my desk", energy: -2, engagement: 1 },
      { what: "Teaching a student nurse", with_whom: "Sam", setting: "On the ward", energy: 2, engagement: 4 },
      { what: "Chasing rota changes", with_whom: "The office", setting: "On the phone", energy: -1, engagement: 1 },
    ],
    energizer_names: [],
    drainer_names: [],
    nudges: [],
  },
  strengths: {
    strengths: [
      { name: "Explaining hard things simply", evidence: "Taught the new rota to the night team in ten minutes." },
      { name: "Staying calm when things go wrong", evidence: "" },
    ],
    colleague_stories: ["Sam said I was the one who made the first week bearable."],
  },
  story: {
    chapters: [
      { title: "The night shifts", from: "2015-03", to: "2019-08", high: "My first solo night", low: "Burning out in year three", turning_point: "A mentor asked what I actually enjoyed" },
      { title: "Learning to teach", from: "2019-09", high: "The first student I signed off", low: "", turning_point: "" },
    ],
    paragraph: "",
  },
  pitch: { overlaps: "Teaching shows up everywhere.", draft: "" },
  direction: {
    current_path: { six_word_title: "Ward manager at a teaching hospital", description: "", questions: ["What does a ward manager's week look like?"], steps: [{ title: "Shadow the ward manager", when: "2027-02" }], confidence: 3, appeal: 2, resources: 3 },
    path_vanished: { six_word_title: "Training nurses for a medical charity", description: "", questions: [], steps: [], confidence: 2, appeal: 4, resources: 1 },
    unbounded: { six_word_title: "", description: "", questions: [], steps: [], confidence: 0, appeal: 0, resources: 0 },
    chosen: "path_vanished",
  },
  gaps: {
    gaps: [
      { name: "Designing a training course", current: 1, target: 3, why: "The charity hires people who can build courses.", action: { when: "When the spring course list is out", will: "ask to co-run one session", due: "2027-03-31", kind: "people" } },
    ],
  },
  asks: { asks: ["More visibility", "Let me run the Tuesday teaching session for the next month"], needs: ["Quiet time to plan"], supporters: [{ name: "Priya", role: "sponsor", how: "Puts my name forward" }] },
  summary: { next_step: "rehearse", revisit_on: null },
});

async function withDeck(page, example) {
  await page.goto(base);
  await page.locator("html[data-ready=true]").waitFor();
  await page.getByRole("button", { name: example ? "Start from example" : "New deck" }).click();
  await page.getByLabel("Deck title").waitFor();
  await page.locator("html[data-ready=true]").waitFor();
  return new URL(page.url()).searchParams.get("deck");
}

async function seed(page, id, value) {
  await page.evaluate(
    ([id, value]) =>
      new Promise((ok, fail) => {
        const open = indexedDB.open("career-deck");
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("workshop", "readwrite");
          tx.objectStore("workshop").put({ id, state: value });
          tx.oncomplete = () => { open.result.close(); ok(); };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [id, value],
  );
}

async function shoot(name, { width, height, scheme = "light", example = false, current, fresh = false }, go) {
  // bypassCSP only so the script can unstick the sticky bars for full-page pictures.
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1, bypassCSP: true });
  const page = await context.newPage();
  const id = await withDeck(page, example);
  if (!fresh) await seed(page, id, state(current));
  await page.goto(`${base}?deck=${id}&view=workshop`);
  await page.locator("html[data-ready=true]").waitFor();
  await page.locator(".step-head h2").waitFor();
  await page.addStyleTag({ content: ".app-header, .toolbar, .workshop-progress { position: static !important; }" });
  if (go) await go(page);
  await page.waitForTimeout(300);
  // A viewport as tall as the page: full-page capture leaves tiles blank on long pages here.
  const tall = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(tall, 12000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/${name}.png` });
  await context.close();
}

const steps = ["values", "energy", "strengths", "story", "pitch", "direction", "gaps", "asks_supporters", "summary"];
for (const step of steps) {
  const fresh = step === "values";
  await shoot(`workshop-${step}-desktop`, { width: 1280, height: 900, current: step, fresh });
  await shoot(`workshop-${step}-360`, { width: 360, height: 780, current: step, fresh });
}
await shoot("workshop-values-rank-desktop", { width: 1280, height: 900, current: "values" });
await shoot("workshop-values-rank-360-dark", { width: 360, height: 780, scheme: "dark", current: "values" });
await shoot("workshop-review-example-desktop", { width: 1280, height: 900, current: "values", example: true }, async (page) => {
  await page.getByRole("button", { name: "Show what changes in my deck" }).click();
  await page.locator(".changes").waitFor();
  await page.locator(".deck-changes").scrollIntoViewIfNeeded();
});
await shoot("workshop-review-example-360", { width: 360, height: 780, current: "values", example: true }, async (page) => {
  await page.getByRole("button", { name: "Show what changes in my deck" }).click();
  await page.locator(".changes").waitFor();
});
await browser.close();
