import { describe, expect, it, vi } from "vitest";
import {
  editedSlides,
  groupLinked,
  GroupTag,
  HashTag,
  MapIdTag,
  MapVersionTag,
  OfficePowerPointHost,
  positionsOf,
  slideHash,
  SlidesTag,
} from "../src/office/powerpoint";

const tagged = (id: string, map: string, version: number, group?: string, hash?: string) => ({
  id,
  tags: [
    { key: MapIdTag, value: map },
    { key: MapVersionTag, value: String(version) },
    ...(group ? [{ key: GroupTag, value: group }] : []),
    ...(hash ? [{ key: HashTag, value: hash }] : []),
  ],
});

describe("slides linked to maps", () => {
  it("are grouped by the insertion they came from, two insertions of one map kept apart, with their positions", () => {
    const groups = groupLinked([
      { id: "256#1", tags: [] },
      tagged("257#2", "marketing~a", 3, "g1", "0000abcd"),
      {
        id: "258#3",
        tags: [
          { key: "journeymap_id", value: "marketing~a" },
          { key: "JOURNEYMAP_VERSION", value: "3" },
          { key: "journeymap_group", value: "g1" },
        ],
      },
      tagged("259#4", "marketing~a", 5, "g2"),
      { id: "260#5", tags: [...tagged("", "b", 1, "g3").tags, { key: SlidesTag, value: "title,stages" }] },
    ]);

    expect(groups.map((g) => [g.groupId, g.mapId, g.version, g.slides.map((s) => s.id), positionsOf(g)])).toEqual([
      ["g1", "marketing~a", 3, ["257#2", "258#3"], "2–3"],
      ["g2", "marketing~a", 5, ["259#4"], "4"],
      ["g3", "b", 1, ["260#5"], "5"],
    ]);
    expect(groups[0].slides[0].hash).toBe("0000abcd");
    expect(groups[2].slideNames).toEqual(["title", "stages"]);
  });

  it("tagged before groups were written form one group per map", () => {
    const groups = groupLinked([tagged("257#", "a", 2), tagged("258#", "a", 2), tagged("259#", "b", 1)]);

    expect(groups.map((g) => [g.mapId, g.slides.length])).toEqual([
      ["a", 2],
      ["b", 1],
    ]);
  });

  it("are edited when their hash now differs, and a slide without a stored or a readable hash is not judged", () => {
    const [group] = groupLinked([
      tagged("1#", "a", 1, "g", "aaaaaaaa"),
      tagged("2#", "a", 1, "g", "bbbbbbbb"),
      tagged("3#", "a", 1, "g"),
      tagged("4#", "a", 1, "g", "dddddddd"),
    ]);

    const edited = editedSlides(group, { "1#": "aaaaaaaa", "2#": "changed0", "3#": "whatever", "4#": "" });

    expect(edited.map((s) => [s.id, s.position])).toEqual([["2#", 2]]);
  });
});

describe("a slide's hash", () => {
  const title = { name: "Title 1", left: 40, top: 30, width: 880, height: 60, text: "Retail journey" };

  it("is eight hex digits and the same for the same shapes", () => {
    expect(slideHash([title])).toMatch(/^[0-9a-f]{8}$/);
    expect(slideHash([{ ...title }])).toBe(slideHash([title]));
  });

  it("changes when a shape's text, place, size or order changes", () => {
    const other = { ...title, name: "Body 2", text: "" };
    const base = slideHash([title, other]);

    expect(slideHash([{ ...title, text: "Retail journey!" }, other])).not.toBe(base);
    expect(slideHash([{ ...title, left: 60 }, other])).not.toBe(base);
    expect(slideHash([{ ...title, height: 90 }, other])).not.toBe(base);
    expect(slideHash([other, title])).not.toBe(base);
    expect(slideHash([title])).not.toBe(base);
  });

  it("ignores sub-point geometry noise and line-break spelling, which hosts report differently", () => {
    expect(slideHash([{ ...title, left: 40.0004, width: 879.9996 }])).toBe(slideHash([title]));
    expect(slideHash([{ ...title, text: "a\r\nb" }])).toBe(slideHash([{ ...title, text: "a\nb" }]));
    expect(slideHash([{ ...title, text: "a\vb" }])).toBe(slideHash([{ ...title, text: "a\rb" }]));
  });
});

/** A stand-in PowerPoint with collections (office-addin-mock has none): slides, a selection, tags. */
function fakePowerPoint(initial: string[], selected: string) {
  const slides = initial.map((id) => ({ id, tags: [] as { key: string; value: string }[] }));
  const inserted: { base64: string; options: PowerPoint.InsertSlideOptions }[] = [];
  const slideProxy = (slide: { id: string; tags: { key: string; value: string }[] }) => ({
    id: slide.id,
    load: vi.fn(),
    tags: { add: (key: string, value: string) => slide.tags.push({ key: key.toUpperCase(), value }) },
    shapes: {
      load: vi.fn(),
      items: [
        {
          type: "Placeholder",
          name: "Title 1",
          left: 10,
          top: 20,
          width: 300,
          height: 40,
          textFrame: { textRange: { load: vi.fn(), text: slide.id } },
        },
        { type: "Image", name: "Picture 2", left: 10, top: 80, width: 300, height: 200 },
      ],
    },
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

    const added = await new OfficePowerPointHost().insert("UEsDB", "UseDestinationTheme", {
      mapId: "marketing~abc",
      version: 4,
      slideNames: ["title"],
    });

    expect(fake.inserted).toEqual([{ base64: "UEsDB", options: { formatting: "UseDestinationTheme", targetSlideId: "257#" } }]);
    expect(added).toEqual(["300#9", "301#9"]);
    expect(fake.slides.map((s) => s.id)).toEqual(["256#", "257#", "300#9", "301#9", "258#"]);
    const tags = fake.slides.filter((s) => s.tags.length > 0).map((s) => Object.fromEntries(s.tags.map((t) => [t.key, t.value])));
    const hashOf = (id: string) =>
      slideHash([
        { name: "Title 1", left: 10, top: 20, width: 300, height: 40, text: id },
        { name: "Picture 2", left: 10, top: 80, width: 300, height: 200, text: "" },
      ]);
    expect(tags).toEqual(
      ["300#9", "301#9"].map((id) => ({
        [MapIdTag]: "marketing~abc",
        [MapVersionTag]: "4",
        [GroupTag]: tags[0][GroupTag],
        [SlidesTag]: "title",
        [HashTag]: hashOf(id),
      })),
    );
    expect(tags[0][GroupTag], "one insertion is one group").toMatch(/.{8,}/);
    vi.unstubAllGlobals();
  });
});
