// The cross-engine smoke suite: Career Deck's key flows in Firefox ESR (geckodriver) and
// WebKitGTK (WebKitWebDriver + MiniBrowser, on a virtual display), through WebDriver, against
// the release build in dist/ on the same static server the Playwright suite uses.
//
//   node tests/engines/smoke.mjs [firefox] [webkit]      (both when none is named)
//
// Environment: ENGINES_PORT (default 4270), GECKODRIVER, FIREFOX, WEBKIT_WEBDRIVER, MINIBROWSER.
// Prints one line per flow and engine, and exits non-zero when any flow fails.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";
import { by, Page } from "./page.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const port = Number(process.env.ENGINES_PORT ?? 4270);
const origin = `http://127.0.0.1:${port}`;
const vectorsDir = join(root, "docs/spec/vectors");

const firstExisting = (...paths) => paths.find((p) => p && existsSync(p));
const engines = {
  firefox: {
    label: "Firefox ESR",
    driver: firstExisting(process.env.GECKODRIVER, join(root, ".tools/bin/geckodriver"), "/usr/local/bin/geckodriver"),
    args: (p) => ["--host", "127.0.0.1", "--port", String(p), "--log", "error"],
    capabilities: (downloads) => ({
      browserName: "firefox",
      webSocketUrl: true, // WebDriver BiDi: console and network events
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
        args: ["-headless", "-width", "1280", "-height", "900"],
        prefs: {
          "browser.download.folderList": 2,
          "browser.download.dir": downloads,
          "browser.download.useDownloadDir": true,
          "browser.download.always_ask_before_handling_new_types": false,
          "browser.helperApps.neverAsk.saveToDisk": "application/json",
        },
      },
    }),
  },
  webkit: {
    label: "WebKitGTK",
    driver: firstExisting(process.env.WEBKIT_WEBDRIVER, "/usr/bin/WebKitWebDriver"),
    args: (p) => [`--port=${p}`],
    needsDisplay: true,
    capabilities: () => ({
      browserName: "MiniBrowser",
      "wdio:enforceWebDriverClassic": true, // WebKitWebDriver speaks WebDriver classic only
      "webkitgtk:browserOptions": {
        binary: firstExisting(
          process.env.MINIBROWSER,
          "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
          "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser",
          "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
        ),
        args: ["--automation"],
      },
    }),
  },
};

// ── processes ────────────────────────────────────────────────────────────────────────────

const started = [];
function start(cmd, args, opts = {}) {
  const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"], ...opts });
  let err = "";
  child.stderr?.on("data", (d) => (err = (err + d).slice(-4000)));
  child.lastError = () => err;
  started.push(child);
  return child;
}
function stopAll() {
  for (const c of started.splice(0)) if (c.exitCode === null) c.kill("SIGTERM");
}
process.on("exit", stopAll);
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(130));

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port: p } = s.address();
      s.close(() => ok(p));
    });
    s.on("error", fail);
  });
}

async function waitForHttp(url, what, timeout = 30_000) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/** A virtual display for WebKitGTK (unless one is already there). */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const x = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  started.push(x);
  const number = await new Promise((ok, fail) => {
    let out = "";
    x.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok(out.trim());
    });
    x.on("exit", () => fail(new Error("Xvfb did not start")));
    setTimeout(() => fail(new Error("Xvfb did not report a display")), 10_000);
  });
  return `:${number}`;
}

// ── one engine ───────────────────────────────────────────────────────────────────────────

async function session(engine, env, downloads, problems, notes) {
  const driverPort = await freePort();
  const driver = start(engine.driver, engine.args(driverPort), { env });
  await waitForHttp(`http://127.0.0.1:${driverPort}/status`, `${engine.label}'s WebDriver`);
  const browser = await remote({
    hostname: "127.0.0.1",
    port: driverPort,
    path: "/",
    logLevel: "silent",
    connectionRetryCount: 1,
    capabilities: engine.capabilities(downloads),
  });
  if (browser.isBidi) {
    // Firefox: every console error and uncaught exception, from the first script on; every
    // request, whatever started it.
    await browser.sessionSubscribe({ events: ["log.entryAdded", "network.beforeRequestSent"] });
    browser.on("log.entryAdded", (e) => {
      if (e.level === "error") problems.push(`console error: ${e.text}`);
    });
    browser.on("network.beforeRequestSent", (e) => {
      const url = e.request.url;
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
    });
  }
  await browser.setWindowSize(1280, 900).catch(() => {});
  const page = new Page(browser, origin, problems, notes);
  return {
    page,
    browser,
    async end() {
      await page.check();
      await browser.deleteSession().catch(() => {});
      driver.kill("SIGTERM");
    },
  };
}

