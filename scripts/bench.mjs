// Career Deck's benchmark: drives the release build (served by scripts/static_server.py, as
// hosts serve it: gzip and the real headers) in headless Chromium, then Lighthouse 12 (mobile)
// against the same server, and prints one line per figure, each a median over several runs.
// Timings are reported, never asserted. Run through `scripts/bench`, which builds, serves and
// cleans up:
//
//   node scripts/bench.mjs --site DIR --base http://127.0.0.1:PORT/ [--links FILE]
//
// DIR is a copy of dist/ that the static server at --base serves; this script adds the
// baseline page to it. FILE holds the lines printed by `examples/link_sizes.rs`.
//
// Environment: BENCH_RUNS (default 7) runs per timed figure, BENCH_CHANGES (default 30)
// autosaved changes, BENCH_TYPED (default 60) characters typed per field, BENCH_LIGHTHOUSE
// (default 3) Lighthouse runs (0: none).

import { chromium } from "@playwright/test";
import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const SITE = arg("--site");
const BASE = arg("--base");
const LINKS = arg("--links");
if (!SITE || !BASE) {
  console.error("usage: node scripts/bench.mjs --site DIR --base http://127.0.0.1:PORT/ [--links FILE]");
  process.exit(2);
}
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const CHANGES = Math.max(2, Number(process.env.BENCH_CHANGES ?? 30));
const TYPED = Math.max(5, Number(process.env.BENCH_TYPED ?? 60));
const LIBRARY_DECKS = 1000;
const BIG_ROLES = 200;
const BIG_COMPETENCIES = 200;
const PASSPHRASE = "violet harbor kettle 1987 sunrise";
const DEBOUNCE_MS = 400;
const TYPING_RUNS = Math.min(3, RUNS);
const KEY_DELAY = 30; // ms between key presses while typing
const LIGHTHOUSE_RUNS = Math.max(0, Number(process.env.BENCH_LIGHTHOUSE ?? 3));
const LOCKED_LINKS = Math.min(3, RUNS); // locked links made, for the main-thread figure

const LAUNCH = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

// ── small helpers ────────────────────────────────────────────────────────────────────────

