import { afterEach, describe, expect, it, vi } from "vitest";
import { dialogTokens, tokenSource } from "../src/auth";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("signing in", () => {
  it("is not needed in local mode", async () => {
    expect(await tokenSource({ authMode: "Local" })()).toBeNull();
  });

  it("through the Office dialog keeps the token until a minute before it expires", async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    vi.stubGlobal("location", { origin: "https://journeys.contoso.com" });
    const open = vi.fn(async (url: string) => ({
      accessToken: `token ${open.mock.calls.length} from ${url}`,
      expiresOn: Date.now() + 3_600_000,
    }));
    const tokens = dialogTokens(open);

    const first = await tokens();
    vi.advanceTimersByTime(3_500_000);
    const cached = await tokens();
    vi.advanceTimersByTime(60_000);
    const renewed = await tokens();

    expect(first).toBe("token 1 from https://journeys.contoso.com/auth-dialog.html");
    expect(cached).toBe(first);
    expect(renewed).toBe("token 2 from https://journeys.contoso.com/auth-dialog.html");
  });

  it("uses the dialog in an Office without nested app authentication", async () => {
    const displayDialogAsync = vi.fn();
    vi.stubGlobal("location", { origin: "https://journeys.contoso.com" });
    vi.stubGlobal("Office", {
      context: { requirements: { isSetSupported: (set: string) => set !== "NestedAppAuth" }, ui: { displayDialogAsync } },
      AsyncResultStatus: { Succeeded: "succeeded" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    });

    void tokenSource({ authMode: "Team", clientId: "c", apiScope: "api://x/access_as_user", tenantId: "t" })();
    await vi.waitFor(() => expect(displayDialogAsync).toHaveBeenCalled());

    expect(displayDialogAsync.mock.calls[0][0]).toBe("https://journeys.contoso.com/auth-dialog.html");
  });
});
