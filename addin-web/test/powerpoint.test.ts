import { describe, expect, it, vi } from "vitest";
import { groupLinked, MapIdTag, MapVersionTag, OfficePowerPointHost } from "../src/office/powerpoint";

describe("slides linked to maps", () => {
  it("are grouped by map id with the newest version, in deck order", () => {
    const groups = groupLinked([
      { id: "256#1", tags: [] },
      {
        id: "257#2",
        tags: [
          { key: MapIdTag, value: "marketing~a" },
          { key: MapVersionTag, value: "3" },
        ],
      },
      {
        id: "258#3",
        tags: [
          { key: "journeymap_id", value: "marketing~a" },
          { key: "JOURNEYMAP_VERSION", value: "3" },
        ],
      },
      {
        id: "259#4",
        tags: [
          { key: MapIdTag, value: "b" },
          { key: MapVersionTag, value: "1" },
        ],
      },
    ]);

    expect(groups).toEqual([
      { mapId: "marketing~a", version: 3, slideIds: ["257#2", "258#3"] },
      { mapId: "b", version: 1, slideIds: ["259#4"] },
    ]);
  });
});

/** A stand-in PowerPoint with collections (office-addin-mock has none): slides, a selection, tags. */
function fakePowerPoint(initial: string[], selected: string) {
  const slides = initial.map((id) => ({ id, tags: [] as { key: string; value: string }[] }));
  const inserted: { base64: string; options: PowerPoint.InsertSlideOptions }[] = [];
  const slideProxy = (slide: { id: string; tags: { key: string; value: string }[] }) => ({
    id: slide.id,
    tags: { add: (key: string, value: string) => slide.tags.push({ key: key.toUpperCase(), value }) },
  });
  const context = {
    presentation: {
      get slides() {
        return { load: vi.fn(), items: slides.map(slideProxy) };
      },
      getSelectedSlides: () => ({ load: vi.fn(), items: [{ id: selected }] }),
      insertSlidesFromBase64: (base64: string, options: PowerPoint.InsertSlideOptions) => {
        inserted.push({ base64, options });
        const at = slides.findIndex((s) => s.id === options.targetSlideId) + 1;
        slides.splice(at, 0, { id: "300#9", tags: [] }, { id: "301#9", tags: [] });
      },
    },
    sync: vi.fn(async () => undefined),
  };
  return { context, slides, inserted };
}

describe("inserting a deck", () => {
  it("goes after the current slide with the chosen formatting and tags exactly the new slides", async () => {
    const fake = fakePowerPoint(["256#", "257#", "258#"], "257#");
    vi.stubGlobal("Office", { context: { requirements: { isSetSupported: () => true } } });
    vi.stubGlobal("PowerPoint", { run: (work: (c: unknown) => Promise<unknown>) => work(fake.context) });

    const added = await new OfficePowerPointHost().insert("UEsDB", "UseDestinationTheme", "marketing~abc", 4);

    expect(fake.inserted).toEqual([{ base64: "UEsDB", options: { formatting: "UseDestinationTheme", targetSlideId: "257#" } }]);
    expect(added).toEqual(["300#9", "301#9"]);
    expect(fake.slides.map((s) => s.id)).toEqual(["256#", "257#", "300#9", "301#9", "258#"]);
    expect(fake.slides.filter((s) => s.tags.length > 0).map((s) => s.tags)).toEqual([
      [
        { key: MapIdTag, value: "marketing~abc" },
        { key: MapVersionTag, value: "4" },
      ],
      [
        { key: MapIdTag, value: "marketing~abc" },
        { key: MapVersionTag, value: "4" },
      ],
    ]);
    vi.unstubAllGlobals();
  });
});