// The storage advice each engine must get (model::keeping), and words from other engines'
// advice it must never get. Firefox may or may not have granted persistence by then; Safari's
// seven-day rule holds either way until the app is installed.
const ADVICE = {
  firefox: { engine: "gecko", own: ["Firefox"], never: ["Safari", "Home Screen", "seven days", "install button", "without asking"] },
  webkit: { engine: "webkit", own: ["Safari", "seven days", "Add to Home Screen"], never: ["Firefox", "install button", "without asking"] },
};

function checkWords(name, where, text) {
  const advice = ADVICE[name];
  for (const w of advice.own) if (!text.includes(w)) throw new Error(`${where} lacks "${w}": ${text}`);
  for (const w of advice.never) if (text.includes(w)) throw new Error(`${where} has another engine's "${w}": ${text}`);
}

/**
 * The quiet note on keeping the decks, in this engine's words. It must show unless the decks
 * are safe already: Firefox's persistence granted (Safari's seven days hold regardless).
 */
async function keepingNote(page, name, opening) {
  const xpath = '//*[@role="note"][@aria-label="Keeping your decks"]';
  const persisted = await page.b.execute(() => navigator.storage?.persisted?.() ?? false);
  if (name === "firefox" && persisted) {
    page.notes.add("Firefox granted persistent storage: no note expected");
    await page.gone(xpath, "the note (the decks are kept)");
    return;
  }
  const note = await page.find(xpath, "the note on keeping the decks");
  const text = await note.getText();
  if (!text.startsWith(opening)) throw new Error(`the note does not start "${opening}": ${text}`);
  checkWords(name, "the note", text);
}

const OWNER_PASSPHRASE = "maple river quiet lantern";
const EDITED = "Support lead on the way to product management";
const EXAMPLE_TITLE = "Where I'm heading in 2027";

