// Inserted slides that know when they are stale: the PowerPoint pane lists each group of slides inserted from a
// map, where the map stands now (one request for all), what changed, which slides were edited since insertion, and
// updates them without losing anything (office-stub.js stands in for PowerPoint; the service is real).
import { join } from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { calls, images, open as openPane, tabTo, violations, type Setup, type Stubbed } from "./fixtures";

const map = (title: string, stages: string[], items: Record<string, string> = {}) => ({
  formatVersion: 1,
  maps: [
    {
      title,
      stages: stages.map((name) => ({ name })),
      lanes: [{ label: "Actions", kind: "actions", cells: stages.map((s) => ({ items: [{ text: items[s] ?? `Act in ${s}` }] })) }],
    },
  ],
});

/** Stores a map through the API as a teammate would; returns its id. */
async function createMap(baseURL: string, title: string): Promise<string> {
  const created = await fetch(`${baseURL}/api/maps`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
    body: JSON.stringify(map(title, ["Discover", "Compare", "Buy"])),
  });
  expect(created.status, "the map is stored").toBe(201);
  return (await created.json()).id;
}

/** A teammate's new version: a Return stage added and the action in Compare rewritten. */
async function saveNewVersion(baseURL: string, id: string, title: string) {
  const current = await fetch(`${baseURL}/api/maps/${id}`);
  const put = await fetch(`${baseURL}/api/maps/${id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", "If-Match": current.headers.get("ETag") ?? "" },
    body: JSON.stringify(map(title, ["Discover", "Compare", "Buy", "Return"], { Compare: "Reads reviews" })),
  });
  expect(put.ok, `the new version is saved: ${put.status}`).toBe(true);
}

const open = (browser: Browser, baseURL: string | undefined, setup: Setup, width = 380) =>
  openPane(browser, baseURL, setup, { width, height: 900 });

async function insert(page: Page, title: string, count: number) {
  await page.getByTestId("map-option").filter({ hasText: title }).first().click();
  await page.getByTestId("insert").click();
  await page.waitForFunction(
    (n) => (window as Stubbed).__officeCalls.filter((c) => c.name === "insertSlidesFromBase64").length === n,
    count,
  );
  await page.getByTestId("linked").waitFor();
}

const presentation = (page: Page) => page.evaluate(() => structuredClone((window as Stubbed).__presentation));

test("A group of inserted slides is listed stale after a new version, Review names the changes and the edited slide, Update keeps it aside", async ({
  browser,
  baseURL,
}) => {
  const title = "Stale retail journey";
  const id = await createMap(baseURL!, title);
  let page = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#", "257#"] });
  await insert(page, title, 1);
  expect(await page.getByTestId("linked-group").textContent(), "just inserted, the group is current").toContain("version 1 (latest)");
  const deck = await presentation(page);
  await page.context().close();

  await saveNewVersion(baseURL!, id, title);
  // The pane reopens on the same presentation, at a task pane's narrowest width.
  page = await open(browser, baseURL, { host: "PowerPoint", presentation: deck }, 350);
  const line = page.getByTestId("stale-group").getByTestId("group-line");
  await line.filter({ hasText: "version 1 of 2" }).waitFor();
  const text = (await line.textContent()) ?? "";
  expect(text, "the group names its slides and map").toContain(`Slides 2–4: ${title}`);
  expect(text, "the counts come from the compare").toContain("Stages: 1 added · Items: 2 added, 1 removed");

  await page.getByTestId("review").click();
  const changes = (await page.getByTestId("review-changes").textContent()) ?? "";
  expect(
    changes.includes("Stages: Return added") && changes.includes("Items: Reads reviews added (Compare / Actions)"),
    `Review lists the changes: ${changes}`,
  ).toBe(true);
  expect(await page.getByTestId("review-edited").textContent(), "nothing was edited yet").toContain("No slide was edited");

  // The user edits the second inserted slide's title by hand.
  await page.evaluate(() => {
    (window as Stubbed).__presentation.slides[2].shapes[0].text = "Our own words";
  });
  await page.getByTestId("review").click();
  await page.getByTestId("review-edited").filter({ hasText: "slide 3" }).waitFor();
  expect(await violations(page), "PowerPoint pane with a stale group under review").toEqual([]);
  await page.screenshot({ path: join(images, "pane-powerpoint-stale-350.png"), fullPage: true });

  await page.getByTestId("update").click();
  await page.getByTestId("pp-status").filter({ hasText: "version 2" }).waitFor();
  const deleted = (await calls<[string]>(page, "delete")).map(([slide]) => slide);
  expect(deleted, "the unedited old slides are deleted, the edited one is not").toEqual(["300#", "302#"]);
  const after = await presentation(page);
  const edited = after.slides.find((s) => s.id === "301#");
  expect(edited?.tags, "the edited slide stays, unlinked").toEqual([]);
  expect(edited?.shapes[0].text).toBe("Our own words");
  expect(
    after.slides.map((s) => s.id),
    "the new slides follow the kept one",
  ).toEqual(["256#", "301#", "303#", "304#", "305#", "257#"]);
  expect(
    after.slides.filter((s) => s.tags.some((t) => t.key === "JOURNEYMAP_VERSION" && t.value === "2")).length,
    "the new slides are linked to version 2",
  ).toBe(3);
  expect(await page.getByTestId("pp-status").textContent(), "the user is told what was kept").toContain("1 edited slides kept");
  await page.getByTestId("linked-group").filter({ hasText: "version 2 (latest)" }).waitFor();
  await expect(page.getByTestId("stale-group"), "nothing is stale after the update").toHaveCount(0);
  await page.context().close();
});

test("Update all updates every stale group in one go and says how many", async ({ browser, baseURL }) => {
  const title = "Two groups journey";
  const id = await createMap(baseURL!, title);
  const page = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#", "257#"] });
  await insert(page, title, 1);
  await insert(page, title, 2);
  await saveNewVersion(baseURL!, id, title);
  await page.getByTestId("check-stale").click();
  await page.getByTestId("update-all").filter({ hasText: "(2)" }).waitFor();

  await page.getByTestId("update-all").click();
  await page.getByTestId("pp-status").filter({ hasText: "Updated 2 groups." }).waitFor();
  expect((await calls(page, "delete")).length, "both old groups are deleted").toBe(6);
  const tagged = (await presentation(page)).slides.filter((s) => s.tags.some((t) => t.key === "JOURNEYMAP_VERSION" && t.value === "2"));
  expect(tagged.length, "two new groups of three slides at version 2").toBe(6);
  await page.context().close();
});

test("An error in the middle of Update all stops there and leaves that group's old slides in place", async ({ browser, baseURL }) => {
  const title = "Failing update journey";
  const id = await createMap(baseURL!, title);
  // Inserts 1 and 2 make the groups; the 3rd (the first update) works, the 4th fails as PowerPoint would, at sync.
  const page = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#", "257#"], failInsertAt: 4 });
  await insert(page, title, 1);
  await insert(page, title, 2);
  const before = (await presentation(page)).slides.map((s) => s.id);
  await saveNewVersion(baseURL!, id, title);
  await page.getByTestId("check-stale").click();
  await page.getByTestId("update-all").click();

  const status = page.getByTestId("pp-status").filter({ hasText: "Stopped at" });
  await status.waitFor();
  expect(await status.textContent(), "one group was updated before the error").toContain("Updated 1 groups.");
  const deleted = (await calls<[string]>(page, "delete")).map(([slide]) => slide);
  expect(deleted.length, "only the updated group's old slides were deleted").toBe(3);
  const now = (await presentation(page)).slides.map((s) => s.id);
  const untouched = before.filter((s) => !deleted.includes(s));
  expect(
    untouched.every((s) => now.includes(s)),
    `every other old slide is still there: ${now}`,
  ).toBe(true);
  // The list is read again after the status is shown: wait for it.
  await expect(page.getByTestId("stale-group"), "the group that failed is still listed stale").toHaveCount(1);
  await expect(page.getByTestId("linked-group"), "the group that was updated is current").toHaveCount(1);
  await page.context().close();
});

test("A PowerPoint without shapes (PowerPointApi 1.3) says it cannot tell edited slides and replaces the whole group", async ({
  browser,
  baseURL,
}) => {
  const title = "Tags only journey";
  const id = await createMap(baseURL!, title);
  const page = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#", "257#"], requirements: { PowerPointApi: "1.3" } });
  await insert(page, title, 1);
  const tags = await calls<[string, string, string]>(page, "tags.add");
  expect(
    tags.some(([, key]) => key === "JOURNEYMAP_HASH"),
    "no hash is written without shapes",
  ).toBe(false);
  await page.evaluate(() => {
    (window as Stubbed).__presentation.slides[3].shapes[0].text = "Edited, unseen";
  });
  await saveNewVersion(baseURL!, id, title);
  await page.getByTestId("check-stale").click();
  await page.getByTestId("review").click();
  expect(await page.getByTestId("review-edited").textContent(), "the pane says what it cannot know").toContain("cannot read shapes");
  await page.getByTestId("update").click();
  await page.getByTestId("pp-status").filter({ hasText: "version 2" }).waitFor();
  expect((await calls(page, "delete")).length, "every old slide of the group is replaced").toBe(3);
  await page.context().close();
});

test("Keyboard only: a map is found, inserted, reviewed and updated in PowerPoint", async ({ browser, baseURL }) => {
  const title = "Keyboard slides journey";
  const id = await createMap(baseURL!, title);
  const page = await open(browser, baseURL, { host: "PowerPoint", slides: ["256#"] });
  await tabTo(page, "[data-testid=map-search]");
  await page.keyboard.type(title);
  await page.keyboard.press("Enter");
  await tabTo(page, "[data-testid=map-option]");
  await page.keyboard.press("Enter");
  await tabTo(page, "[data-testid=insert]");
  await page.keyboard.press("Enter");
  await page.getByTestId("linked-group").filter({ hasText: "version 1 (latest)" }).waitFor();

  await saveNewVersion(baseURL!, id, title);
  await tabTo(page, "[data-testid=check-stale]");
  await page.keyboard.press("Enter");
  await page.getByTestId("stale-group").waitFor();
  await tabTo(page, "[data-testid=review]", "Shift+Tab");
  await page.keyboard.press("Enter");
  await page.getByTestId("review-changes").waitFor();
  await tabTo(page, "[data-testid=update]");
  await page.keyboard.press("Space");
  await page.getByTestId("linked-group").filter({ hasText: "version 2 (latest)" }).waitFor();
  expect((await calls(page, "insertSlidesFromBase64")).length, "inserted once, then once for the update").toBe(2);
  await page.context().close();
});
