// End-to-end: the built task pane in Debian's headless Chromium (playwright-core, no browser download)
// against the real service on loopback, with office.js replaced by a stand-in host that records calls.
// Usage: node e2e/run.mjs   (after `npm run build` and `dotnet build -c Release`)
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { unzip } from "./unzip.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const dist = resolve(here, "..", "dist");
const images = join(root, "docs", "images");
const stub = readFileSync(join(here, "office-stub.js"), "utf8");
const journey = {
  active: "Journey",
  sheets: [{
    name: "Journey",
    values: [
      ["Online shop journey"], [""],
      ["Stage", "Discover", "Compare", "Buy"],
      ["Actions", "Sees an ad", "Reads reviews", "Pays"],
      ["Touchpoints", "Instagram", "Website", "Checkout"],
      ["Emotions (1..5)", 4, "happy-ish", 2],
      ["Pain points", "", "Too many options", "Slow payment"],
    ],
  }],
};

const results = [];
async function scenario(name, run) {
  try {
    await run();
    results.push([name, null]);
    console.log(`  ok    ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(`  FAIL  ${name}\n        ${String(error?.stack ?? error).split("\n").slice(0, 4).join("\n        ")}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const port = await new Promise((done) => { const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => done(p)); }); });
const base = `http://127.0.0.1:${port}`;
const data = mkdtempSync(join(tmpdir(), "journey-e2e-"));
const serverDll = join(root, "src", "OfficeJourney.Server", "bin", "Release", "net10.0", "OfficeJourney.Server.dll");
const service = spawn("dotnet", [serverDll], {
  cwd: dirname(serverDll),
  env: { ...process.env, Urls: base, TaskPane__Root: dist, Storage__DataFolder: data, ASPNETCORE_ENVIRONMENT: "Production" },
  stdio: ["ignore", "pipe", "pipe"],
});
let serviceLog = "";
service.stdout.on("data", (d) => (serviceLog += d));
service.stderr.on("data", (d) => (serviceLog += d));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});

async function open(setup, viewport = { width: 380, height: 860 }, path = "/taskpane.html") {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: setup.displayLanguage ?? "en-US" });
  const page = await context.newPage();
  await page.addInitScript((s) => { window.__officeSetup = s; }, setup);
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "application/javascript", body: stub }));
  await page.goto(base + path);
  return page;
}

const calls = (page, name) => page.evaluate((n) => window.__officeCalls.filter((c) => c.name === n).map((c) => c.args), name);

