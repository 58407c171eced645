import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { channelIconFiles } from "../scripts/channel-icons.mjs";
import { channelIconPaths } from "../src/generated/channelIcons";

const root = new URL("../../", import.meta.url);
const files = channelIconFiles();
const channels = Object.keys(JSON.parse(readFileSync(new URL("languages/en/channels.json", root), "utf8")).channels);

// The icons are converted at build time and committed: run again here, the converter must write the same bytes.
describe("the channel icons", () => {
  it.each([...files.keys()])("%s is what `npm run icons` writes", (path) => {
    const committed = readFileSync(new URL(path, root));
    const generated = files.get(path)!;
    expect(Buffer.compare(committed, typeof generated === "string" ? Buffer.from(generated, "utf8") : Buffer.from(generated))).toBe(0);
  });

  it("give every channel key one icon, for the deck and the pane alike", () => {
    expect(Object.keys(channelIconPaths)).toEqual(channels);
    for (const key of channels) {
      const svg = files.get(`src/OfficeJourney.Slides/Icons/${key}.svg`) as string;
      expect(svg).toContain(`d="${channelIconPaths[key]}"`);
    }
  });

  it("are PNGs of 96 × 96 pixels beside each SVG", () => {
    for (const key of channels) {
      const png = Buffer.from(files.get(`src/OfficeJourney.Slides/Icons/${key}.png`) as Uint8Array);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([96, 96]);
    }
  });
});
