// The Insights list under the preview (issue 14): a template read as the user's sheet shows its funnel and findings,
// and a finding selects its cell, by mouse and by keyboard; a Persian one reads right to left.
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { calls, images, open, tabTo, violations, type Setup } from "./fixtures";

type Workbook = NonNullable<Setup["workbook"]>;

/** The template's cells as Office.js would give them: the service's cell form of the workbook, empty cells as "". */
async function template(baseURL: string | undefined, lang: string): Promise<Workbook> {
  const response = await fetch(`${baseURL}/api/templates?type=current-state&industry=retail&lang=${lang}&format=cells`);
  const cells = (await response.json()) as { sheets: { name: string; address: string; values: unknown[][] }[] };
  const journey = cells.sheets[0];
  expect(journey.address.split("!").pop()?.startsWith("A1"), `the journey sheet starts at A1: ${journey.address}`).toBe(true);
  const values = journey.values.map((row) => row.map((v) => (v == null ? "" : (v as string | number))));
  return { active: journey.name, sheets: [{ name: journey.name, values }] };
}

async function readInsights(page: Page) {
  await page.getByTestId("read").click();
  await page.getByTestId("insights").waitFor();
}

test("Excel: a template's insights show its funnel and findings by kind, and a finding selects its cell", async ({ browser, baseURL }) => {
  const page = await open(browser, baseURL, { host: "Excel", workbook: await template(baseURL, "en") }, { width: 350, height: 1400 });
  await readInsights(page);

  const steps = page.getByTestId("funnel").locator("li");
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toContainText("Awareness: 48,000");
  await expect(page.locator("[data-largest]")).toContainText("Purchase");
  await expect(page.getByTestId("largest-drop-off")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: /^Largest drop-off \(1\)$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Off target \(\d+\)$/ })).toBeVisible();

  const drop = page.locator("[data-testid=finding][data-kind=largest-drop-off]");
  await expect(drop).toContainText("Stages: Consideration, Purchase");
  await drop.getByRole("button").click();
  expect((await calls<[string, string]>(page, "select")).at(-1), "the drop-off selects its first count").toEqual(["Journey", "C12"]);

  // By keyboard: Tab to the first off-target finding, Enter selects its cell.
  const offTarget = page.locator("[data-testid=finding][data-kind=off-target] button").first();
  const cell = (await offTarget.getAttribute("data-cell"))!;
  await offTarget.evaluate((e) => e.setAttribute("data-e2e-target", ""));
  await drop.getByRole("button").focus();
  await tabTo(page, "[data-e2e-target]");
  await page.keyboard.press("Enter");
  const [sheet, address] = cell.split("!");
  expect((await calls<[string, string]>(page, "select")).at(-1), "Enter on a finding selects its cell").toEqual([sheet, address]);

  expect(await violations(page), "axe finds nothing serious in the insights").toEqual([]);
  await page.getByTestId("insights").scrollIntoViewIfNeeded();
  await page.getByTestId("insights").screenshot({ path: join(images, "pane-excel-insights.png") });
  await page.context().close();
});

test("Excel in Persian: the insights read right to left, in Persian digits, and a finding still selects its cell", async ({
  browser,
  baseURL,
}) => {
  const page = await open(
    browser,
    baseURL,
    { host: "Excel", workbook: await template(baseURL, "fa"), displayLanguage: "fa-IR" },
    { width: 350, height: 1400 },
  );
  await readInsights(page);

  const insights = page.getByTestId("insights");
  expect(await insights.evaluate((e) => getComputedStyle(e).direction)).toBe("rtl");
  await expect(insights.getByRole("heading", { name: "یافته‌ها" })).toBeVisible();
  await expect(page.getByTestId("funnel").locator("li").first()).toContainText("۴۸٬۰۰۰");
  // A finding's stages are listed with the Persian comma.
  const stagesLine = page.locator("[data-testid=finding][data-kind=largest-drop-off] p");
  await expect(stagesLine).toContainText("، ");
  await expect(stagesLine).not.toContainText(", ");
  // The heading's text sits against the right edge of a right-to-left pane, and the lists indent from the right.
  const layout = await insights.evaluate((section) => {
    const outer = section.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(section.querySelector("h2")!);
    const text = range.getBoundingClientRect();
    const list = getComputedStyle(section.querySelector("ul")!);
    return { right: outer.right - text.right, left: text.left - outer.left, indent: [list.paddingRight, list.paddingLeft] };
  });
  expect(layout.right, `the heading starts at the right: ${JSON.stringify(layout)}`).toBeLessThan(layout.left);
  expect(layout.indent).toEqual(["20px", "0px"]);
  await page.screenshot({ path: join("e2e", "out", "insights-fa.png"), fullPage: true });

  await page.locator("[data-testid=finding][data-kind=largest-drop-off] button").click();
  const [sheet, cell] = (await calls<[string, string]>(page, "select")).at(-1)!;
  expect([sheet.length > 0, cell]).toEqual([true, "C12"]);
  await page.context().close();
});
