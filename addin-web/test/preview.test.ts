import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { channelIconPaths } from "../src/generated/channelIcons";
import { localeFor } from "../src/i18n";
import type { JourneyMap } from "../src/types";
import { Preview } from "../src/views/Preview";

const map = (rightToLeft: boolean) =>
  ({
    title: "Shop",
    rightToLeft,
    stages: [{ name: "Discover" }, { name: "Buy" }],
    lanes: [
      {
        kind: "touchpoints",
        label: "Touchpoints",
        cells: [
          { items: [{ text: "Instagram ad", channel: "social" }, { text: "Word from a neighbour" }] },
          {
            items: [
              { text: "Call centre", channel: "phone" },
              { text: "Hologram", channel: "hologram" },
            ],
          },
        ],
      },
    ],
  }) as unknown as JourneyMap;

const render = (rightToLeft: boolean) =>
  renderToStaticMarkup(createElement(Preview, { map: map(rightToLeft), words: localeFor("en").words }));

describe("the preview's channel icons", () => {
  it("stand before each touchpoint whose channel the service recognised, the deck's own icon, and nowhere else", () => {
    const html = render(false);
    const icons = [...html.matchAll(/<svg[^>]*data-testid="channel-icon"[^>]*data-channel="([^"]+)"[^>]*>(.*?)<\/svg>/g)];

    expect(icons.map((m) => m[1])).toEqual(["social", "phone"]);
    expect(icons[0][2]).toBe(`<path d="${channelIconPaths.social}"></path>`);
    expect(html.indexOf('data-channel="social"')).toBeLessThan(html.indexOf("Instagram ad"));
  });

  it("are hidden from screen readers, the text naming the channel already", () => {
    for (const icon of render(false).match(/<svg[^>]*data-testid="channel-icon"[^>]*>/g) ?? []) {
      expect(icon).toContain('aria-hidden="true"');
    }
  });

  it("sit at the start of the line, the right of a right-to-left map's", () => {
    const html = render(true);

    expect(html).toContain('dir="rtl"');
    expect(html.match(/<svg[^>]*data-testid="channel-icon"[^>]*>/)?.[0]).toContain("margin-inline-end:4px");
  });
});
