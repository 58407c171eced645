import { afterEach, describe, expect, it, vi } from "vitest";
import { JourneyApi } from "../src/api";
import { downloadReview } from "../src/views/download";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("downloading the review deck", () => {
  it("hands the service's deck to the browser under the service's file name", async () => {
    vi.useFakeTimers();
    const pptx = "PK\u0003\u0004";
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response(JSON.stringify({ fileName: "Checkout-review-v2-v3.pptx", slides: 4, base64: btoa(pptx) }), { status: 200 }),
      ),
    );
    const clicked: { download: string; href: string }[] = [];
    const link = { href: "", download: "", click: () => clicked.push({ download: link.download, href: link.href }), remove: vi.fn() };
    vi.stubGlobal("window", { document: { createElement: () => link, body: { append: vi.fn() } } });
    const blobs: Blob[] = [];
    vi.stubGlobal("URL", {
      createObjectURL: (blob: Blob) => (blobs.push(blob), "blob:review"),
      revokeObjectURL: vi.fn(),
    });

    await downloadReview(new JourneyApi(), "m", 2, 3);

    expect(clicked).toEqual([{ download: "Checkout-review-v2-v3.pptx", href: "blob:review" }]);
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.presentationml.presentation");
    expect(new Uint8Array(await blobs[0].arrayBuffer())).toEqual(Uint8Array.from(pptx, (c) => c.charCodeAt(0)));
    expect(link.remove).toHaveBeenCalled();
  });
});
