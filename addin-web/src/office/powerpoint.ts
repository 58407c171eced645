/** The tags that link inserted slides to the map they came from (PowerPoint stores tag keys in upper case). */
export const MapIdTag = "JOURNEYMAP_ID";
export const MapVersionTag = "JOURNEYMAP_VERSION";

export type SlideFormatting = "KeepSourceFormatting" | "UseDestinationTheme";

export interface LinkedSlides {
  mapId: string;
  version: number;
  slideIds: string[];
}

/** Every PowerPoint call the pane makes. */
export interface PowerPointHost {
  insert(base64: string, formatting: SlideFormatting, mapId: string, version: number): Promise<string[]>;
  linked(): Promise<LinkedSlides[]>;
  remove(slideIds: string[]): Promise<void>;
  supportsInsert(): boolean;
  supportsTags(): boolean;
}

export class OfficePowerPointHost implements PowerPointHost {
  supportsInsert(): boolean {
    return Office.context.requirements.isSetSupported("PowerPointApi", "1.2");
  }

  supportsTags(): boolean {
    return Office.context.requirements.isSetSupported("PowerPointApi", "1.3");
  }

  /** Inserts after the current slide, then tags exactly the new slides (found by diffing ids before and after). */
  insert(base64: string, formatting: SlideFormatting, mapId: string, version: number): Promise<string[]> {
    return PowerPoint.run(async (context) => {
      const slides = context.presentation.slides;
      slides.load("items/id");
      const selected = Office.context.requirements.isSetSupported("PowerPointApi", "1.5") ? context.presentation.getSelectedSlides() : null;
      selected?.load("items/id");
      await context.sync();
      const before = new Set(slides.items.map((s) => s.id));
      const current = selected?.items[0]?.id ?? slides.items[slides.items.length - 1]?.id;
      context.presentation.insertSlidesFromBase64(base64, { formatting, ...(current ? { targetSlideId: current } : {}) });
      await context.sync();
      const after = context.presentation.slides;
      after.load("items/id");
      await context.sync();
      const added = after.items.filter((s) => !before.has(s.id));
      if (this.supportsTags()) {
        for (const slide of added) {
          slide.tags.add(MapIdTag, mapId);
          slide.tags.add(MapVersionTag, String(version));
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

  remove(slideIds: string[]): Promise<void> {
    return PowerPoint.run(async (context) => {
      for (const id of slideIds) context.presentation.slides.getItem(id).delete();
      await context.sync();
    });
  }
}

/** Slides grouped by the map they came from, in deck order. */
export function groupLinked(slides: { id: string; tags: { key: string; value: string }[] }[]): LinkedSlides[] {
  const groups = new Map<string, LinkedSlides>();
  for (const slide of slides) {
    const id = slide.tags.find((t) => t.key.toUpperCase() === MapIdTag)?.value;
    const version = Number(slide.tags.find((t) => t.key.toUpperCase() === MapVersionTag)?.value ?? 0);
    if (!id) continue;
    const group = groups.get(id) ?? { mapId: id, version, slideIds: [] };
    group.slideIds.push(slide.id);
    group.version = Math.max(group.version, version);
    groups.set(id, group);
  }
  return [...groups.values()];
}
