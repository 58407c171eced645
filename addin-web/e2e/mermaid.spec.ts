// "Copy as Mermaid" in Excel's pane, against the real service: the diagram on the clipboard is a journey of the map read.
import { expect, test } from "@playwright/test";
import { journey, open } from "./fixtures";

test("Excel: Copy as Mermaid puts the map read on the clipboard as a journey and says so", async ({ browser, baseURL }) => {
  const page = await open(browser, baseURL, { host: "Excel", workbook: journey });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByTestId("read").click();
  await page.getByTestId("preview").waitFor();

  await page.getByTestId("copy-mermaid").click();
  await page.getByTestId("mermaid-copied").waitFor();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith("journey\n  title Online shop journey\n"), `the clipboard holds the journey: ${copied.slice(0, 80)}`).toBe(true);
  for (const task of ["    Discover: 4", "    Compare: ", "    Buy: 2"]) expect(copied, `the task ${task}`).toContain(task);
  expect(copied, "the lanes travel in %% oj lines").toContain('%% oj lane {"label":"Pain points"');
  await page.context().close();
});
