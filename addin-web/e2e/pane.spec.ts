// The task pane in Chromium with office.js replaced by a stand-in host that records calls (office-stub.js);
// the service is started by playwright.config.ts. The screenshots are the README's (docs/images).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { calls, images, journey, open, root, savedTitle, type Stubbed } from "./fixtures";

test("Every page and icon the local manifest names is served by the service", async ({ baseURL }) => {
  const manifest = readFileSync(join(root, "manifest", "officejourney.local.xml"), "utf8");
  const paths = [...new Set([...manifest.matchAll(/https:\/\/localhost:5443(\/[^"<\s]*)/g)].map((m) => m[1]).filter((p) => p !== "/"))];
  expect(paths.length, `the manifest names pages and icons: ${paths}`).toBeGreaterThanOrEqual(5);
  for (const path of paths) {
    const response = await fetch(baseURL + path);
    const type = response.headers.get("content-type") ?? "";
    expect(response.ok, `${path} answers ${response.status}`).toBe(true);
    expect(path.endsWith(".png") ? type === "image/png" : type.startsWith("text/html"), `${path} is served as ${type}`).toBe(true);
    expect(/no-store|no-cache/.test(response.headers.get("cache-control") ?? ""), `${path} may be cached by Office`).toBe(false);
  }
});

test("Excel: read a grid, its unscored feeling kept with a warning, click it to select its cell, fix it, save, see the version", async ({
  browser,
  baseURL,
}) => {
  const page = await open(browser, baseURL, { host: "Excel", workbook: journey });
  await page.getByTestId("read").click();
  const problem = page.locator("[data-location='Journey!C6']");
  await problem.waitFor();
  expect(await page.getByTestId("not-usable").count(), "a feeling without a score does not make the grid unusable").toBe(0);
  expect(await page.getByTestId("unscored-emotion").count(), "the preview marks the stage whose feeling has no score").toBe(1);
  await problem.click();
  const selected = await calls<[string, string]>(page, "select");
  expect(selected.at(-1), `clicking the problem selects Journey!C6, got ${JSON.stringify(selected)}`).toEqual(["Journey", "C6"]);
  await page.screenshot({ path: join(images, "pane-excel-problems.png"), fullPage: true });

  await page.evaluate(() => {
    (window as Stubbed).__workbook.sheets[0].values[5][2] = "Happy";
  });
  const started = performance.now();
  await page.getByTestId("read").click();
  await page.getByTestId("no-problems").waitFor();
  // The figure the README quotes.
  console.log(`re-read after an edit, click to fresh problems and preview: ${Math.round(performance.now() - started)} ms`);
  await page.getByTestId("preview").waitFor();
  expect(await page.getByTestId("not-usable").count(), "the fixed grid is usable").toBe(0);
  expect(await page.getByTestId("emotion-curve").locator("circle").count(), "the preview's curve has a point per stage").toBe(3);
  expect(await page.getByTestId("preview").textContent(), "the preview shows the stages").toContain("Compare");
  const icons = page.getByTestId("preview").getByTestId("channel-icon");
  expect(
    await icons.evaluateAll((all) => all.map((icon) => icon.getAttribute("data-channel"))),
    "Instagram and Website get their channels' icons",
  ).toEqual(["social", "web"]);
  await page.screenshot({ path: join(images, "pane-excel-preview.png"), fullPage: true });

  await page.getByRole("tab", { name: "Save" }).click();
  await page.getByTestId("save-message").fill("First review");
  await page.getByTestId("save").click();
  await page.getByTestId("save-status").filter({ hasText: "version 1" }).waitFor();
  const versions = (await page.getByTestId("versions").textContent()) ?? "";
  expect(versions.includes("v1") && versions.includes("First review"), `the versions list shows v1 with its note: ${versions}`).toBe(true);
  await page.getByTestId("save-message").fill("Second review");
  await page.getByTestId("save").click();
  await page.getByTestId("save-status").filter({ hasText: "version 2" }).waitFor();
  await page.getByTestId("compare").click();
  await page.getByTestId("changes").waitFor();
  await page.screenshot({ path: join(images, "pane-excel-versions.png"), fullPage: true });
  // The review deck of what changed since the previous version (the versions chosen by default), as a download.
  const review = page.waitForEvent("download");
  await page.getByTestId("review").click();
  expect((await review).suggestedFilename(), "the review deck is of v1 against v2").toMatch(/-review-v1-v2\.pptx$/);
  await page.context().close();
});

test("Excel: a template is inserted as a new worksheet and selected", async ({ browser, baseURL }) => {
  const page = await open(browser, baseURL, { host: "Excel", workbook: structuredClone(journey) });
  await page.getByRole("tab", { name: "Start a map" }).click();
  await page.getByTestId("insert-template").click();
  await page.waitForFunction(() => (window as Stubbed).__officeCalls.some((c) => c.name === "activate"));
  const inserted = await calls<[number, unknown]>(page, "insertWorksheetsFromBase64");
  expect(inserted.length === 1 && inserted[0][0] > 1000, "the template workbook was handed to insertWorksheetsFromBase64").toBe(true);
  await page.screenshot({ path: join(images, "pane-excel-start.png"), fullPage: true });
  await page.context().close();
});

test("Excel without insertWorksheetsFromBase64: the template is written cell by cell, formulas kept as text", async ({
  browser,
  baseURL,
}) => {
  const page = await open(browser, baseURL, { host: "Excel", workbook: structuredClone(journey), requirements: { ExcelApi: "1.12" } });
  await page.getByRole("tab", { name: "Start a map" }).click();
  await page.getByTestId("insert-template").click();
  await page.waitForFunction(() => (window as Stubbed).__officeCalls.some((c) => c.name === "activate"));
  expect((await calls(page, "insertWorksheetsFromBase64")).length, "no file insertion on an Excel that lacks it").toBe(0);
  const writes = await calls<[string, string, unknown[][]]>(page, "write");
  expect(writes.length >= 1 && writes[0][2].length > 3, `the template's cells were written: ${JSON.stringify(writes).slice(0, 200)}`).toBe(
    true,
  );
  const texts = writes.flatMap(([, , values]) => values.flat()).filter((v) => typeof v === "string");
  expect(
    texts.some((t) => /^[=+\-@]/.test(t)),
    "no written text can become a formula",
  ).toBe(false);
  expect((await calls<[string]>(page, "activate")).at(-1)?.[0], "the first written sheet is selected").toBe(
    (await calls<[string]>(page, "add"))[0][0],
  );
  await page.context().close();
});

test("PowerPoint: pick the map, insert after the current slide, the deck is valid and tagged, update to the latest version", async ({
  browser,
  baseURL,
}) => {
  const page = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#", "257#"], selected: "256#" });
  await page.getByTestId("map-option").filter({ hasText: savedTitle }).first().click();
  await page.getByTestId("insert").click();
  await page.getByTestId("pp-status").waitFor();
  const [[base64, options]] = await calls<[string, { targetSlideId: string; formatting: string }]>(page, "insertSlidesFromBase64");
  expect(
    options.targetSlideId === "256#" && options.formatting === "KeepSourceFormatting",
    `inserted after the current slide: ${JSON.stringify(options)}`,
  ).toBe(true);
  const deck = unzipSync(Buffer.from(base64, "base64"));
  expect(deck, "the base64 is a PowerPoint package").toHaveProperty(["ppt/presentation.xml"]);
  const text = Object.entries(deck)
    .filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .map(([, b]) => strFromU8(b))
    .join("");
  for (const stage of ["Discover", "Compare", "Buy"]) expect(text, `the deck's slides name the stage ${stage}`).toContain(stage);
  const tags = await calls<[string, string, string]>(page, "tags.add");
  expect(
    ["JOURNEYMAP_ID", "JOURNEYMAP_VERSION", "JOURNEYMAP_GROUP", "JOURNEYMAP_SLIDES", "JOURNEYMAP_HASH"].every(
      (key) => tags.filter(([, k]) => k === key).length === 3,
    ),
    `the three new slides are tagged with map, version, group, slides and hash: ${JSON.stringify(tags)}`,
  ).toBe(true);
  expect(
    tags.some(([, key, value]) => key === "JOURNEYMAP_VERSION" && value === "2"),
    "tagged with the latest version",
  ).toBe(true);
  await page.screenshot({ path: join(images, "pane-powerpoint.png"), fullPage: true });

  // A teammate saves version 3; "Update from latest version" replaces exactly the linked slides.
  const list = await (await fetch(`${baseURL}/api/maps?text=${encodeURIComponent(savedTitle)}`)).json();
  const id = list.items[0].id;
  const current = await fetch(`${baseURL}/api/maps/${id}`);
  const body = await current.json();
  body.map.maps[0].stages.push({ name: "Return" });
  body.map.maps[0].lanes.forEach((lane: { cells: unknown[] }) => lane.cells.push({ items: [] }));
  const put = await fetch(`${baseURL}/api/maps/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", "If-Match": current.headers.get("ETag") ?? "" },
    body: JSON.stringify(body.map),
  });
  expect(put.ok, `a teammate's save works: ${put.status} ${put.ok ? "" : await put.text()}`).toBe(true);
  await page.getByTestId("check-stale").click();
  await page.getByTestId("update").first().click();
  await page.getByTestId("pp-status").filter({ hasText: "version 3" }).waitFor();
  const deleted = (await calls<[string]>(page, "delete")).map(([slideId]) => slideId);
  expect(deleted.length === 3 && deleted.every((s) => s.startsWith("30")), `the old linked slides were removed: ${deleted}`).toBe(true);
  expect(await page.getByTestId("pp-status").textContent(), "the user is told what changed").toContain("Return");
  await page.context().close();
});

test("Browser: upload a workbook, see the preview, download the deck", async ({ browser, baseURL }) => {
  // Outside Office the same page is the web app, at the site's root.
  const page = await open(browser, baseURL, {}, { width: 1000, height: 900 }, "/");
  await page.getByTestId("upload").setInputFiles(join(root, "samples", "retail.xlsx"));
  await page.getByTestId("preview").waitFor();
  const download = page.waitForEvent("download");
  await page.getByTestId("download-deck").click();
  const deck = unzipSync(readFileSync(await (await download).path()));
  expect(
    Object.keys(deck).some((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)),
    "the download is a deck with slides",
  ).toBe(true);
  await page.screenshot({ path: join(images, "pane-web.png"), fullPage: true });
  await page.context().close();
});

test("Persian: the pane reads right to left in fa-IR, 350 px wide, without running text into its neighbours", async ({
  browser,
  baseURL,
}) => {
  const page = await open(
    browser,
    baseURL,
    { host: "Excel", workbook: structuredClone(journey), displayLanguage: "fa-IR" },
    { width: 350, height: 860 },
  );
  await page.getByTestId("read").waitFor();
  expect(await page.locator(".fui-FluentProvider").first().getAttribute("dir")).toBe("rtl");
  expect(await page.getByTestId("read").textContent(), "the button speaks Persian").toContain("خواندن نقشه");
  await page.getByTestId("read").click();
  await page.getByTestId("preview").waitFor();
  expect(await page.getByTestId("preview").getAttribute("data-layout"), "a 350 px pane shows a card per stage").toBe("cards");
  const layout = await page.evaluate(() => {
    // Any box reaching past either side of the pane (a right-to-left page overflows to the left).
    const outside = [...document.querySelectorAll("body *")].filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.left < -1 || box.right > window.innerWidth + 1);
    }).length;
    // In each of the preview's rows the lane's label sits on the right of its text and does not cover it.
    const misplaced = [...document.querySelectorAll("[data-testid=preview] tr")].filter((row) => {
      const label = row.querySelector("th[scope=row]")?.getBoundingClientRect();
      const cell = row.querySelector("td")?.getBoundingClientRect();
      return label && cell && label.left < cell.right - 1;
    }).length;
    return { outside, misplaced };
  });
  expect(layout.outside, "nothing outside the pane's 350 px").toBe(0);
  expect(layout.misplaced, "every lane label sits right of its text, not over it").toBe(0);
  await page.screenshot({ path: join(images, "pane-excel-fa.png"), fullPage: true });
  await page.context().close();
});
