import { describe, expect, it } from "vitest";
import en from "../../languages/en/pane.json";
import th from "../../languages/th/pane.json";
import type { MapChange } from "../src/types";
import { describe as describeChange, summarize } from "../src/views/LinkedGroups";

const words = { ...en, appTitle: "OfficeJourney" };
const changes: MapChange[] = [
  { kind: "added", subject: "stage", stage: "Return", after: "Return" },
  { kind: "added", subject: "item", stage: "Return", lane: "Actions", after: "Sends it back" },
  { kind: "removed", subject: "item", stage: "Compare", lane: "Actions", before: "Reads reviews" },
  { kind: "added", subject: "item", stage: "Compare", lane: "Actions", after: "Asks a friend" },
  { kind: "changed", subject: "emotion", stage: "Buy", before: "2", after: "4" },
];

describe("what changed since the slides were inserted", () => {
  it("is counted per subject, changed before added before removed, in the order subjects first appear", () => {
    expect(summarize(changes, words)).toBe("Stages: 1 added · Items: 2 added, 1 removed · Emotions: 1 changed");
  });

  it("is described one change at a time with where it is, a stage naming no place of its own", () => {
    expect(changes.map((c) => describeChange(c, words))).toEqual([
      "Stages: Return added",
      "Items: Sends it back added (Return / Actions)",
      "Items: Reads reviews removed (Compare / Actions)",
      "Items: Asks a friend added (Compare / Actions)",
      "Emotions: 2 → 4 changed (Buy)",
    ]);
  });

  it("is said in the pane's language", () => {
    expect(summarize(changes.slice(0, 1), { ...th, appTitle: "OfficeJourney" })).toBe("ขั้นตอน: เพิ่ม 1");
  });
});
