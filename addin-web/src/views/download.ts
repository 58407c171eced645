import type { JourneyApi } from "../api";
import type { DeckFile, JourneyDocument } from "../types";

/** Generates the deck and hands it to the browser as a download (works in Excel's pane and in the web app). */
export async function downloadDeck(api: JourneyApi, document: JourneyDocument): Promise<void> {
  saveDeck(await api.deckOf(document));
}

/** Generates the review deck of a stored map's two versions (what changed from one to the other) and downloads it. */
export async function downloadReview(api: JourneyApi, id: string, from?: number, to?: number): Promise<void> {
  saveDeck(await api.reviewOf(id, from, to));
}

/** Hands a deck the service sent (base64) to the browser as a file named as the service named it. */
export function saveDeck(deck: DeckFile): void {
  const bytes = Uint8Array.from(atob(deck.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" }));
  const link = Object.assign(window.document.createElement("a"), { href: url, download: deck.fileName });
  window.document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
