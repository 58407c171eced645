#!/usr/bin/env node
// Remakes the deck gallery of the README ("Gallery"): decks made by the `journey` command from the retail
// sample, a Persian and a Thai template and a twelve-stage, twenty-lane map, rendered by LibreOffice as a
// viewer would see them, one PNG per slide shown:   node docs/images/gallery/make.mjs
// Needs: the CLI built (dotnet build -c Release), libreoffice-impress, poppler-utils, fonts-thai-tlwg, fonts-noto-core.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const journey = process.env.JOURNEY || join(root, "src/OfficeJourney.Cli/bin/Release/net10.0/journey");
const work = mkdtempSync(join(tmpdir(), "journey-gallery-"));

// Each picture: a deck of the title slide and one slide kind; `pages` are the deck's pages kept (1 is the title).
const pictures = [
  { name: "retail-title", input: "samples/retail.xlsx", slides: "overview", pages: [1] },
  { name: "retail-overview", input: "samples/retail.xlsx", slides: "overview", pages: [2] },
  { name: "retail-stage", input: "samples/retail.xlsx", slides: "stages", pages: [2] },
  { name: "retail-personas", input: "samples/retail.xlsx", slides: "personas", pages: [2] },
  { name: "fa-overview", template: ["service-blueprint", "banking", "fa"], slides: "overview", pages: [2] },
  { name: "fa-stage", template: ["service-blueprint", "banking", "fa"], slides: "stages", pages: [2] },
  { name: "th-overview", template: ["current-state", "travel", "th"], slides: "overview", pages: [2] },
  { name: "th-stage", template: ["current-state", "travel", "th"], slides: "stages", pages: [3] },
  { name: "big-overview", input: "big", slides: "overview", pages: [2] },
  { name: "big-stage", input: "big", slides: "stages", pages: [2] },
];

/** Twelve stages and twenty lanes, one to three short entries a cell: the largest map a team keeps in one sheet. */
function bigMap() {
  const kinds = ["touchpoints", "actions", "thoughts", "pain-points", "opportunities", "kpis", "owners"];
  const channels = ["Website", "Mobile app", "Email", "Instagram", "Google search", "Call centre", "Live chat", "Store", "Webinar", "Brochure", "Reseller", "Referral"];
  const phrases = ["Compares two plans", "Asks a friend what they use", "Reads reviews on the phone while commuting", "Waits for a reply", "Checks the price again before deciding", "Shares the link with the team"];
  const stages = Array.from({ length: 12 }, (_, s) => ({ name: `Stage ${String(s + 1).padStart(2, "0")}` }));
  const lanes = Array.from({ length: 20 }, (_, l) => {
    if (l === 0) {
      return { label: "Emotions (1-5)", kind: "emotions", cells: stages.map((_, s) => ({ items: [{ text: String((s % 5) + 1), emotion: { score: (s % 5) + 1 } }] })) };
    }
    const kind = kinds[(l - 1) % kinds.length];
    return {
      label: `${kind.replace("-", " ")} ${l}`,
      kind,
      cells: stages.map((_, s) => ({
        items: Array.from({ length: 1 + ((l + s) % 3) }, (_, i) => ({
          text: kind === "touchpoints" ? channels[(s + i) % channels.length] : phrases[(l + s + i) % phrases.length],
        })),
      })),
    };
  });
  return { formatVersion: 1, maps: [{ title: "Twelve stages, twenty lanes", type: "current-state", language: "en", stages, lanes, emotionScale: { min: 1, max: 5 } }] };
}

function input(picture) {
  if (picture.input === "big") {
    const file = join(work, "big.json");
    writeFileSync(file, JSON.stringify(bigMap()));
    return file;
  }
  if (picture.template) {
    const [type, industry, lang] = picture.template;
    const file = join(work, `${type}-${industry}-${lang}.xlsx`);
    execFileSync(journey, ["template", "--type", type, "--industry", industry, "--lang", lang, "-o", file]);
    return file;
  }
  return join(root, picture.input);
}

try {
  for (const picture of pictures) {
    const deck = join(work, `${picture.name}.pptx`);
    execFileSync(journey, ["deck", input(picture), "--slides", picture.slides, "-o", deck]);
    execFileSync("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", work, deck], { stdio: "ignore" });
    for (const page of picture.pages) {
      const out = join(work, `${picture.name}-${page}`);
      execFileSync("pdftoppm", ["-png", "-f", String(page), "-l", String(page), "-scale-to-x", "1067", "-scale-to-y", "600", join(work, `${picture.name}.pdf`), out]);
      const made = readdirSync(work).find((f) => f.startsWith(`${picture.name}-${page}-`) && f.endsWith(".png"));
      const target = picture.pages.length > 1 ? `${picture.name}-${picture.pages.indexOf(page) + 1}.png` : `${picture.name}.png`;
      renameSync(join(work, made), join(here, target));
      console.log(`docs/images/gallery/${target}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
