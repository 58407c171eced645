import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, encodeHeader, JourneyApi } from "../src/api";

afterEach(() => vi.unstubAllGlobals());

function respond(status: number, body: unknown, headers: Record<string, string> = {}) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("the service client", () => {
  it("sends the user's token and the ETag a save is based on", async () => {
    const fetch = respond(200, { id: "m", version: 2, map: { formatVersion: 1, maps: [] } }, { ETag: '"2"' });
    const api = new JourneyApi("", async () => "token-1");

    const saved = await api.updateMap("m", { formatVersion: 1, maps: [] }, "Q3 review", '"1"');

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/maps/m");
    expect(init.headers).toMatchObject({ Authorization: "Bearer token-1", "If-Match": '"1"', "X-Journey-Message": "Q3 review" });
    expect(saved.eTag).toBe('"2"');
  });

  it("turns a problem response into an error with the service's words", async () => {
    respond(412, { title: "The map was changed since", detail: "Reload it and apply your change again.", currentVersion: 3 });

    const error = await new JourneyApi().getMap("m").catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, title: "The map was changed since", detail: "Reload it and apply your change again." });
  });

  it("percent-encodes a version note that is not Latin-1", () => {
    expect(encodeHeader("ทบทวน Q3")).toBe(encodeURIComponent("ทบทวน Q3"));
    expect(encodeHeader("Q3 review")).toBe("Q3 review");
  });
});

describe("the review deck", () => {
  it("is asked for as JSON, for the two versions chosen", async () => {
    const fetch = respond(200, { fileName: "Checkout-review-v1-v2.pptx", slides: 5, base64: "UEs=" });

    const deck = await new JourneyApi().reviewOf("m 1", 1, 2);

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/maps/m%201/review?from=1&to=2");
    expect(init.method).toBe("POST");
    expect(init.headers).toMatchObject({ Accept: "application/json" });
    expect(deck.fileName).toBe("Checkout-review-v1-v2.pptx");
  });

  it("leaves the versions to the service when none are chosen: the previous one against the latest", async () => {
    const fetch = respond(200, { fileName: "r.pptx", slides: 1, base64: "" });

    await new JourneyApi().reviewOf("m");

    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe("/api/maps/m/review");
  });
});