async function runEngine(name) {
  const engine = engines[name];
  const results = [];
  const problems = [];
  const notes = new Set();
  let failed = false;
  const t0 = Date.now();
  // A flow runs only while the ones before it passed (they build on each other), except the
  // link checks, which need only a running browser.
  let blocked = false;
  const flow = async (title, fn, { independent = false } = {}) => {
    if (blocked && !(independent && current)) {
      results.push({ title, status: "skip" });
      return;
    }
    const t = Date.now();
    const before = problems.length;
    try {
      await fn();
      await current?.page.check();
      const fresh = problems.slice(before);
      if (fresh.length) throw new Error(`guard: ${fresh.join("; ")}`);
      results.push({ title, status: "pass", ms: Date.now() - t });
    } catch (e) {
      failed = true;
      if (!independent) blocked = true;
      results.push({ title, status: "fail", ms: Date.now() - t, error: String(e?.message ?? e).split("\n")[0] });
    }
    const r = results.at(-1);
    console.log(`  ${r.status.toUpperCase().padEnd(4)} ${name}: ${title}${r.ms === undefined ? "" : ` (${(r.ms / 1000).toFixed(1)} s)`}${r.error ? ` — ${r.error}` : ""}`);
  };

  if (!engine.driver) {
    console.log(`  FAIL ${name}: no WebDriver found for ${engine.label} (run scripts/setup)`);
    return { name, ok: false, ms: 0 };
  }
  const env = { ...process.env };
  if (engine.needsDisplay) env.DISPLAY = await display();
  const downloads = mkdtempSync(join(tmpdir(), `engines-${name}-`));
  if (name === "webkit") {
    // MiniBrowser saves downloads into the XDG download folder (the home folder when none is
    // set): point it at this run's own folder.
    const config = join(downloads, ".config");
    mkdirSync(config);
    writeFileSync(join(config, "user-dirs.dirs"), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
    env.XDG_CONFIG_HOME = config;
  }
  let current;
  let link;
  try {
    // ── the owner's browser ──
    await flow("the browser starts", async () => {
      current = await session(engine, env, downloads, problems, notes);
    });
    const p = () => current.page;
    await flow("the library loads", async () => {
      await p().open("/");
      await p().find(by.heading("Your decks", 1), 'heading "Your decks"');
    });
    await flow("the guard sees a console error and a blocked foreign request", async () => {
      // Proves, in this engine, that the checks every flow runs under would catch a problem.
      await p().b.execute(() => {
        console.error("smoke self-test");
        const img = new Image();
        img.src = "http://192.0.2.1/smoke-self-test.png";
        document.body.append(img);
        setTimeout(() => img.remove(), 1000);
      });
      let caught = [];
      await p().waitFor("the guard to notice", async () => {
        const before = problems.length;
        await p().check();
        caught.push(...problems.splice(before));
        return caught.some((c) => c.includes("console error")) && caught.some((c) => /192\.0\.2\.1|CSP violation/.test(c));
      }, 10_000);
      // Events the driver sends on its own channel may come a moment later: drop those too.
      await sleep(1000);
      for (let i = problems.length - 1; i >= 0; i--) if (/smoke.self.test/.test(problems[i])) problems.splice(i, 1);
    });
    await flow('"Start from example" opens the example deck', async () => {
      await p().click(by.button("Start from example"), '"Start from example"');
      await p().find(by.field("Deck title"), "the editor");
      await p().ready();
      await p().waitFor("the example's title", async () => (await p().value("Deck title")) === EXAMPLE_TITLE);
    });
    await flow("an edit is saved", async () => {
      await p().fill("Headline", EDITED);
      await p().saved();
      await sleep(300);
      await keepingNote(p(), name, "Your work is saved in this browser only.");
    });
    await flow("after a reload the edit is there", async () => {
      await p().reload();
      await p().waitFor("the edited headline", async () => (await p().value("Headline")) === EDITED);
    });
    await flow("present: slides move with the keyboard, Esc leaves", async () => {
      await p().click(by.button("Present"), '"Present"');
      const counter = async () => (await p().text(by.text("Slide "), "the slide counter")).match(/Slide (\d+) of (\d+)/);
      await p().waitFor("slide 1", async () => (await counter())?.[1] === "1");
      const total = Number((await counter())[2]);
      if (total < 3) throw new Error(`only ${total} slides`);
      const at = async (n) => p().waitFor(`slide ${n}`, async () => Number((await counter())?.[1]) === n);
      await p().key("ArrowRight");
      await at(2);
      await p().key("ArrowRight");
      await at(3);
      await p().key("ArrowLeft");
      await at(2);
      await p().key("End");
      await at(total);
      await p().key("Home");
      await at(1);
      await p().key("Escape");
      await p().find(by.field("Deck title"), "the editor again");
    });
    await flow("a passphrase share link is made", async () => {
      await p().ready();
      await p().click(by.link("Share"), '"Share"');
      await p().ready();
      await keepingNote(p(), name, "A link gives the other person a copy");
      await p().fill("Passphrase (optional)", OWNER_PASSPHRASE);
      await p().click(by.button("Create link"), '"Create link"');
      await p().waitFor("the link", async () => /#d1\./.test(await p().value("Share link")));
      link = await p().value("Share link");
      if (!link.startsWith(origin)) throw new Error(`the link is not for this origin: ${link.slice(0, 60)}`);
    });
    await flow('"Copy link" copies, or says how to', async () => {
      // Clipboard rules differ per engine (user gesture, permission): either outcome is fine,
      // as long as the person is told which.
      await p().click(by.button("Copy link"), '"Copy link"');
      let said;
      await p().waitFor("what Copy link did", async () => {
        for (const el of await p().b.$$(by.role("status"))) {
          const t = await el.getText().catch(() => "");
          if (/Link copied\.|blocked copying/.test(t)) said = t;
        }
        return Boolean(said);
      });
      p().notes.add(`Copy link: "${said}"`);
    });
    await flow("Settings gives this engine's storage advice", async () => {
      await p().click(by.link("Settings"), '"Settings"');
      await p().ready();
      const advice = await p().find('//p[contains(concat(" ", @class, " "), " storage-state ")]', "the storage advice");
      const engine = await advice.getAttribute("data-engine");
      if (engine !== ADVICE[name].engine) throw new Error(`the app took ${name} for "${engine}"`);
      checkWords(name, "the advice", await advice.getText());
    });
    await flow("a backup downloads", async () => {
      await p().click(by.button("Download a backup"), '"Download a backup"');
      await p().find(by.text("Last backup downloaded here on"), "the backup's date");
      {
        // Firefox saves it into the folder its preferences name, MiniBrowser into XDG's.
        let file;
        await p().waitFor("the backup file", async () => {
          file = readdirSync(downloads).find((f) => /^career-deck-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f));
          return Boolean(file);
        });
        const backup = JSON.parse(readFileSync(join(downloads, file), "utf8"));
        if (!JSON.stringify(backup).includes(EDITED)) throw new Error("the backup lacks the edited deck");
      }
    });
    if (current) await current.end();
    current = null;

    // ── the recipient's browser: a fresh profile that has never seen the app ──
    await flow("a fresh browser starts", async () => {
      current = await session(engine, env, downloads, problems, notes);
    });
    await flow("the passphrase link opens, unlocks and reads", async () => {
      await p().open(link);
      const pass = await p().find(by.field("Passphrase"), 'the "Passphrase" field');
      if ((await pass.getAttribute("type")) !== "password") throw new Error("the passphrase is not masked");
      await pass.setValue(OWNER_PASSPHRASE);
      await p().click(by.button("Unlock"), '"Unlock"');
      await p().find(by.heading("Roadmap"), 'heading "Roadmap"', 30_000);
      await p().find(by.heading("Asks"), 'heading "Asks"');
      await p().find(by.text(EDITED), "the edited headline");
      await p().find(by.text("not saved on this device"), "the not-saved note");
    });
    await flow('"Keep a copy" keeps it in Shared with me', async () => {
      await p().click(by.button("Keep a copy"), '"Keep a copy"');
      await p().find(by.text("Kept in Shared with me."), "the kept note");
      await p().click(by.link("Shared with me"), '"Shared with me"');
      await p().ready();
      await p().find(by.heading(EXAMPLE_TITLE), "the kept deck");
    });
    for (const file of readdirSync(vectorsDir).filter((f) => f.endsWith(".json")).sort()) {
      await flow(`conformance vector ${file}`, async () => {
        const vector = JSON.parse(readFileSync(join(vectorsDir, file), "utf8"));
        await openFresh(p(), `${origin}/#${vector.fragment}`);
        if (vector.passphrase) {
          await p().fill("Passphrase", vector.passphrase, { exact: true });
          await p().click(by.button("Unlock"), '"Unlock"');
        }
        const doc = vector.deck ?? vector.board;
        await p().find(by.heading(doc.title, 1), `heading "${doc.title}"`, 30_000);
        for (const o of vector.board?.opportunities ?? []) await p().find(by.heading(o.title, 3), `opportunity "${o.title}"`);
        if (vector.deck?.owner) await p().find(by.text(vector.deck.owner), `owner "${vector.deck.owner}"`);
      }, { independent: true });
    }
    await flow("broken links say what is wrong", async () => {
      const full = JSON.parse(readFileSync(join(vectorsDir, "plain-full.json"), "utf8")).fragment;
      await openFresh(p(), `${origin}/#${full.slice(0, full.length - 40)}`);
      await p().find(by.role("alert", "damaged or incomplete"), "the damaged-link alert");
      await openFresh(p(), `${origin}/#d2.AAAA`);
      await p().find(by.role("alert", "newer version"), "the newer-version alert");
    }, { independent: true });
  } finally {
    if (current) await current.end();
    rmSync(downloads, { recursive: true, force: true });
  }
  const ms = Date.now() - t0;
  for (const n of notes) console.log(`  note ${name}: ${n}`);
  const passed = results.filter((r) => r.status === "pass").length;
  const ok = !failed;
  console.log(`${ok ? "PASS" : "FAIL"} ${engine.label}: ${passed} of ${results.length} flows passed in ${(ms / 1000).toFixed(0)} s`);
  return { name, ok, ms };
}

/** Opens a URL as a new document (a link differing only after `#` would not reload). */
async function openFresh(page, url) {
  await page.check();
  await page.b.url("about:blank");
  await page.b.url(url);
  await page.ready();
}

// ── main ─────────────────────────────────────────────────────────────────────────────────

const chosen = process.argv.slice(2).filter((a) => a in engines);
const names = chosen.length ? chosen : Object.keys(engines);
if (!existsSync(join(root, "dist/index.html"))) {
  console.error("No dist/: build the release app first (trunk build --release --offline).");
  process.exit(2);
}
const server = start("python3", [join(root, "scripts/static_server.py"), String(port), join(root, "dist")], { cwd: root });
try {
  await waitForHttp(`${origin}/index.html`, "the static server");
} catch (e) {
  console.error(`${e.message}: ${server.lastError()}`);
  process.exit(2);
}
const outcomes = [];
for (const name of names) {
  console.log(`${engines[name].label} (${name}):`);
  outcomes.push(await runEngine(name));
}
stopAll();
const bad = outcomes.filter((o) => !o.ok);
console.log(bad.length ? `Cross-engine smoke FAILED in: ${bad.map((o) => o.name).join(", ")}` : `Cross-engine smoke passed in ${names.join(", ")}.`);
process.exit(bad.length ? 1 : 0);
