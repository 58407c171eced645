/** The tags that link inserted slides to the map they came from (PowerPoint stores tag keys in upper case). */
export const MapIdTag = "JOURNEYMAP_ID";
export const MapVersionTag = "JOURNEYMAP_VERSION";
/** One insertion: the slides inserted together, updated together. */
export const GroupTag = "JOURNEYMAP_GROUP";
/** The slide's content when inserted (slideHash), to tell a slide someone edited since. */
export const HashTag = "JOURNEYMAP_HASH";
/** Which of the deck's slides were asked for, so an update asks for the same ones. */
export const SlidesTag = "JOURNEYMAP_SLIDES";
const AllTags = [MapIdTag, MapVersionTag, GroupTag, HashTag, SlidesTag];

export type SlideFormatting = "KeepSourceFormatting" | "UseDestinationTheme";

export interface LinkedSlide {
  id: string;
  /** 1-based position in the presentation. */
  position: number;
  /** The hash written at insertion; "" for slides inserted before hashes were written. */
  hash: string;
}

export interface LinkedSlides {
  groupId: string;
  mapId: string;
  version: number;
  /** The deck's slide names asked for at insertion, empty when not recorded. */
  slideNames: string[];
  slides: LinkedSlide[];
}

/** What a shape contributes to its slide's hash: where it is, how large, and its text. */
export interface ShapeFacts {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  text: string;
}

/** Every PowerPoint call the pane makes. */
export interface PowerPointHost {
  /** Inserts after `afterSlideId` (or the current slide), tags the new slides as one group; returns their ids. */
  insert(
    base64: string,
    formatting: SlideFormatting,
    link: { mapId: string; version: number; slideNames: string[] },
    afterSlideId?: string,
  ): Promise<string[]>;
  linked(): Promise<LinkedSlides[]>;
  /** The slides' content hashes now, by slide id ("" where shapes cannot be read). */
  hashes(slideIds: string[]): Promise<Record<string, string>>;
  remove(slideIds: string[]): Promise<void>;
  /** Takes the slides out of their group: they stay in the deck, no longer updated. */
  unlink(slideIds: string[]): Promise<void>;
  supportsInsert(): boolean;
  supportsTags(): boolean;
  supportsShapes(): boolean;
}

// Shape types whose text frame can be read; others (pictures, lines, tables, groups) throw on textFrame.
const TextShapes = new Set(["GeometricShape", "TextBox", "Placeholder", "Callout"]);

export class OfficePowerPointHost implements PowerPointHost {
  supportsInsert(): boolean {
    return Office.context.requirements.isSetSupported("PowerPointApi", "1.2");
  }

  supportsTags(): boolean {
    return Office.context.requirements.isSetSupported("PowerPointApi", "1.3");
  }

  supportsShapes(): boolean {
    return Office.context.requirements.isSetSupported("PowerPointApi", "1.4");
  }

  /** Inserts after the given or current slide, then tags exactly the new slides (found by diffing ids before and after). */
  insert(
    base64: string,
    formatting: SlideFormatting,
    link: { mapId: string; version: number; slideNames: string[] },
    afterSlideId?: string,
  ): Promise<string[]> {
    return PowerPoint.run(async (context) => {
      const slides = context.presentation.slides;
      slides.load("items/id");
      const selected =
        !afterSlideId && Office.context.requirements.isSetSupported("PowerPointApi", "1.5")
          ? context.presentation.getSelectedSlides()
          : null;
      selected?.load("items/id");
      await context.sync();
      const before = new Set(slides.items.map((s) => s.id));
      // Without a target PowerPoint inserts at the very start, so the last slide stands in for a missing selection.
      const target = afterSlideId ?? selected?.items[0]?.id ?? slides.items[slides.items.length - 1]?.id;
      context.presentation.insertSlidesFromBase64(base64, { formatting, ...(target ? { targetSlideId: target } : {}) });
      await context.sync();
      const after = context.presentation.slides;
      after.load("items/id");
      await context.sync();
      const added = after.items.filter((s) => !before.has(s.id));
      if (this.supportsTags()) {
        const hashes = this.supportsShapes() ? await readHashes(context, added) : {};
        const group = newGroupId();
        for (const slide of added) {
          slide.tags.add(MapIdTag, link.mapId);
          slide.tags.add(MapVersionTag, String(link.version));
          slide.tags.add(GroupTag, group);
          slide.tags.add(SlidesTag, link.slideNames.join(","));
          if (hashes[slide.id]) slide.tags.add(HashTag, hashes[slide.id]);
        }
        await context.sync();
      }
      return added.map((s) => s.id);
    });
  }

