import { describe, expect, it } from "vitest";
import { format, localeFor } from "../src/i18n";

describe("the pane's language", () => {
  it.each([["fa-IR", "fa", "rtl"], ["th-TH", "th", "ltr"], ["vi-VN", "vi", "ltr"], ["lv-LV", "lv", "ltr"], ["de-DE", "en", "ltr"], [undefined, "en", "ltr"]])(
    "%s reads in %s, %s",
    (display, lang, dir) => {
      const locale = localeFor(display);
      expect([locale.lang, locale.dir]).toEqual([lang, dir]);
    });

  it("falls back to English word by word", () => {
    const persian = localeFor("fa-IR").words;
    expect(persian.read).toBe("خواندن نقشه");
    expect(persian.reread).toBe("Read again");
  });

  it("fills numbered places", () => {
    expect(format("Saved as version {0}", 3)).toBe("Saved as version 3");
  });
});
