export type HostKind = "excel" | "powerpoint" | "browser";

/** Where the pane runs: Office.onReady names the host; outside Office (or with no office.js at all) it is a web app. */
export async function detectHost(): Promise<HostKind> {
  if (typeof Office === "undefined") return "browser";
  const info = await Promise.race([Office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))]);
  if (info?.host === Office.HostType.Excel) return "excel";
  if (info?.host === Office.HostType.PowerPoint) return "powerpoint";
  return "browser";
}

/** What this Office lacks for a feature, in words for the user; null when all is there. */
export function missingRequirement(set: string, version: string, feature: string): string | null {
  return Office.context.requirements.isSetSupported(set, version)
    ? null
    : `${feature} needs ${set} ${version}, which this version of Office does not have. Update Office (Microsoft 365, or Office 2021 and later), or use Office on the web.`;
}