  linked(): Promise<LinkedSlides[]> {
    return PowerPoint.run(async (context) => {
      const slides = context.presentation.slides;
      slides.load("items/id");
      await context.sync();
      const tags = slides.items.map((slide) => {
        const collection = slide.tags;
        collection.load("items/key,items/value");
        return { slide, collection };
      });
      await context.sync();
      return groupLinked(
        tags.map(({ slide, collection }) => ({ id: slide.id, tags: collection.items.map((t) => ({ key: t.key, value: t.value })) })),
      );
    });
  }

  hashes(slideIds: string[]): Promise<Record<string, string>> {
    if (!this.supportsShapes()) return Promise.resolve({});
    return PowerPoint.run((context) =>
      readHashes(
        context,
        slideIds.map((id) => context.presentation.slides.getItem(id)),
      ),
    );
  }

  remove(slideIds: string[]): Promise<void> {
    return PowerPoint.run(async (context) => {
      for (const id of slideIds) context.presentation.slides.getItem(id).delete();
      await context.sync();
    });
  }

  unlink(slideIds: string[]): Promise<void> {
    return PowerPoint.run(async (context) => {
      for (const id of slideIds) {
        const tags = context.presentation.slides.getItem(id).tags;
        for (const key of AllTags) tags.delete(key);
      }
      await context.sync();
    });
  }
}

/** Reads the slides' shapes in two round trips (geometry, then text of the shapes that have text) and hashes each slide. */
async function readHashes(context: PowerPoint.RequestContext, slides: PowerPoint.Slide[]): Promise<Record<string, string>> {
  const shapes = slides.map((slide) => {
    slide.load("id");
    const collection = slide.shapes;
    collection.load("items/type,items/name,items/left,items/top,items/width,items/height");
    return { slide, collection };
  });
  await context.sync();
  const texts = shapes.map(({ collection }) =>
    collection.items.map((shape) => {
      if (!TextShapes.has(shape.type)) return null;
      const range = shape.textFrame.textRange;
      range.load("text");
      return range;
    }),
  );
  await context.sync();
  const result: Record<string, string> = {};
  shapes.forEach(({ slide, collection }, i) => {
    result[slide.id] = slideHash(
      collection.items.map((s, j) => ({
        name: s.name,
        left: s.left,
        top: s.top,
        width: s.width,
        height: s.height,
        text: texts[i][j]?.text ?? "",
      })),
    );
  });
  return result;
}

function newGroupId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * A slide's content as 8 hex digits (FNV-1a over its shapes' names, rounded geometry and text, in z-order). Geometry
 * is rounded to whole points so that a host reporting 100.0001 for 100 does not call an untouched slide edited.
 */
export function slideHash(shapes: ShapeFacts[]): string {
  const text = shapes
    .map((s) =>
      [s.name, Math.round(s.left), Math.round(s.top), Math.round(s.width), Math.round(s.height), s.text.replace(/\r\n?|\v/g, "\n")].join(
        "\u001f",
      ),
    )
    .join("\u001e");
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Slides grouped by the insertion they came from, in deck order; slides tagged before groups were written
 * (a map id, no group) form one group per map.
 */
export function groupLinked(slides: { id: string; tags: { key: string; value: string }[] }[]): LinkedSlides[] {
  const groups = new Map<string, LinkedSlides>();
  slides.forEach((slide, index) => {
    const tag = (key: string) => slide.tags.find((t) => t.key.toUpperCase() === key)?.value;
    const mapId = tag(MapIdTag);
    if (!mapId) return;
    const version = Number(tag(MapVersionTag) ?? 0);
    const groupId = tag(GroupTag) || `map:${mapId}`;
    const names = tag(SlidesTag);
    const group = groups.get(groupId) ?? { groupId, mapId, version, slideNames: names ? names.split(",") : [], slides: [] };
    group.slides.push({ id: slide.id, position: index + 1, hash: tag(HashTag) ?? "" });
    group.version = Math.max(group.version, version);
    groups.set(groupId, group);
  });
  return [...groups.values()];
}

/** "4–14", or "6" for one slide: the positions a group spans. */
export function positionsOf(group: LinkedSlides): string {
  const first = group.slides[0]?.position ?? 0;
  const last = group.slides[group.slides.length - 1]?.position ?? 0;
  return first === last ? String(first) : `${first}–${last}`;
}

/** The slides whose content no longer matches the hash written at insertion; slides without a hash are not judged. */
export function editedSlides(group: LinkedSlides, now: Record<string, string>): LinkedSlide[] {
  return group.slides.filter((s) => s.hash !== "" && now[s.id] !== undefined && now[s.id] !== "" && now[s.id] !== s.hash);
}
