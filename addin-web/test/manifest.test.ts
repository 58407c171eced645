import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateManifest } from "office-addin-manifest";

const manifest = fileURLToPath(new URL("../../manifest/manifest.json", import.meta.url));

// office-addin-manifest checks a JSON manifest against the schemas it ships (offline); XML goes to an online
// service, so the XML manifests are checked by tests/OfficeJourney.Manifest.Tests instead.
describe("the unified JSON manifest", () => {
  it("is valid against its schema", async () => {
    const result = await validateManifest(manifest);
    expect(result.report?.errors ?? []).toEqual([]);
    expect(result.isValid).toBe(true);
  });

  it("would be refused with a value the schema does not allow", async () => {
    const broken = join(mkdtempSync(join(tmpdir(), "manifest-")), "manifest.json");
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), accentColor: "teal" }));
    expect((await validateManifest(broken)).isValid).toBe(false);
  });
});
