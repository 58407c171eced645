// The pane at task-pane widths and beyond, right to left, by keyboard alone and under axe (issue 13).
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { calls, images, journey, open, root, tabTo, violations, type Setup, type Stubbed } from "./fixtures";

type Workbook = typeof journey;
const sheet = (name: string, values: (string | number)[][]): Workbook => ({ active: name, sheets: [{ name, values }] });

// The same journey written in each language's own words, so the reader and the preview see real Persian and Thai.
const workbooks: Record<string, { locale: string; workbook: Workbook }> = {
  en: { locale: "en-US", workbook: journey },
  fa: {
    locale: "fa-IR",
    workbook: sheet("سفر", [
      ["سفر خرید آنلاین"],
      [""],
      ["مرحله", "کشف", "مقایسه", "خرید"],
      ["اقدامات", "تبلیغ را می‌بیند", "نظرها را می‌خواند", "پرداخت می‌کند"],
      ["نقاط تماس", "اینستاگرام", "وب‌سایت", "صفحهٔ پرداخت"],
      ["احساسات (1..5)", 4, 3, 2],
      ["نقاط درد", "", "گزینه‌های بسیار زیاد", "پرداخت کند است"],
    ]),
  },
  th: {
    locale: "th-TH",
    workbook: sheet("เส้นทาง", [
      ["เส้นทางการซื้อออนไลน์"],
      [""],
      ["ขั้นตอน", "ค้นพบ", "เปรียบเทียบ", "ซื้อ"],
      ["การกระทำ", "เห็นโฆษณา", "อ่านรีวิว", "ชำระเงิน"],
      ["จุดสัมผัส", "อินสตาแกรม", "เว็บไซต์", "หน้าชำระเงิน"],
      ["อารมณ์ (1..5)", 4, 3, 2],
      ["ปัญหาที่พบ", "", "ตัวเลือกมากเกินไป", "ชำระเงินช้า"],
    ]),
  },
};

async function readMap(page: Page) {
  await page.getByTestId("read").click();
  await page.getByTestId("preview").waitFor();
}

/** Nothing makes the page scroll sideways. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Rows of the preview whose lane label is not wholly on the reading side of the row's first stage cell. */
const misplacedLabels = (page: Page, rtl: boolean) =>
  page.evaluate((rtl) => {
    const rows = [...document.querySelectorAll("[data-testid=preview] tr")].filter((row) => row.querySelector("th[scope=row]"));
    const bad = rows.filter((row) => {
      const label = row.querySelector("th[scope=row]")!.getBoundingClientRect();
      const cell = row.querySelector("td")!.getBoundingClientRect();
      return rtl ? label.left < cell.right - 1 : label.right > cell.left + 1;
    });
    return { rows: rows.length, bad: bad.length };
  }, rtl);

for (const lang of ["en", "fa", "th"]) {
  for (const width of [320, 450, 800]) {
    test(`${lang} at ${width} px: the pane fits without sideways scrolling and the preview is ${width >= 640 ? "a grid" : "cards"}`, async ({
      browser,
      baseURL,
    }) => {
      const { locale, workbook } = workbooks[lang];
      const page = await open(browser, baseURL, { host: "Excel", workbook, displayLanguage: locale }, { width, height: 900 });
      await readMap(page);
      const preview = page.getByTestId("preview");
      expect(await preview.getAttribute("data-layout"), `the preview's layout at ${width} px`).toBe(width >= 640 ? "grid" : "cards");
      if (width < 640) expect(await page.getByTestId("stage-card").count(), "one card per stage").toBe(3);
      expect(await fitsWidth(page), `no sideways scrolling at ${width} px`).toBe(true);
      expect(await preview.getAttribute("dir"), "the preview takes the map's direction").toBe(lang === "fa" ? "rtl" : "ltr");
      const labels = await misplacedLabels(page, lang === "fa");
      expect(labels.rows, "the preview has lane rows").toBeGreaterThan(2);
      expect(labels.bad, `lane labels sit ${lang === "fa" ? "right" : "left"} of the first stage's cells, not over them`).toBe(0);
      await page.screenshot({ path: join(images, `pane-excel-${width}-${lang}.png`), fullPage: true });
      await page.context().close();
    });
  }
}

test("At 350 px in English and Persian the pane shows problems and a card per stage (README screenshots)", async ({ browser, baseURL }) => {
  for (const lang of ["en", "fa"]) {
    const { locale, workbook } = workbooks[lang];
    const unscored = structuredClone(workbook);
    // A feeling without a score, so the screenshot shows a problem beside the preview.
    unscored.sheets[0].values[5][2] = lang === "fa" ? "بستگی دارد" : "happy-ish";
    const page = await open(browser, baseURL, { host: "Excel", workbook: unscored, displayLanguage: locale }, { width: 350, height: 900 });
    await readMap(page);
    expect(await page.getByTestId("problems").count(), "the problems list is shown").toBe(1);
    expect(await page.getByTestId("stage-card").count(), "a card per stage").toBe(3);
    expect(await fitsWidth(page), "no sideways scrolling at 350 px").toBe(true);
    await page.screenshot({ path: join(images, `pane-excel-350-${lang}.png`), fullPage: true });
    await page.context().close();
  }
});

