import type { JourneyApi } from "../api";
import type { JourneyDocument } from "../types";

/** Copied to the clipboard, or the text to show for copying by hand where the pane cannot reach the clipboard. */
export type CopyOutcome = { copied: true } | { copied: false; text: string };

/**
 * Writes the map as Mermaid through the service (the pane may not have saved it) and puts it on the clipboard. Office's
 * webviews may have no clipboard, or refuse it without a user gesture: then the text is handed back to be shown.
 */
export async function copyMermaid(api: JourneyApi, document: JourneyDocument, clipboard: Clipboard | undefined): Promise<CopyOutcome> {
  const text = await api.mermaidOf(document);
  if (!clipboard) return { copied: false, text };
  try {
    await clipboard.writeText(text);
    return { copied: true };
  } catch {
    return { copied: false, text };
  }
}