try {
  for (let i = 0; ; i++) {
    const healthy = await fetch(`${base}/health`).then((r) => r.ok).catch(() => false);
    if (healthy) break;
    if (i > 150) throw new Error(`the service did not start:\n${serviceLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  mkdirSync(images, { recursive: true });
  let savedTitle = "Online shop journey";

  await scenario("Every page and icon the local manifest names is served by the service", async () => {
    const manifest = readFileSync(join(root, "manifest", "officejourney.local.xml"), "utf8");
    const paths = [...new Set([...manifest.matchAll(/https:\/\/localhost:5443(\/[^"<\s]*)/g)].map((m) => m[1]).filter((p) => p !== "/"))];
    check(paths.length >= 5, `the manifest names pages and icons: ${paths}`);
    for (const path of paths) {
      const response = await fetch(base + path);
      const type = response.headers.get("content-type") ?? "";
      check(response.ok, `${path} answers ${response.status}`);
      check(path.endsWith(".png") ? type === "image/png" : type.startsWith("text/html"), `${path} is served as ${type}`);
      check(!/no-store|no-cache/.test(response.headers.get("cache-control") ?? ""), `${path} may be cached by Office`);
    }
  });

  await scenario("Excel: read a grid, its unscored feeling kept with a warning, click it to select its cell, fix it, save, see the version", async () => {
    const page = await open({ host: "Excel", workbook: journey });
    await page.getByTestId("read").click();
    const problem = page.locator("[data-location='Journey!C6']");
    await problem.waitFor();
    check(await page.getByTestId("not-usable").count() === 0, "a feeling without a score does not make the grid unusable");
    check(await page.getByTestId("unscored-emotion").count() === 1, "the preview marks the stage whose feeling has no score");
    await problem.click();
    const selected = await calls(page, "select");
    check(JSON.stringify(selected.at(-1)) === JSON.stringify(["Journey", "C6"]), `clicking the problem selects Journey!C6, got ${JSON.stringify(selected)}`);
    await page.screenshot({ path: join(images, "pane-excel-problems.png"), fullPage: true });

    await page.evaluate(() => { window.__workbook.sheets[0].values[5][2] = "Happy"; });
    const started = performance.now();
    await page.getByTestId("read").click();
    await page.getByTestId("no-problems").waitFor();
    console.log(`        re-read after an edit, click to fresh problems and preview: ${Math.round(performance.now() - started)} ms`);
    await page.getByTestId("preview").waitFor();
    check(await page.getByTestId("not-usable").count() === 0, "the fixed grid is usable");
    check(await page.getByTestId("emotion-curve").locator("circle").count() === 3, "the preview's curve has a point per stage");
    check((await page.getByTestId("preview").textContent()).includes("Compare"), "the preview shows the stages");
    await page.screenshot({ path: join(images, "pane-excel-preview.png"), fullPage: true });

    await page.getByRole("tab", { name: "Save" }).click();
    await page.getByTestId("save-message").fill("First review");
    await page.getByTestId("save").click();
    await page.getByTestId("save-status").filter({ hasText: "version 1" }).waitFor();
    const versions = await page.getByTestId("versions").textContent();
    check(versions.includes("v1") && versions.includes("First review"), `the versions list shows v1 with its note: ${versions}`);
    await page.getByTestId("save-message").fill("Second review");
    await page.getByTestId("save").click();
    await page.getByTestId("save-status").filter({ hasText: "version 2" }).waitFor();
    await page.getByTestId("compare").click();
    await page.getByTestId("changes").waitFor();
    await page.screenshot({ path: join(images, "pane-excel-versions.png"), fullPage: true });
    await page.context().close();
  });

  await scenario("Excel: a template is inserted as a new worksheet and selected", async () => {
    const page = await open({ host: "Excel", workbook: structuredClone(journey) });
    await page.getByRole("tab", { name: "Start a map" }).click();
    await page.getByTestId("insert-template").click();
    await page.waitForFunction(() => window.__officeCalls.some((c) => c.name === "activate"));
    const inserted = await calls(page, "insertWorksheetsFromBase64");
    check(inserted.length === 1 && inserted[0][0] > 1000, "the template workbook was handed to insertWorksheetsFromBase64");
    await page.screenshot({ path: join(images, "pane-excel-start.png"), fullPage: true });
    await page.context().close();
  });

  await scenario("Excel without insertWorksheetsFromBase64: the template is written cell by cell, formulas kept as text", async () => {
    const page = await open({ host: "Excel", workbook: structuredClone(journey), requirements: { ExcelApi: "1.12" } });
    await page.getByRole("tab", { name: "Start a map" }).click();
    await page.getByTestId("insert-template").click();
    await page.waitForFunction(() => window.__officeCalls.some((c) => c.name === "activate"));
    check((await calls(page, "insertWorksheetsFromBase64")).length === 0, "no file insertion on an Excel that lacks it");
    const writes = await calls(page, "write");
    check(writes.length >= 1 && writes[0][2].length > 3, `the template's cells were written: ${JSON.stringify(writes).slice(0, 200)}`);
    const texts = writes.flatMap(([, , values]) => values.flat()).filter((v) => typeof v === "string");
    check(!texts.some((t) => /^[=+\-@]/.test(t)), "no written text can become a formula");
    check((await calls(page, "activate")).at(-1)[0] === (await calls(page, "add"))[0][0], "the first written sheet is selected");
    await page.context().close();
  });

  await scenario("PowerPoint: pick the map, insert after the current slide, the deck is valid and tagged, update to the latest version", async () => {
    const page = await open({ host: "PowerPoint", slides: ["256#", "257#"], selected: "256#" });
    await page.getByTestId("map-option").filter({ hasText: savedTitle }).first().click();
    await page.getByTestId("insert").click();
    await page.getByTestId("pp-status").waitFor();
    const [[base64, options]] = await calls(page, "insertSlidesFromBase64");
    check(options.targetSlideId === "256#" && options.formatting === "KeepSourceFormatting", `inserted after the current slide: ${JSON.stringify(options)}`);
    const deck = unzip(Buffer.from(base64, "base64"));
    check(deck.has("ppt/presentation.xml"), "the base64 is a PowerPoint package");
    const text = [...deck].filter(([n]) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map(([, b]) => b.toString("utf8")).join("");
    for (const stage of ["Discover", "Compare", "Buy"]) check(text.includes(stage), `the deck's slides name the stage ${stage}`);
    const tags = await calls(page, "tags.add");
    check(tags.length === 6 && tags.every(([, key]) => key === "JOURNEYMAP_ID" || key === "JOURNEYMAP_VERSION"), `the new slides are tagged: ${JSON.stringify(tags)}`);
    check(tags.some(([, key, value]) => key === "JOURNEYMAP_VERSION" && value === "2"), "tagged with the latest version");
    await page.screenshot({ path: join(images, "pane-powerpoint.png"), fullPage: true });

    // A teammate saves version 3; "Update from latest version" replaces exactly the linked slides.
    const list = await (await fetch(`${base}/api/maps?text=${encodeURIComponent(savedTitle)}`)).json();
    const id = list.items[0].id;
    const current = await fetch(`${base}/api/maps/${id}`);
    const body = await current.json();
    body.map.maps[0].stages.push({ name: "Return" });
    body.map.maps[0].lanes.forEach((lane) => lane.cells.push({ items: [] }));
    const put = await fetch(`${base}/api/maps/${id}`, { method: "PUT", headers: { "Content-Type": "application/json", "If-Match": current.headers.get("ETag") }, body: JSON.stringify(body.map) });
    check(put.ok, `a teammate's save works: ${put.status} ${put.ok ? "" : await put.text()}`);
    await page.getByTestId("update").first().click();
    await page.getByTestId("pp-status").filter({ hasText: "version 3" }).waitFor();
    const deleted = (await calls(page, "delete")).map(([slideId]) => slideId);
    check(deleted.length === 3 && deleted.every((s) => s.startsWith("30")), `the old linked slides were removed: ${deleted}`);
    const status = await page.getByTestId("pp-status").textContent();
    check(status.includes("Return"), `the user is told what changed: ${status}`);
    await page.context().close();
  });

  await scenario("Browser: upload a workbook, see the preview, download the deck", async () => {
    // Outside Office the same page is the web app, at the site's root.
    const page = await open({}, { width: 1000, height: 900 }, "/");
    await page.getByTestId("upload").setInputFiles(join(root, "samples", "retail.xlsx"));
    await page.getByTestId("preview").waitFor();
    const download = page.waitForEvent("download");
    await page.getByTestId("download-deck").click();
    const file = await (await download).path();
    const deck = unzip(readFileSync(file));
    check([...deck.keys()].some((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)), "the download is a deck with slides");
    await page.screenshot({ path: join(images, "pane-web.png"), fullPage: true });
    await page.context().close();
  });

  await scenario("Persian: the pane reads right to left in fa-IR", async () => {
    const page = await open({ host: "Excel", workbook: structuredClone(journey), displayLanguage: "fa-IR" });
    await page.getByTestId("read").waitFor();
    const dir = await page.locator(".fui-FluentProvider").first().getAttribute("dir");
    check(dir === "rtl", `dir is ${dir}`);
    check((await page.getByTestId("read").textContent()).includes("خواندن نقشه"), "the button speaks Persian");
    await page.screenshot({ path: join(images, "pane-excel-fa.png"), fullPage: true });
    await page.context().close();
  });
} finally {
  await browser.close();
  service.kill();
  rmSync(data, { recursive: true, force: true });
}

const failed = results.filter(([, e]) => e).length;
console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
