/**
 * The pane's words in each language OfficeJourney writes, from languages/<tag>/pane.json, and each language's name and
 * direction, from languages/<tag>/language.json (languages/README.md); the Office display language picks one.
 */
import type en from "../../languages/en/pane.json";

/** The part of language.json the pane uses; the rest is for decks, templates and the reader. */
interface About {
  name: string;
  direction: "ltr" | "rtl";
}

export type Words = typeof en & { appTitle: string };

// Only these two files of each folder: the reader's vocabularies and the templates stay out of the bundle.
const panes = byTag(import.meta.glob<typeof en>("../../languages/*/pane.json", { eager: true, import: "default" }));
const abouts = byTag(import.meta.glob<About>("../../languages/*/language.json", { eager: true, import: "default" }));

/** "../../languages/fa/pane.json" → fa. */
function byTag<T>(files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(files).map(([path, file]) => {
      const folders = path.split("/");
      return [folders[folders.length - 2], file];
    }),
  );
}

/** Each language by its own name, as a language menu shows it. */
export function languageName(tag: string): string {
  return abouts[tag]?.name ?? tag;
}

export interface Locale {
  lang: string;
  dir: "ltr" | "rtl";
  words: Words;
}

/** "fa-IR" → Persian, right to left; a language the pane does not speak reads in English. */
export function localeFor(displayLanguage: string | undefined): Locale {
  const lang = (displayLanguage ?? "en").slice(0, 2).toLowerCase();
  const chosen = panes[lang] ? lang : "en";
  // The product's name is not translated.
  return { lang: chosen, dir: abouts[chosen].direction, words: { ...panes[chosen], appTitle: "OfficeJourney" } };
}

export function format(text: string, ...values: (string | number)[]): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(values[Number(i)] ?? ""));
}