const progress = (msg) => process.stderr.write(`  … ${msg}\n`);
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const pct = (xs, p) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const ms = (x) => (x == null || Number.isNaN(x) ? "n/a" : x >= 100 ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
const range = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}x` : "n/a");
const line = (name, text) => console.log(`${name.padEnd(28)} ${text}`);
const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** A small deterministic PRNG (mulberry32), so seeded decks are the same every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the to and of a in for with my on that is it as we at our this by from more team will can " +
  "how work who want next people year about new help make when through customer product lead " +
  "where learn grow build better time each clear first data plan skills project show start part " +
  "feel best support good give need because week before after quarter month review goal manager " +
  "mentor engineering design feedback coaching meeting strategy process tools change problem " +
  "decisions together small real honest simple hard kind direct steady calm careful curious " +
  "practical focused open useful strong around between across within without often never still " +
  "service operations finance marketing sales research analytics platform security quality " +
  "release roadmap backlog priorities hiring onboarding training budget forecast partner " +
  "stakeholder director client users interviews survey metrics dashboard writing presentation " +
  "workshop course program mentoring pairing leadership ownership influence negotiation planning " +
  "analysis experiment prototype launch migration incident escalation retrospective milestone " +
  "trust confidence visibility autonomy balance focus energy impact growth career promotion scope"
).split(" ");
const FIRST = ["Noor", "Sam", "Aiko", "Lena", "Marco", "Priya", "Tomás", "Ada", "Kwame", "Ines", "Olu", "Mei", "Jonas", "Sara", "Ravi", "Elif"];
const LAST = ["Haddad", "Okafor", "Lindqvist", "Rossi", "Nakamura", "Silva", "Kowalski", "Moreau", "Mensah", "Patel", "Fischer", "Costa"];
const TOPICS = ["where I'm heading", "next two years", "growth plan", "career strategy", "the move to product", "leading a team", "back to engineering", "staff engineer track"];

function phrase(r, min, max) {
  const n = min + Math.floor(r() * (max - min + 1));
  const words = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(Math.pow(r(), 2) * WORDS.length)]);
  const s = words.join(" ");
  return s[0].toUpperCase() + s.slice(1);
}

/** Reads a plain share link back into deck JSON (envelope: kind 0, raw deflate, CRC-32). */
function deckFromPlainLink(link) {
  const fragment = link.slice(link.indexOf("#") + 1);
  if (!fragment.startsWith("d1.")) throw new Error(`not a share link: ${link.slice(0, 80)}`);
  const bytes = Buffer.from(fragment.slice(3), "base64url");
  if (bytes[0] !== 0) throw new Error("not a plain link");
  return JSON.parse(zlib.inflateRawSync(bytes.subarray(1, bytes.length - 4)).toString("utf8"));
}

/** The app's stored record shapes (src/model/record.rs): decks and summaries stores. */
function records(deck, createdAt) {
  return {
    deck: { schema: 2, id: deck.id, revision: 1, created_at: createdAt, deck },
    summary: { id: deck.id, title: deck.title, owner: deck.owner ?? null, updated_at: deck.updated_at, revision: 1 },
  };
}

/** A realistic library deck: the example deck's shape with its own title, owner and text. */
function libraryDeck(template, i) {
  const r = rng(1000 + i);
  const deck = structuredClone(template);
  const owner = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  deck.id = crypto.randomUUID();
  deck.owner = owner;
  deck.title = `${owner} — ${TOPICS[i % TOPICS.length]} ${2026 + (i % 4)} (${i + 1})`;
  deck.updated_at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
  if (deck.profile) deck.profile.headline = phrase(r, 6, 12);
  for (const item of deck.roadmap ?? []) item.notes = phrase(r, 5, 12);
  for (const c of deck.competencies ?? []) c.why = phrase(r, 6, 12);
  deck.asks = (deck.asks ?? []).map(() => phrase(r, 5, 12));
  return deck;
}

/** A deck with `roles` roadmap items and `comps` competencies (1–3 actions each). */
function bigDeck(template, roles, comps) {
  const r = rng(42);
  const deck = structuredClone(template);
  deck.id = crypto.randomUUID();
  deck.title = `Big deck: ${roles} roles and ${comps} competencies`;
  deck.updated_at = new Date().toISOString();
  const horizons = ["past", "now", "next", "aspiration"];
  deck.roadmap = Array.from({ length: roles }, (_, i) => {
    const horizon = horizons[i % 4];
    const ym = () => `${2010 + Math.floor(r() * 18)}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}`;
    return {
      id: `r${i + 1}`,
      title: phrase(r, 2, 4),
      organization: phrase(r, 1, 2),
      start: horizon === "aspiration" ? null : ym(),
      end: horizon === "past" ? ym() : null,
      horizon,
      notes: phrase(r, 8, 24),
    };
  });
  let action = 0;
  deck.competencies = Array.from({ length: comps }, (_, i) => {
    const current = Math.floor(r() * 5);
    return {
      id: `c${i + 1}`,
      name: phrase(r, 2, 3),
      current,
      target: Math.min(5, current + 1),
      why: phrase(r, 6, 16),
      actions: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
        id: `a${++action}`,
        text: phrase(r, 5, 12),
        due: `2027-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`,
        done: r() < 0.3,
      })),
    };
  });
  return deck;
}

// Installed in every page before the app runs: records when data-ready first becomes "true"
// and when `.deck-view` first appears (MutationObserver; navigation start is time 0), the
// first frame after each, the wasm exports (Trunk's start event), per-input frame times while
// typing, and IndexedDB read-write transactions (created → complete) to time saves.
const INIT = `(() => {
  const b = (window.__bench = { ready: null, readyFrame: null, deckView: null, deckViewFrame: null,
    wasm: null, typing: false, inputs: [], txs: [], longtasks: [], lcp: null, gaps: null });
  // Main-thread blocks: long tasks (the browser reports those over 50 ms) and, while
  // watchGaps() runs, the longest gap between two animation frames (a frame is ~16.7 ms).
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch (e) {}
  b.watchGaps = () => {
    const g = (b.gaps = { on: true, last: performance.now(), max: 0 });
    const tick = () => {
      if (!g.on) return;
      const now = performance.now();
      g.max = Math.max(g.max, now - g.last);
      g.last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  b.stopGaps = (t0) => {
    b.gaps.on = false;
    const tasks = b.longtasks.filter((t) => t.start + t.duration >= t0);
    return { gap: b.gaps.max, longest: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : 0, tasks: tasks.length };
  };
  const frame = (key) => requestAnimationFrame(() => setTimeout(() => { b[key] = performance.now(); }, 0));
  const check = () => {
    const now = performance.now();
    const root = document.documentElement;
    if (b.ready === null && root && root.dataset.ready === "true") { b.ready = now; frame("readyFrame"); }
    if (b.deckView === null && document.querySelector(".deck-view")) { b.deckView = now; frame("deckViewFrame"); }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });
  addEventListener("TrunkApplicationStarted", (e) => { b.wasm = e.detail && e.detail.wasm; });
  document.addEventListener("input", (e) => {
    if (!b.typing) return;
    const t0 = performance.now();
    requestAnimationFrame(() => setTimeout(() => b.inputs.push({ frame: performance.now() - t0 }), 0));
  }, true);
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (names, mode, ...rest) {
    const tx = transaction.call(this, names, mode, ...rest);
    if (mode === "readwrite") {
      const rec = { start: performance.now(), end: null, stores: [].concat(names) };
      b.txs.push(rec);
      tx.addEventListener("complete", () => { rec.end = performance.now(); });
    }
    return tx;
  };
})();`;

// ── the browser ──────────────────────────────────────────────────────────────────────────

let browser;
const contexts = new Set();

async function newContext() {
  const ctx = await browser.newContext();
  contexts.add(ctx);
  await ctx.addInitScript(INIT);
  return ctx;
}

async function closeContext(ctx) {
  contexts.delete(ctx);
  await ctx.close().catch(() => {});
}

async function benchValue(page, key, timeout = 120_000) {
  await page.waitForFunction((k) => window.__bench && window.__bench[k] != null, key, { timeout, polling: 20 });
  return page.evaluate((k) => window.__bench[k], key);
}

/** Navigation → data-ready and → the first frame after it, in the page just navigated. */
async function readyTimes(page) {
  const ready = await benchValue(page, "ready");
  const frame = await benchValue(page, "readyFrame");
  return { ready, frame };
}

async function heap(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize, totalSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const wasm = await page.evaluate(() => {
    const w = window.__bench.wasm;
    return w && w.memory && w.memory.buffer ? w.memory.buffer.byteLength : null;
  });
  return { used: usedSize, total: totalSize, wasm };
}

/** Writes decks straight into the app's IndexedDB, in one transaction. */
async function seed(page, recs) {
  await page.evaluate(async (recs) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open("career-deck"); // whatever version the app made
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onupgradeneeded = () => reject(new Error("the app has not created its database yet"));
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction(["decks", "summaries"], "readwrite");
      const decks = tx.objectStore("decks");
      const summaries = tx.objectStore("summaries");
      for (const r of recs) {
        decks.put(r.deck);
        summaries.put(r.summary);
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error("seeding aborted"));
    });
    db.close();
  }, recs);
}

async function openApp(page, url = BASE) {
  await page.goto(url, { waitUntil: "commit" });
  return readyTimes(page);
}

async function baselineLoad(page, reload) {
  if (reload) await page.reload({ waitUntil: "load" });
  else await page.goto(`${BASE}baseline.html`, { waitUntil: "load" });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return nav.loadEventStart;
  });
}

// ── 1. transfer sizes ────────────────────────────────────────────────────────────────────

function sizes() {
  const files = fs.readdirSync(SITE).filter((f) => fs.statSync(path.join(SITE, f)).isFile());
  const kinds = { wasm: [], js: [], css: [], html: [], other: [] };
  for (const f of files) {
    if (f === "baseline.html" || f === "typing-baseline.html") continue;
    if (f === "sw.js" || f.endsWith(".webmanifest")) kinds.other.push(f);
    else if (f.endsWith(".wasm")) kinds.wasm.push(f);
    else if (f.endsWith(".js")) kinds.js.push(f);
    else if (f.endsWith(".css")) kinds.css.push(f);
    else if (f.endsWith(".html")) kinds.html.push(f);
    else kinds.other.push(f);
  }
  const icons = path.join(SITE, "icons");
  if (fs.existsSync(icons)) for (const f of fs.readdirSync(icons)) kinds.other.push(path.join("icons", f));
  const measure = (list) => {
    let raw = 0, gz = 0, br = 0;
    for (const f of list) {
      const data = fs.readFileSync(path.join(SITE, f));
      raw += data.length;
      gz += zlib.gzipSync(data, { level: 9 }).length;
      br += zlib.brotliCompressSync(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }).length;
    }
    return { raw, gz, br, n: list.length };
  };
  const total = { raw: 0, gz: 0, br: 0, n: 0 };
  const out = {};
  for (const k of ["wasm", "js", "css", "html"]) {
    out[k] = measure(kinds[k]);
    for (const f of ["raw", "gz", "br", "n"]) total[f] += out[k][f];
  }
  out.total = total;
  out.other = measure(kinds.other);
  const fmt = (s) => `raw ${kb(s.raw).padStart(10)}  gzip-9 ${kb(s.gz).padStart(10)}  brotli-11 ${kb(s.br).padStart(10)}`;
  for (const k of ["wasm", "js", "css", "html"]) line(`size.${k}`, `${fmt(out[k])}  (${out[k].n} file${out[k].n === 1 ? "" : "s"})`);
  line("size.app_total", `${fmt(total)}  (wasm+js+css+html)`);
  line("size.not_in_total", `${fmt(out.other)}  (sw.js, manifest, ${kinds.other.length - 2} icons)`);
  return total;
}

// ── what must arrive before the app is ready ─────────────────────────────────────────────

/** The first-screen files by budget.py's rule (the page, what it references, what those
 * scripts import), with budget.py's own total (gzip -9). */
function budgetRule() {
  const out = spawnSync("python3", [path.join(path.dirname(new URL(import.meta.url).pathname), "budget.py"), SITE], { encoding: "utf8" });
  const text = `${out.stdout}`;
  const files = [...text.matchAll(/^\s{4}(\S+): [\d,]+ B raw, [\d,]+ B gzip$/gm)].map((m) => m[1]);
  const total = Number((text.match(/before the app is ready: ([\d,]+) B gzip/) ?? [, "NaN"])[1].replaceAll(",", ""));
  const later = Number((text.match(/loaded on demand by other screens: \d+ files, ([\d,]+) B gzip/) ?? [, "NaN"])[1].replaceAll(",", ""));
  return { files, total, later };
}

/** What the browser fetched before data-ready, from resource timing: compressed bodies and
 * whole transfers (headers included), in the page just made ready on a first visit. */
async function fetchedBeforeReady(page) {
  return page.evaluate(() => {
    const ready = window.__bench.ready;
    const nav = performance.getEntriesByType("navigation")[0];
    let body = nav.encodedBodySize, transfer = nav.transferSize, files = 1, after = 0;
    for (const e of performance.getEntriesByType("resource")) {
      if (e.responseEnd <= ready) {
        body += e.encodedBodySize;
        transfer += e.transferSize;
        files += 1;
      } else after += 1;
    }
    return { body, transfer, files, after };
  });
}

/** The first paints of the page just made ready: first contentful paint and the largest
 * contentful paint reported so far. */
async function paints(page) {
  await sleep(150); // the LCP entry of the ready frame arrives a little after it
  return page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    lcp: window.__bench.lcp,
  }));
}

/** Runs `act` in the page while watching the main thread; `done` is a page function that
 * says when the work is on screen. Returns the elapsed time, the longest long task and the
 * longest frame gap. */
async function watchMainThread(page, act, done, arg) {
  await page.evaluate(() => window.__bench.watchGaps());
  const t0 = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(done, arg, { timeout: 60_000, polling: 5 });
  const t1 = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
  await sleep(100); // long-task entries are delivered a little late
  const blocks = await page.evaluate((t0) => window.__bench.stopGaps(t0), t0);
  return { elapsed: t1 - t0, ...blocks };
}

// ── Lighthouse ───────────────────────────────────────────────────────────────────────────

/** Lighthouse 12, its default mobile emulation and simulated slow 4G, against the server. */
function lighthouse(url) {
  const cli = path.join(process.cwd(), "node_modules", "lighthouse", "cli", "index.js");
  if (!fs.existsSync(cli)) return null;
  const out = execFileSync(
    process.execPath,
    [cli, url, "--quiet", "--output=json", "--output-path=stdout", "--only-categories=performance",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }
  );
  const r = JSON.parse(out);
  const a = (k) => r.audits[k]?.numericValue ?? null;
  return {
    score: Math.round((r.categories.performance.score ?? 0) * 100),
    fcp: a("first-contentful-paint"),
    lcp: a("largest-contentful-paint"),
    tti: a("interactive"),
    tbt: a("total-blocking-time"),
    si: a("speed-index"),
    cls: a("cumulative-layout-shift"),
    version: r.lighthouseVersion,
  };
}

// ── main ─────────────────────────────────────────────────────────────────────────────────

async function main() {
  const started = Date.now();
  browser = await chromium.launch({ ...LAUNCH, headless: true });
  const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? os.cpus()[0]?.model ?? "unknown CPU";
  const load = os.loadavg().map((x) => x.toFixed(1)).join(" ");
  console.log(
    `# Career Deck benchmark  ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}  ${cpu.trim()}, ${os.availableParallelism()} cores, ` +
      `${mib(os.totalmem())} RAM, load ${load}  Chromium ${browser.version()} headless  ${RUNS} runs per timing  ` +
      `server: scripts/static_server.py (gzip -6, _headers)`
  );

  // 1. Sizes; what arrives before the app is ready; the baseline page, as many bytes over the
  // wire (gzip -6, as the server sends) as the app's first screen, in a comment it never shows.
  const total = sizes();
  const rule = budgetRule();
  const gz6 = (data) => zlib.gzipSync(data, { level: 6 }).length;
  const firstScreenGz6 = rule.files.reduce((n, f) => n + gz6(fs.readFileSync(path.join(SITE, f))), 0);
  const head = "<!doctype html><html lang=en><meta charset=utf-8><title>Baseline</title><p>Baseline page: as many bytes as the app's first screen.</p>\n<!--\n";
  const tail = "\n-->\n</html>\n";
  const r0 = rng(7);
  const noise = (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(r0() * 256))).toString("base64");
  let rawLen = firstScreenGz6;
  let baseline = "";
  for (let i = 0; i < 6; i++) {
    baseline = head + noise(Math.max(0, Math.round((rawLen * 3) / 4))) + tail;
    rawLen = Math.round(rawLen * (firstScreenGz6 / gz6(baseline)));
  }
  fs.writeFileSync(path.join(SITE, "baseline.html"), baseline);
  // The typing baseline: one text area on an empty page, typed into exactly as the big deck
  // is. Input → next frame waits for the display's next frame (~16.7 ms apart), so even this
  // page's p95 is near a whole frame: the deck's figures mean something only beside it.
  fs.writeFileSync(
    path.join(SITE, "typing-baseline.html"),
    '<!doctype html><html lang=en><meta charset=utf-8><title>Typing baseline</title>' +
      '<label for=plain>Notes</label><textarea id=plain rows=4 cols=60></textarea></html>\n'
  );
  const baselineGz = gz6(baseline);

  // 3 (made first): share links of the example deck, made by the app itself; then autosave
  // in the same deck (4).
  progress("making share links with the app, measuring autosave");
  const shareCtx = await newContext();
  const sp = await shareCtx.newPage();
  await openApp(sp);
  await sp.getByRole("button", { name: "Start from example" }).click();
  await sp.getByLabel("Deck title").waitFor();
  const editorUrl = sp.url();
  await sp.getByRole("link", { name: "Share", exact: true }).click();
  await sp.getByRole("button", { name: "Create link" }).click();
  const shareField = sp.getByLabel("Share link", { exact: true });
  await shareField.waitFor();
  const plainLink = await shareField.inputValue();
  // Making a locked link: Create link → the link shown, watching the main thread.
  const lockMake = [];
  let lockedLink = plainLink;
  for (let i = 0; i < LOCKED_LINKS; i++) {
    await sp.getByLabel("Passphrase (optional)").fill(PASSPHRASE);
    await sleep(300); // the page may start its crypto worker as the passphrase is typed
    const prev = lockedLink;
    lockMake.push(
      await watchMainThread(
        sp,
        () => sp.getByRole("button", { name: "Create link" }).click(),
        (prev) => {
          const el = [...document.querySelectorAll("textarea")].find((t) => t.labels?.[0]?.textContent === "Share link");
          return el && el.value && el.value !== prev;
        },
        prev
      )
    );
    lockedLink = await shareField.inputValue();
  }
  const lockPath = await sp.evaluate(() => document.documentElement.dataset.crypto ?? "n/a");
  const template = deckFromPlainLink(plainLink);
  template.profile ??= { headline: "", story: "", values: [], strengths: [], energizers: [], drainers: [], needs: [] };
  template.roadmap ??= [];
  template.competencies ??= [];
  template.asks ??= [];

  // 4. Autosave: change → committed ("career-deck:saved" mark), CHANGES times.
  await sp.goto(editorUrl, { waitUntil: "commit" });
  await readyTimes(sp);
  await sp.getByLabel("Headline", { exact: true }).waitFor();
  const saves = [];
  for (let i = 0; i < CHANGES; i++) {
    saves.push(
      await sp.evaluate(async (i) => {
        const b = window.__bench;
        const el = document.getElementById("profile-headline");
        if (!el) throw new Error("no Headline field (#profile-headline)");
        const marks = () => performance.getEntriesByName("career-deck:saved");
        const before = marks().length;
        const txBefore = b.txs.length;
        el.value = `Support team lead who turns customer pain into product changes (${i})`;
        const t = performance.now();
        el.dispatchEvent(new Event("input", { bubbles: true }));
        const deadline = t + 15_000;
        while (marks().length === before) {
          if (performance.now() > deadline) throw new Error("no career-deck:saved mark within 15 s");
          await new Promise((r) => setTimeout(r, 5));
        }
        const mark = marks()[marks().length - 1];
        const tx = b.txs.slice(txBefore).find((x) => x.stores.includes("decks") && x.end != null);
        return {
          latency: mark.startTime - t,
          txStart: tx ? tx.start - t : null,
          tx: tx ? tx.end - tx.start : null,
        };
      }, i)
    );
    await sleep(50);
  }
  await closeContext(shareCtx);

  // 2. Start-up: empty library (first visit), its reload from the service worker's cache,
  // the same with the network off, 1,000 decks (reload after seeding); 7. memory in the same
  // pages. Baselines: the baseline page, first visit and reload.
  progress(`start-up: empty library and ${LIBRARY_DECKS} decks, ${RUNS} runs`);
  const libraryRecs = Array.from({ length: LIBRARY_DECKS }, (_, i) => {
    const d = libraryDeck(template, i);
    return records(d, d.updated_at);
  });
  const st = { cold: [], coldFrame: [], warm: [], warmFrame: [], offline: [], big: [], bigFrame: [], baseCold: [], baseWarm: [], fcp: [], lcp: [], fetched: [] };
  const mem = { empty: [], library: [] };
  for (let run = 0; run < RUNS; run++) {
    const bctx = await newContext();
    const bp = await bctx.newPage();
    st.baseCold.push(await baselineLoad(bp, false));
    st.baseWarm.push(await baselineLoad(bp, true));
    await closeContext(bctx);

    const ctx = await newContext();
    const page = await ctx.newPage();
    const cold = await openApp(page);
    st.cold.push(cold.ready);
    st.coldFrame.push(cold.frame);
    st.fetched.push(await fetchedBeforeReady(page));
    const p = await paints(page);
    if (p.fcp != null) st.fcp.push(p.fcp);
    if (p.lcp != null) st.lcp.push(p.lcp);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 }).catch(() => {});
    await page.reload({ waitUntil: "commit" });
    const warm = await readyTimes(page);
    st.warm.push(warm.ready);
    st.warmFrame.push(warm.frame);
    await ctx.setOffline(true);
    await page.reload({ waitUntil: "commit" });
    st.offline.push((await readyTimes(page)).ready);
    await ctx.setOffline(false);
    mem.empty.push(await heap(ctx, page));
    await seed(page, libraryRecs);
    await page.reload({ waitUntil: "commit" });
    const big = await readyTimes(page);
    st.big.push(big.ready);
    st.bigFrame.push(big.frame);
    const listed = await page.evaluate(() => document.querySelectorAll("main li, main tr").length);
    if (run === 0 && listed < LIBRARY_DECKS) progress(`note: ${listed} list rows rendered at ready for ${LIBRARY_DECKS} decks`);
    mem.library.push(await heap(ctx, page));
    await closeContext(ctx);
  }

  // 3. Opening share links, each in a fresh context; Unlock watched on the main thread.
  progress(`opening share links, ${RUNS} runs each`);
  const sh = { plain: [], plainFrame: [], prompt: [], unlock: [], derive: [], paths: new Set() };
  for (let run = 0; run < RUNS; run++) {
    let ctx = await newContext();
    let page = await ctx.newPage();
    await page.goto(plainLink, { waitUntil: "commit" });
    sh.plain.push(await benchValue(page, "deckView"));
    sh.plainFrame.push(await benchValue(page, "deckViewFrame"));
    await closeContext(ctx);

    ctx = await newContext();
    page = await ctx.newPage();
    await page.goto(lockedLink, { waitUntil: "commit" });
    sh.prompt.push((await readyTimes(page)).ready);
    await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
    await sleep(300); // as a person would take to reach the button; the worker starts meanwhile
    const w = await watchMainThread(
      page,
      () => page.evaluate(() => {
        const button = [...document.querySelectorAll(".unlock button")].find((b) => b.textContent.trim() === "Unlock");
        if (!button) throw new Error("no Unlock button");
        button.click();
      }),
      () => document.querySelector(".deck-view") != null
    );
    const derive = await page.evaluate(() => performance.getEntriesByName("career-deck:derive-key")[0]?.duration ?? null);
    sh.paths.add(await page.evaluate(() => document.documentElement.dataset.crypto ?? "n/a"));
    sh.unlock.push(w);
    if (derive != null) sh.derive.push(derive);
    await closeContext(ctx);
  }

  // 5. A deck of 200 roles and 200 competencies: time to open, then typing.
  progress(`big deck (${BIG_ROLES} roles, ${BIG_COMPETENCIES} competencies): open ${RUNS} times, then typing`);
  const big = bigDeck(template, BIG_ROLES, BIG_COMPETENCIES);
  const bigRec = records(big, big.updated_at);
  const bigJson = JSON.stringify(big).length;
  const openBig = [], openBigFrame = [];
  let typing = null;
  for (let run = 0; run < RUNS; run++) {
    const ctx = await newContext();
    const page = await ctx.newPage();
    await openApp(page);
    await seed(page, [bigRec]);
    await page.goto(`${BASE}?deck=${big.id}`, { waitUntil: "commit" });
    const t = await readyTimes(page);
    openBig.push(t.ready);
    openBigFrame.push(t.frame);
    // Typing in the last (up to) 3 runs' pages; the samples are pooled.
    if (run >= RUNS - TYPING_RUNS) {
      const t = await typeIn(page);
      typing ??= {};
      for (const [k, v] of Object.entries(t)) {
        typing[k] ??= { samples: [], keys: 0, ms: 0 };
        typing[k].samples.push(...v.samples);
        typing[k].keys += v.keys;
        typing[k].ms += v.ms;
      }
    }
    await closeContext(ctx);
  }
  const plainTyping = { samples: [], keys: 0, ms: 0 };
  for (let run = 0; run < TYPING_RUNS; run++) {
    const ctx = await newContext();
    const page = await ctx.newPage();
    await page.goto(`${BASE}typing-baseline.html`, { waitUntil: "load" });
    const t = await typeInto(page, { plain: page.locator("#plain") });
    plainTyping.samples.push(...t.plain.samples);
    plainTyping.keys += t.plain.keys;
    plainTyping.ms += t.plain.ms;
    await closeContext(ctx);
  }

  // 8. Lighthouse, last, with this browser closed (it starts its own Chromium).
  await cleanup();
  browser = null;
  const lh = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    progress(`Lighthouse 12 (mobile), run ${i + 1} of ${LIGHTHOUSE_RUNS}`);
    try {
      const r = lighthouse(BASE);
      if (r) lh.push(r);
    } catch (e) {
      progress(`Lighthouse failed: ${String(e).split("\n")[0]}`);
    }
  }

  // ── report ──
  const med = (xs) => ms(median(xs));
  const runsNote = `(median of ${RUNS}, app range ${"%R"})`;
  const note = (xs) => runsNote.replace("%R", range(xs));
  const B = (n) => `${Math.round(n).toLocaleString("en")} B`;
  const fetchedBody = median(st.fetched.map((f) => f.body));
  const fetchedAll = median(st.fetched.map((f) => f.transfer));
  const fetchedFiles = median(st.fetched.map((f) => f.files));
  line("transfer.before_ready", `${B(rule.total)} gzip -9 by budget.py's rule (${rule.files.length} files; budget 300,000 B)  measured: ${B(fetchedBody)} of compressed bodies, ${B(fetchedAll)} with headers, ${fetchedFiles} requests before data-ready (gzip -6 server)`);
  line("transfer.on_demand", `${B(rule.later)} gzip -9 in the other screens' chunks and the crypto worker, fetched when first needed`);
  line("startup.empty_library", `app ${med(st.cold)} (next frame ${med(st.coldFrame)})  baseline ${med(st.baseCold)} (${B(baselineGz)} page)  ratio ${ratio(median(st.cold), median(st.baseCold))}  first visit ${note(st.cold)}`);
  line("startup.first_paint", `first contentful paint ${st.fcp.length ? med(st.fcp) : "n/a"}  largest contentful paint ${st.lcp.length ? med(st.lcp) : "n/a"}  (first visit; data-ready ${med(st.cold)})`);
  line("startup.empty_library_warm", `app ${med(st.warm)} (next frame ${med(st.warmFrame)})  baseline ${med(st.baseWarm)}  ratio ${ratio(median(st.warm), median(st.baseWarm))}  reload, service worker cache ${note(st.warm)}`);
  line("startup.offline", `app ${med(st.offline)}  reload with the network off, from the service worker cache ${note(st.offline)}`);
  line(`startup.${LIBRARY_DECKS}_decks`, `app ${med(st.big)} (next frame ${med(st.bigFrame)})  empty library ${med(st.warm)}  ratio ${ratio(median(st.big), median(st.warm))}  reload; ${LIBRARY_DECKS} decks, the first 40 rows at ready ${note(st.big)}`);
  line("share.open_plain", `app ${med(sh.plain)} (next frame ${med(sh.plainFrame)})  baseline ${med(st.baseCold)}  ratio ${ratio(median(sh.plain), median(st.baseCold))}  navigation → .deck-view, link ${plainLink.length} B ${note(sh.plain)}`);
  const un = (k) => sh.unlock.map((x) => x[k]);
  line("share.unlock", `Unlock → deck on screen ${med(un("elapsed"))}  longest main-thread block: long task ${Math.max(...un("longest")) > 0 ? med(un("longest")) + ` (max ${ms(Math.max(...un("longest")))})` : "none over 50 ms"}, frame gap ${med(un("gap"))} (max ${ms(Math.max(...un("gap")))})  key derivation ${sh.derive.length ? med(sh.derive) : "n/a"} in ${[...sh.paths].join("/")} (goal: no block over 50 ms) ${note(un("elapsed"))}`);
  const lm = (k) => lockMake.map((x) => x[k]);
  line("share.make_locked", `Create link → link shown ${ms(median(lm("elapsed")))}  longest main-thread block: long task ${Math.max(...lm("longest")) > 0 ? ms(median(lm("longest"))) + ` (max ${ms(Math.max(...lm("longest")))})` : "none over 50 ms"}, frame gap ${ms(median(lm("gap")))} (max ${ms(Math.max(...lm("gap")))})  key in ${lockPath}, link ${lockedLink.length} B (median of ${LOCKED_LINKS})`);
  const lat = saves.map((s) => s.latency);
  const txs = saves.map((s) => s.tx).filter((x) => x != null);
  const txStarts = saves.map((s) => s.txStart).filter((x) => x != null);
  line("autosave.change_to_commit", `p50 ${ms(pct(lat, 50))}  p95 ${ms(pct(lat, 95))}  max ${ms(Math.max(...lat))}  (${CHANGES} changes; includes the ${DEBOUNCE_MS} ms debounce)`);
  line("autosave.after_debounce", `p50 ${ms(pct(lat, 50) - DEBOUNCE_MS)}  p95 ${ms(pct(lat, 95) - DEBOUNCE_MS)}  save transaction alone p50 ${txs.length ? ms(pct(txs, 50)) : "n/a"} p95 ${txs.length ? ms(pct(txs, 95)) : "n/a"}  (change → tx start p50 ${txStarts.length ? ms(pct(txStarts, 50)) : "n/a"})`);
  line("bigdeck.open", `app ${med(openBig)} (next frame ${med(openBigFrame)})  baseline ${med(st.baseWarm)}  ratio ${ratio(median(openBig), median(st.baseWarm))}  ./?deck=…; ${BIG_ROLES} roles + ${BIG_COMPETENCIES} competencies, json ${kb(bigJson)} ${note(openBig)}`);
  const pf = plainTyping.samples.map((x) => x.frame);
  const plainNote = `plain text area p50 ${ms(pct(pf, 50))} p95 ${ms(pct(pf, 95))}`;
  for (const [name, t] of Object.entries(typing)) {
    const f = t.samples.map((x) => x.frame);
    line(
      `bigdeck.typing_${name}`,
      `input → next frame p50 ${ms(pct(f, 50))}  p95 ${ms(pct(f, 95))}  max ${ms(Math.max(...f))}  baseline ${plainNote}  ` +
        `(${t.samples.length} inputs over ${TYPING_RUNS} runs; one key per ${ms(t.ms / t.keys)} achieved, ${KEY_DELAY} ms asked)`
    );
  }
  line(
    "typing.baseline",
    `input → next frame p50 ${ms(pct(pf, 50))}  p95 ${ms(pct(pf, 95))}  max ${ms(Math.max(...pf))}  ` +
      `(one text area on an empty page, typed into as above; ${pf.length} inputs over ${TYPING_RUNS} runs)`
  );
  if (LINKS && fs.existsSync(LINKS)) process.stdout.write(fs.readFileSync(LINKS, "utf8"));
  const mm = (xs, k) => median(xs.map((x) => x[k]).filter((v) => v != null));
  const wasmNote = (xs) => (xs.some((x) => x.wasm != null) ? mib(mm(xs, "wasm")) : "n/a");
  line(`memory.${LIBRARY_DECKS}_decks`, `js heap used ${mib(mm(mem.library, "used"))} (allocated ${mib(mm(mem.library, "total"))})  wasm linear memory ${wasmNote(mem.library)}  (after GC; empty library: js ${mib(mm(mem.empty, "used"))}, wasm ${wasmNote(mem.empty)}; median of ${RUNS})`);
  if (lh.length) {
    const lq = (k) => median(lh.map((x) => x[k]));
    line(
      "lighthouse.mobile",
      `performance ${lq("score")}  LCP ${ms(lq("lcp"))}  TTI ${ms(lq("tti"))}  FCP ${ms(lq("fcp"))}  TBT ${ms(lq("tbt"))}  speed index ${ms(lq("si"))}  CLS ${lq("cls").toFixed(3)}  ` +
        `(Lighthouse ${lh[0].version}, simulated slow 4G and 4x CPU slowdown; median of ${lh.length}, scores ${lh.map((x) => x.score).join(" ")})`
    );
  } else {
    line("lighthouse.mobile", LIGHTHOUSE_RUNS ? "n/a (node_modules/lighthouse missing or every run failed)" : "skipped (BENCH_LIGHTHOUSE=0)");
  }
  progress(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Types into the big deck's Headline, then a roadmap item's Notes (the 101st of 200). */
async function typeIn(page) {
  // By id, not by label: label queries over ~24,000 elements are slow enough in Playwright to
  // time out on a busy machine, and they are not what is being measured.
  return typeInto(page, {
    headline: page.locator("#profile-headline"),
    roadmap_notes: page.locator(`#role-r${Math.floor(BIG_ROLES / 2) + 1}-notes`),
  });
}

/** Types the same text into each field; input → next frame for each input event. */
async function typeInto(page, fields) {
  const text = "and I want to lead the platform team by the end of next year, with a plan.".slice(0, TYPED).padEnd(TYPED, "x");
  const out = {};
  for (const [name, field] of Object.entries(fields)) {
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await page.keyboard.press("End");
    await page.evaluate(() => {
      window.__bench.inputs = [];
      window.__bench.typing = true;
    });
    const t0 = Date.now();
    await page.keyboard.type(` ${text}`, { delay: KEY_DELAY });
    const typedMs = Date.now() - t0;
    await sleep(300);
    const samples = await page.evaluate(() => {
      window.__bench.typing = false;
      return window.__bench.inputs;
    });
    await sleep(700); // let the autosave run before the next field
    out[name] = { samples, keys: text.length + 1, ms: typedMs };
  }
  return out;
}

const cleanup = async () => {
  for (const ctx of contexts) await ctx.close().catch(() => {});
  if (browser) await browser.close().catch(() => {});
  browser = null;
};
let interrupted = false;
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    interrupted = true;
    cleanup().finally(() => process.exit(130));
  });
}
main()
  .then(cleanup)
  .catch(async (e) => {
    console.error(interrupted ? "bench interrupted" : `bench failed: ${e && e.stack ? e.stack : e}`);
    await cleanup();
    process.exit(1);
  });
