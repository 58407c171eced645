import { afterEach, describe, expect, it, vi } from "vitest";
import { JourneyApi } from "../src/api";
import { copyMermaid } from "../src/views/copyMermaid";

afterEach(() => vi.unstubAllGlobals());

const document = { formatVersion: 1, maps: [{ title: "สั่งอาหาร", stages: [{ name: "ค้นหา" }], lanes: [] }] };
const diagram = "journey\n  title สั่งอาหาร\n  section สั่งอาหาร\n    ค้นหา: 3\n";

function serve(status = 200) {
  const fetch = vi.fn(async () =>
    status === 200
      ? new Response(diagram, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } })
      : new Response(JSON.stringify({ title: "Unprocessable", detail: "The map document is not consistent." }), { status }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("Copy as Mermaid", () => {
  it("asks the service to write the map document and puts the diagram on the clipboard", async () => {
    const fetch = serve();
    const writeText = vi.fn(async () => {});

    const outcome = await copyMermaid(new JourneyApi(), document, { writeText } as unknown as Clipboard);

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/mermaid");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual(document);
    expect(writeText).toHaveBeenCalledWith(diagram);
    expect(outcome).toEqual({ copied: true });
  });

  it.each([
    ["no clipboard", undefined],
    ["a clipboard that refuses", { writeText: async () => Promise.reject(new DOMException("Denied", "NotAllowedError")) }],
  ])("with %s hands the diagram back to be copied by hand", async (_, clipboard) => {
    serve();

    const outcome = await copyMermaid(new JourneyApi(), document, clipboard as unknown as Clipboard | undefined);

    expect(outcome).toEqual({ copied: false, text: diagram });
  });

  it("lets the service's problem through for the pane to show", async () => {
    serve(422);
    const writeText = vi.fn(async () => {});

    await expect(copyMermaid(new JourneyApi(), document, { writeText } as unknown as Clipboard)).rejects.toThrow("not consistent");
    expect(writeText).not.toHaveBeenCalled();
  });
});