test("An eight-stage map with long notes fits a 320 px pane, its long text opening by keyboard", async ({ browser, baseURL }) => {
  const stages = ["Hear", "Search", "Compare", "Try", "Buy", "Unbox", "Use", "Renew"];
  const long = "Waits on hold for twenty minutes before anyone answers, then is asked to repeat the order number twice more";
  const workbook = sheet("Journey", [
    ["Eight stages"],
    [""],
    ["Stage", ...stages],
    ["Actions", ...stages.map((s) => `Does ${s.toLowerCase()}`)],
    ["Emotions (1..5)", 3, 4, 2, 3, 5, 4, 1, 3],
    ["Pain points", long + " " + long, ...stages.slice(1).map(() => "Averyveryverylongwordwithoutanyspaceswhatsoeverthatcouldwidenthings")],
  ]);
  const page = await open(browser, baseURL, { host: "Excel", workbook }, { width: 320, height: 900 });
  await readMap(page);
  expect(await page.getByTestId("stage-card").count(), "eight cards").toBe(8);
  expect(await fitsWidth(page), "eight stages do not widen the page").toBe(true);
  const disclosure = page.getByTestId("long-text").first();
  expect(await disclosure.getAttribute("open"), "the long note starts closed").toBeNull();
  await disclosure.locator("summary").focus();
  await page.keyboard.press("Enter");
  expect(await disclosure.getAttribute("open"), "Enter opens the whole note").not.toBeNull();
  expect(await disclosure.textContent(), "the whole note is readable").toContain("repeat the order number twice more");
  await page.context().close();
});

// The tabs are a tab list as ARIA describes it: Tab enters it at the open tab, an arrow moves to the next, Enter opens it.
test("Keyboard only: read the map, select a problem's cell, save twice and compare the versions", async ({ browser, baseURL }) => {
  const workbook = structuredClone(journey);
  workbook.sheets[0].values[0][0] = "Keyboard journey";
  const page = await open(browser, baseURL, { host: "Excel", workbook });
  await tabTo(page, "[data-testid=read]");
  await page.keyboard.press("Enter");
  await tabTo(page, "[data-location='Journey!C6']");
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await calls<[string, string]>(page, "select")).at(-1), { message: "Enter on the problem selects its cell" })
    .toEqual(["Journey", "C6"]);

  await tabTo(page, "[role=tab][aria-selected=true]", "Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await tabTo(page, "[data-testid=save-message]");
  await page.keyboard.type("First");
  await tabTo(page, "[data-testid=save]");
  await page.keyboard.press("Space");
  await page.getByTestId("save-status").filter({ hasText: "1" }).waitFor();
  await tabTo(page, "[data-testid=save-message]", "Shift+Tab");
  await page.keyboard.type("Second");
  await tabTo(page, "[data-testid=save]");
  await page.keyboard.press("Enter");
  await page.getByTestId("save-status").filter({ hasText: "2" }).waitFor();
  await tabTo(page, "[data-testid=compare]");
  await page.keyboard.press("Enter");
  await page.getByTestId("changes").waitFor();
  await page.context().close();
});

test("Keyboard only: a template is inserted from the Start tab", async ({ browser, baseURL }) => {
  const page = await open(browser, baseURL, { host: "Excel", workbook: structuredClone(journey) });
  await tabTo(page, "[role=tab][aria-selected=true]");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await tabTo(page, "[data-testid=insert-template]");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as Stubbed).__officeCalls.some((c) => c.name === "activate"));
  expect((await calls(page, "insertWorksheetsFromBase64")).length, "the template was inserted").toBe(1);
  await page.context().close();
});

test("Keyboard only: an error message is closed with its labelled button", async ({ browser, baseURL }) => {
  const page = await open(browser, baseURL, {}, { width: 320, height: 800 }, "/");
  await page
    .getByTestId("upload")
    .setInputFiles({ name: "broken.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip") });
  await page.getByTestId("dismiss-error").waitFor();
  expect(await page.getByRole("button", { name: "Dismiss" }).count(), "the close button is named").toBe(1);
  await tabTo(page, "[data-testid=dismiss-error]", "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("dismiss-error"), "Enter closes the message").toHaveCount(0);
  await page.context().close();
});

for (const [lang, locale] of Object.entries({ en: "en-US", th: "th-TH", vi: "vi-VN", fa: "fa-IR", lv: "lv-LV" })) {
  test(`axe in ${lang}: no serious or critical violation in the Excel pane, the web view and the PowerPoint pane`, async ({
    browser,
    baseURL,
  }) => {
    const unscored = structuredClone(journey);
    unscored.sheets[0].values[5][2] = "happy-ish";
    const excel = await open(browser, baseURL, { host: "Excel", workbook: unscored, displayLanguage: locale } satisfies Setup);
    await readMap(excel);
    await excel.getByTestId("problems").waitFor();
    expect(await violations(excel), "Excel pane with a read grid, problems and preview").toEqual([]);
    await excel.context().close();

    const web = await open(browser, baseURL, { displayLanguage: locale }, { width: 1000, height: 900 }, "/");
    await web.getByTestId("upload").setInputFiles(join(root, "samples", "retail.xlsx"));
    await web.getByTestId("preview").waitFor();
    expect(await violations(web), "web view with an uploaded workbook").toEqual([]);
    await web.context().close();

    const powerPoint = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#"], selected: "256#", displayLanguage: locale });
    await powerPoint.getByTestId("map-search").waitFor();
    expect(await violations(powerPoint), "PowerPoint pane as it opens").toEqual([]);
    await powerPoint.context().close();
  });
}
