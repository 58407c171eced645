// The channel icons, converted from Fluent UI System Icons (@fluentui/svg-icons, MIT) for the deck and the pane:
// `npm run icons` writes src/OfficeJourney.Slides/Icons/<key>.svg and .png (the PNG fallback PowerPoint shows where it
// cannot draw SVG) and src/generated/channelIcons.ts. test/channelIcons.test.ts runs it in memory and compares.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** One Fluent icon per channel key of languages/en/channels.json, all 24 px regular (outline), so they read as one set. */
export const IconNames = {
  web: "globe",
  app: "phone",
  email: "mail",
  social: "people_community",
  search: "search",
  ads: "megaphone",
  phone: "call",
  chat: "chat",
  store: "building_shop",
  event: "calendar_star",
  print: "print",
  partner: "handshake",
  "word-of-mouth": "people_chat",
  support: "person_support",
};

/** One dark grey that reads on the deck's light cells and its white slides (Fluent's neutral foreground 2). */
export const IconColor = "#424242";
const PngSize = 96;

/** Every file the icons make, by its path from the repository's root: SVG and TS as text, PNG as bytes. */
export function channelIconFiles() {
  const keys = Object.keys(JSON.parse(readFileSync(join(root, "languages", "en", "channels.json"), "utf8")).channels);
  const missing = keys.filter((key) => !(key in IconNames));
  if (missing.length > 0) throw new Error(`No icon is chosen for the channel keys ${missing.join(", ")} (scripts/channel-icons.mjs).`);

  const files = new Map();
  const paths = {};
  for (const key of keys) {
    const path = pathOf(IconNames[key]);
    paths[key] = path;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path fill="${IconColor}" d="${path}"/></svg>\n`;
    files.set(`src/OfficeJourney.Slides/Icons/${key}.svg`, svg);
    files.set(`src/OfficeJourney.Slides/Icons/${key}.png`, new Resvg(svg, { fitTo: { mode: "width", value: PngSize } }).render().asPng());
  }

  files.set("addin-web/src/generated/channelIcons.ts", typescript(paths));
  return files;
}

// The icon's one path: Fluent's SVGs are a single unfilled <path> on a 24 × 24 view box.
function pathOf(name) {
  const file = require.resolve(`@fluentui/svg-icons/icons/${name}_24_regular.svg`);
  const paths = [...readFileSync(file, "utf8").matchAll(/<path d="([^"]+)"\/>/g)];
  if (paths.length !== 1) throw new Error(`${file} has ${paths.length} paths; the channel icons expect one.`);
  return paths[0][1];
}

function typescript(paths) {
  const entries = Object.entries(paths).map(([key, path]) => `  ${JSON.stringify(key)}: ${JSON.stringify(path)},`);
  return [
    "// Written by `npm run icons` (scripts/channel-icons.mjs); do not edit.",
    "// Fluent UI System Icons, Copyright (c) Microsoft Corporation, MIT licence (src/OfficeJourney.Slides/Icons/LICENSE).",
    "",
    "/** The one colour the deck's icons are drawn in. */",
    `export const channelIconColor = ${JSON.stringify(IconColor)};`,
    "",
    "/** Each channel key's icon: one path on a 24 × 24 view box, the same the deck's icons draw. */",
    "export const channelIconPaths: Readonly<Record<string, string>> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of channelIconFiles()) writeFileSync(join(root, path), content);
}
