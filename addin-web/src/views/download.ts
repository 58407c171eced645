import type { JourneyApi } from "../api";
import type { JourneyDocument } from "../types";

/** Generates the deck and hands it to the browser as a download (works in Excel's pane and in the web app). */
export async function downloadDeck(api: JourneyApi, document: JourneyDocument): Promise<void> {
  const deck = await api.deckOf(document);
  const bytes = Uint8Array.from(atob(deck.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" }));
  const link = Object.assign(window.document.createElement("a"), { href: url, download: deck.fileName });
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
