import { describe, expect, it } from "vitest";
import { localeFor } from "../src/i18n";
import { firstCell, groupByKind, kindName, KindOrder, stageNames, stepText } from "../src/insights";
import type { InsightsReport } from "../src/types";

type Finding = InsightsReport["findings"][number];
const finding = (kind: Finding["kind"], message: string, stages: number[], cells: string[]): Finding => ({ kind, message, stages, cells });

describe("the insights list", () => {
  const findings = [
    finding("off-target", "CSAT in Buy is 64%", [2], ["Journey!D13"]),
    finding("missing-owner", "Nobody owns Buy", [2], []),
    finding("largest-drop-off", "Compare → Buy loses 75%", [1, 2], ["Journey!C12", "Journey!D12"]),
    finding("off-target", "CSAT in Compare is 71%", [1], ["'My map'!C13"]),
  ];

  it("groups findings by kind, drop-off first, keeping the service's order within a kind", () => {
    const groups = groupByKind(findings);
    expect(groups.map((g) => g.kind)).toEqual(["largest-drop-off", "off-target", "missing-owner"]);
    expect(groups[1].findings.map((f) => f.message)).toEqual(["CSAT in Buy is 64%", "CSAT in Compare is 71%"]);
  });

  it("selects a finding's first cell, and none for a finding without cells", () => {
    expect(firstCell(findings[2])).toBe("Journey!C12");
    expect(firstCell(findings[3])).toBe("'My map'!C13");
    expect(firstCell(findings[1])).toBeNull();
  });

  it("names a finding's stages and ignores an index the map does not have", () => {
    const stages = [{ name: "Discover" }, { name: "Compare" }, { name: "Buy" }];
    expect(stageNames(findings[2], stages)).toEqual(["Compare", "Buy"]);
    expect(stageNames(finding("missing-kpi", "x", [1, 7], []), stages)).toEqual(["Compare"]);
  });

  it.each(["en", "th", "vi", "fa", "lv"])("has a heading for every kind in %s", (lang) => {
    const { words } = localeFor(lang);
    const names = KindOrder.map((kind) => kindName(kind, words));
    expect(names.every((n) => typeof n === "string" && n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(KindOrder.length);
  });

  it("writes a step's count and the share that went on in the pane's language, digits included", () => {
    expect(stepText({ count: 48000 }, "en", localeFor("en").words)).toBe("48,000");
    expect(stepText({ count: 12500, conversion: 0.2604 }, "en", localeFor("en").words)).toBe("12,500 · 26% went on");
    expect(stepText({ count: 12500, conversion: 0.2604 }, "fa", localeFor("fa").words)).toMatch(/^[۰-۹٬]+ · .*٪.* ادامه دادند$/);
  });
});
