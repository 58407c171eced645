import { readdirSync, readFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { format, languageName, localeFor } from "../src/i18n";

const languages = new URL("../../languages/", import.meta.url);
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, languages), "utf8"));
const written = read("languages.json").written as string[];
const folders = readdirSync(languages, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe("the pane's language", () => {
  it.each([
    ["fa-IR", "fa", "rtl"],
    ["th-TH", "th", "ltr"],
    ["vi-VN", "vi", "ltr"],
    ["lv-LV", "lv", "ltr"],
    ["de-DE", "en", "ltr"],
    [undefined, "en", "ltr"],
  ])("%s reads in %s, %s", (display, lang, dir) => {
    const locale = localeFor(display);
    expect([locale.lang, locale.dir]).toEqual([lang, dir]);
  });

  // Adding a language is adding its folder: the pane takes every written language's words from there, all of them.
  it.each(folders)("languages/%s has the pane's words if OfficeJourney writes it, exactly English's keys", (tag) => {
    if (written.includes(tag)) {
      for (const file of ["pane.json", "language.json"]) {
        expect(Object.keys(read(`${tag}/${file}`)).sort(), `${tag}/${file}`).toEqual(Object.keys(read(`en/${file}`)).sort());
      }
      expect(Object.values(read(`${tag}/pane.json`)).every((word) => typeof word === "string" && word.length > 0)).toBe(true);
      expect(localeFor(tag).lang).toBe(tag);
    } else {
      expect(["pane.json", "language.json"].filter((file) => existsSync(new URL(`${tag}/${file}`, languages)))).toEqual([]);
      expect(localeFor(tag).lang).toBe("en");
    }
  });

  it("speaks the user's language and falls back to English for another", () => {
    expect(localeFor("fa-IR").words.read).toBe("خواندن نقشه");
    expect(localeFor("de-DE").words.reread).toBe("Read again");
    expect(localeFor("th-TH").words.appTitle).toBe("OfficeJourney");
  });

  it("names each language in itself, and an unknown one by its tag", () => {
    expect(["en", "th", "vi", "fa", "lv", "de"].map(languageName)).toEqual(["English", "ไทย", "Tiếng Việt", "فارسی", "Latviešu", "de"]);
  });

  it("fills numbered places", () => {
    expect(format("Saved as version {0}", 3)).toBe("Saved as version 3");
  });
});
