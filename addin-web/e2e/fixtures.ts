// What the end-to-end specs share: the office.js stand-in, a workbook to read, and a page opened on the pane.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

const here = import.meta.dirname;
export const root = resolve(here, "..", "..");
export const images = join(root, "docs", "images");
const stub = readFileSync(join(here, "office-stub.js"), "utf8");

export const journey = {
  active: "Journey",
  sheets: [
    {
      name: "Journey",
      values: [
        ["Online shop journey"],
        [""],
        ["Stage", "Discover", "Compare", "Buy"],
        ["Actions", "Sees an ad", "Reads reviews", "Pays"],
        ["Touchpoints", "Instagram", "Website", "Checkout"],
        ["Emotions (1..5)", 4, "happy-ish", 2],
        ["Pain points", "", "Too many options", "Slow payment"],
      ],
    },
  ],
};
export const savedTitle = "Online shop journey";

export type Slide = { id: string; tags: { key: string; value: string }[]; shapes: { text: string }[] };
export type Presentation = { slides: Slide[]; selected: string };

export type Setup = {
  host?: string;
  workbook?: typeof journey;
  requirements?: Record<string, string>;
  slides?: string[];
  selected?: string;
  presentation?: Presentation;
  failInsertAt?: number;
  displayLanguage?: string;
};
// What office-stub.js adds to the page's window.
export type Stubbed = Window &
  typeof globalThis & {
    __officeSetup: Setup;
    __officeCalls: { name: string; args: unknown[] }[];
    __workbook: typeof journey;
    __presentation: Presentation;
  };

export async function open(
  browser: Browser,
  baseURL: string | undefined,
  setup: Setup,
  viewport = { width: 380, height: 860 },
  path = "/taskpane.html",
) {
  const context = await browser.newContext({ baseURL, viewport, acceptDownloads: true, locale: setup.displayLanguage ?? "en-US" });
  const page = await context.newPage();
  await page.addInitScript((s) => {
    (window as Stubbed).__officeSetup = s;
  }, setup);
  await page.route("https://appsforoffice.microsoft.com/**", (route) =>
    route.fulfill({ contentType: "application/javascript", body: stub }),
  );
  await page.goto(path);
  return page;
}

// The arguments of each recorded call to the office.js method `name`, typed by the caller.
export const calls = <Args extends unknown[]>(page: Page, name: string) =>
  page.evaluate((n) => (window as Stubbed).__officeCalls.filter((c) => c.name === n).map((c) => c.args), name) as Promise<Args[]>;

/** Serious and critical axe violations, with where they are, for the failure message. */
export async function violations(page: Page) {
  // Tabster's focus guards (Fluent's hidden <i> elements that pass the focus on as it arrives) are never focused.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Tab (or Shift+Tab) until `selector` has the focus and shows it; fails when it is not reached, as a keyboard user would be stuck. */
export async function tabTo(page: Page, selector: string, key = "Tab", limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      // Fluent marks the element it draws its keyboard focus ring on; native controls draw an outline.
      const ring = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        return e.hasAttribute("data-fui-focus-visible") || getComputedStyle(e).outlineStyle !== "none";
      });
      expect(ring, `${selector} shows that it has the focus`).toBe(true);
      return;
    }
  }
  throw new Error(`${selector} cannot be reached with ${key}`);
}
