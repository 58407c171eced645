// @vitest-environment jsdom
// Mermaid sanitises text with DOMPurify, which needs a DOM: jsdom gives it one, for this file only.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import mermaid from "mermaid";
import { describe, expect, it } from "vitest";

// Written by the C# tests (MermaidWriterTests, MermaidCommandTests): the samples and hostile maps as MermaidWriter writes
// them. Paths, not URLs: jsdom's URL is not the one node:fs takes.
const fixtures = join(fileURLToPath(import.meta.url), "../../../tests/Fixtures/mermaid");
const files = [
  ...readdirSync(fixtures).filter((name) => name.endsWith(".mmd")),
  ...readdirSync(join(fixtures, "samples")).map((name) => `samples/${name}`),
];

/** The part of Mermaid's journey database the test reads. */
interface JourneyDb {
  getDiagramTitle(): string;
  getTasks(): { task: string; score: number; people: string[] }[];
}

/** The tasks as the writer meant them: "    name: score: actor, actor" lines, comments left out. */
function meant(text: string) {
  return text
    .split("\n")
    .filter((line) => line.startsWith("    ") && !line.trimStart().startsWith("%%"))
    .map((line) => {
      const [task, score, people] = line.trim().split(": ");
      return { task, score: Number(score), people: people ? people.split(", ") : [] };
    });
}

describe("the Mermaid that OfficeJourney writes", () => {
  it.each(files)("%s is read by Mermaid's own parser as the tasks it was written with", async (file) => {
    const text = readFileSync(join(fixtures, file), "utf8");

    expect(await mermaid.parse(text)).toMatchObject({ diagramType: "journey" });
    const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db as unknown as JourneyDb;

    expect(db.getTasks().map(({ task, score, people }) => ({ task, score, people }))).toEqual(meant(text));
    expect(db.getTasks().length).toBeGreaterThan(0);
    expect(db.getDiagramTitle()).toBe(text.split("\n")[1].replace(/^ {2}title /, ""));
  });

  it("is refused by Mermaid where the grammar is broken, so the test above can fail", async () => {
    await expect(mermaid.parse("journey\n  title T\n  section S\n    Task: 3: a; b\n")).rejects.toThrow();
  });
});
