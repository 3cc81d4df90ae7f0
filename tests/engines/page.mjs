// Finding things the way a person names them — a button by its words, a field by its label, a
// heading by its text — through plain WebDriver XPath, which every engine's driver supports the
// same way (WebdriverIO's `aria/` selector falls back to different strategies per driver).

/** An XPath string literal for any text (XPath 1.0 has no escape for quotes). */
export function lit(s) {
  if (!s.includes('"')) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  return `concat(${s.split('"').map((p) => `"${p}"`).join(`, '"', `)})`;
}

const named = (name) => `(normalize-space(.)=${lit(name)} or @aria-label=${lit(name)})`;

export const by = {
  button: (name) => `//button[${named(name)}] | //a[contains(concat(' ', @class, ' '), ' button ')][${named(name)}]`,
  link: (name) => `//a[${named(name)}]`,
  /** A form control by its label's words (`<label for>`) or its aria-label. */
  field: (label) =>
    `//*[(self::input or self::textarea or self::select) and (@id=//label[normalize-space(.)=${lit(label)}]/@for or @aria-label=${lit(label)})]`,
  heading: (name, level) =>
    `//*[${level ? `self::h${level}` : "self::h1 or self::h2 or self::h3 or self::h4"}][normalize-space(.)=${lit(name)}]`,
  /** The innermost element whose text contains `text`. */
  text: (text) =>
    `//body//*[contains(normalize-space(.), ${lit(text)})][not(.//*[contains(normalize-space(.), ${lit(text)})])]`,
  role: (role, text) => `//*[@role=${lit(role)}]${text ? `[contains(normalize-space(.), ${lit(text)})]` : ""}`,
};

/** What a page under test offers: waiting, finding, and the guard's checks. */
export class Page {
  constructor(browser, origin, problems, notes = new Set()) {
    this.b = browser;
    this.origin = origin;
    this.problems = problems;
    /** Workarounds the engine needed, reported once at the end. */
    this.notes = notes;
  }

  async waitFor(what, check, timeout = 20_000) {
    await this.b.waitUntil(check, { timeout, interval: 100, timeoutMsg: `timed out waiting for ${what}` });
  }

  /** The one visible element the XPath names (waits for it). */
  async find(xpath, what = xpath, timeout = 20_000) {
    let found;
    await this.waitFor(what, async () => {
      for (const el of await this.b.$$(xpath)) {
        if (await el.isDisplayed().catch(() => false)) {
          found = el;
          return true;
        }
      }
      return false;
    }, timeout);
    return found;
  }

  async gone(xpath, what = xpath) {
    await this.waitFor(`${what} to be gone`, async () => {
      for (const el of await this.b.$$(xpath)) if (await el.isDisplayed().catch(() => false)) return false;
      return true;
    });
  }

  async ready() {
    await this.waitFor("data-ready", async () => (await this.b.execute(() => document.documentElement.dataset.ready)) === "true");
    await this.capture();
  }

  /** Opens a URL (relative to the app) and waits for the screen to be ready. */
  async open(path = "/") {
    await this.check();
    await this.b.url(new URL(path, this.origin).href);
    await this.ready();
  }

  async reload() {
    await this.check();
    await this.b.refresh();
    await this.ready();
  }

  async click(xpath, what) {
    const el = await this.find(xpath, what);
    await el.scrollIntoView({ block: "center" }).catch(() => {});
    await el.click();
  }

  /**
   * Types into the field the label names. With `exact`, text the driver cannot type (WebKitGTK
   * drops characters outside the Basic Multilingual Plane, such as emoji) is then set the way an
   * input method would: the value, and an input event.
   */
  async fill(label, text, { exact = false } = {}) {
    const el = await this.find(by.field(label), `field "${label}"`);
    await el.clearValue();
    await el.setValue(text);
    if (exact && (await el.getValue()) !== text) {
      this.notes.add(`typed text outside the BMP set through an input event (${label})`);
      await this.b.execute(
        (e, t) => {
          e.value = t;
          e.dispatchEvent(new InputEvent("input", { bubbles: true, data: t, inputType: "insertText" }));
        },
        el,
        text,
      );
    }
  }

  async value(label) {
    return (await this.find(by.field(label), `field "${label}"`)).getValue();
  }

  async text(xpath, what) {
    return (await this.find(xpath, what)).getText();
  }

  async saved() {
    await this.find(by.role("status", "All changes saved"), '"All changes saved"');
  }

  async key(k) {
    await this.b.keys(k);
  }

  /**
   * Installs, in the current document, a record of errors, rejected promises, CSP violations
   * and console.error calls (for drivers without a log channel). It is installed as soon as the
   * screen is ready, so anything logged before that is seen only where the driver has logs.
   */
  async capture() {
    await this.b.execute(() => {
      if (window.__smoke) return;
      const seen = (window.__smoke = []);
      addEventListener("error", (e) => seen.push(`page error: ${e.message}`));
      addEventListener("unhandledrejection", (e) => seen.push(`unhandled rejection: ${e.reason}`));
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      const original = console.error;
      console.error = function (...args) {
        seen.push(`console error: ${args.map(String).join(" ")}`);
        return original.apply(this, args);
      };
    });
  }

  /** The guard, for the current document: every resource from the app's origin, nothing logged. */
  async check() {
    const state = await this.b
      .execute(() => ({
        href: location.href,
        resources: performance.getEntriesByType("resource").map((e) => e.name),
        seen: window.__smoke ?? [],
      }))
      .catch(() => null);
    if (!state || !state.href.startsWith("http")) return;
    for (const url of state.resources) {
      if (url.startsWith("data:") || url.startsWith("blob:")) continue;
      if (new URL(url).origin !== this.origin) this.problems.push(`request to another origin: ${url}`);
    }
    this.problems.push(...state.seen);
    await this.b.execute(() => {
      if (window.__smoke) window.__smoke.length = 0;
      performance.clearResourceTimings();
    }).catch(() => {});
  }
}
