/** What the Insights list needs from the service's answer, as plain functions (tested in test/insights.test.ts). */
import { format, type Words } from "./i18n";
import type { InsightsReport } from "./types";

type Finding = InsightsReport["findings"][number];
export type InsightKind = Finding["kind"];

/** The order the kinds are listed in: where people are lost and where it feels worst first, gaps in the map last. */
export const KindOrder: InsightKind[] = [
  "largest-drop-off",
  "lowest-emotion",
  "transition-gap",
  "off-target",
  "pain-without-opportunity",
  "missing-kpi",
  "missing-owner",
];

/** Findings grouped by kind in {@link KindOrder}, each group in the service's order; empty groups left out. */
export function groupByKind(findings: readonly Finding[]): { kind: InsightKind; findings: Finding[] }[] {
  return KindOrder.map((kind) => ({ kind, findings: findings.filter((f) => f.kind === kind) })).filter((g) => g.findings.length > 0);
}

/** The cell a click on a finding selects: its first; a finding that rests on no cell selects nothing. */
export function firstCell(finding: Finding): string | null {
  return finding.cells[0] ?? null;
}

/** A kind's heading in the pane's language. */
export function kindName(kind: InsightKind, words: Words): string {
  const names: Record<InsightKind, string> = {
    "largest-drop-off": words.kindLargestDropOff,
    "lowest-emotion": words.kindLowestEmotion,
    "transition-gap": words.kindTransitionGap,
    "off-target": words.kindOffTarget,
    "pain-without-opportunity": words.kindPainWithoutOpportunity,
    "missing-kpi": words.kindMissingKpi,
    "missing-owner": words.kindMissingOwner,
  };
  return names[kind];
}

/** The stage names a finding names, from its indexes into the map's stages. */
export function stageNames(finding: Finding, stages: readonly { name: string }[]): string[] {
  return finding.stages.filter((s) => s >= 0 && s < stages.length).map((s) => stages[s].name);
}

/** "12,500 · 26% went on" in the pane's language (its digits too: Persian shows ۱۲٬۵۰۰). */
export function stepText(step: { count: number; conversion?: number | null }, lang: string, words: Words): string {
  const count = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(step.count);
  if (step.conversion == null) return count;
  const share = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(step.conversion);
  return `${count} · ${format(words.wentOn, share)}`;
}
