import { describe, expect, it } from "vitest";
import { format, languageName, localeFor, missingWords } from "../src/i18n";

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

  it.each(["th", "vi", "fa", "lv"])("%s has every word of the pane", (lang) => {
    expect(missingWords(lang)).toEqual([]);
  });

  it("speaks the user's language and falls back to English for another", () => {
    expect(localeFor("fa-IR").words.read).toBe("خواندن نقشه");
    expect(localeFor("de-DE").words.reread).toBe("Read again");
  });

  it("names each language in itself, and an unknown one by its tag", () => {
    expect(["en", "th", "vi", "fa", "lv", "de"].map(languageName)).toEqual(["English", "ไทย", "Tiếng Việt", "فارسی", "Latviešu", "de"]);
  });

  it("fills numbered places", () => {
    expect(format("Saved as version {0}", 3)).toBe("Saved as version 3");
  });
});
