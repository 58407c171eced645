import type {
  ClientConfig,
  CompareResponse,
  DeckFile,
  TemplateCells,
  InterpretResponse,
  JourneyDocument,
  LatestVersions,
  MapPage,
  MapVersionInfo,
  SheetRequest,
  StoredMap,
} from "./types";

/** A problem the service explained (RFC 9457): its title and detail are for the user. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(detail || title);
  }
}

export type TokenSource = () => Promise<string | null>;

/** The service's API, on the origin the pane was served from. Every call carries the user's token in team mode. */
export class JourneyApi {
  constructor(
    private readonly baseUrl = "",
    private readonly token: TokenSource = async () => null,
  ) {}

  config(): Promise<ClientConfig> {
    return this.json("GET", "/api/client-config");
  }

  interpretGrid(sheets: SheetRequest[]): Promise<InterpretResponse> {
    return this.json("POST", "/api/grids/interpret", { sheets });
  }

  async interpretWorkbook(file: Blob, name: string): Promise<InterpretResponse> {
    const form = new FormData();
    form.append("file", file, name);
    return this.json("POST", "/api/workbooks/interpret", form);
  }

  template(type: string, industry: string, lang: string): Promise<Blob> {
    return this.blob("GET", `/api/templates?${new URLSearchParams({ type, industry, lang })}`);
  }

  templateCells(type: string, industry: string, lang: string): Promise<TemplateCells> {
    return this.json("GET", `/api/templates?${new URLSearchParams({ type, industry, lang, format: "cells" })}`);
  }

  deckOf(document: JourneyDocument, slides?: string[]): Promise<DeckFile> {
    return this.json("POST", `/api/decks${query({ slides: slides?.join(",") })}`, document, { Accept: "application/json" });
  }

  deckOfMap(id: string, version?: number, slides?: string[]): Promise<DeckFile> {
    return this.json("POST", `/api/maps/${encodeURIComponent(id)}/deck${query({ version, slides: slides?.join(",") })}`, undefined, {
      Accept: "application/json",
    });
  }

  /** The map document as a Mermaid journey diagram (docs/mermaid.md), whose %% oj lines read back as the same map. */
  async mermaidOf(document: JourneyDocument): Promise<string> {
    return (await this.send("POST", "/api/mermaid", document, { Accept: "text/plain" })).text();
  }

  listMaps(text = "", take = 50): Promise<MapPage> {
    return this.json("GET", `/api/maps${query({ text, take })}`);
  }

  getMap(id: string): Promise<StoredMap> {
    return this.stored("GET", `/api/maps/${encodeURIComponent(id)}`);
  }

  getVersion(id: string, version: number): Promise<StoredMap> {
    return this.stored("GET", `/api/maps/${encodeURIComponent(id)}/versions/${version}`);
  }

  createMap(document: JourneyDocument, message: string, idempotencyKey: string, site?: string): Promise<StoredMap> {
    return this.stored("POST", `/api/maps${query({ site })}`, document, {
      "X-Journey-Message": encodeHeader(message),
      "Idempotency-Key": idempotencyKey,
    });
  }

  updateMap(id: string, document: JourneyDocument, message: string, eTag: string): Promise<StoredMap> {
    return this.stored("PUT", `/api/maps/${encodeURIComponent(id)}`, document, {
      "X-Journey-Message": encodeHeader(message),
      "If-Match": eTag,
    });
  }

  versions(id: string): Promise<MapVersionInfo[]> {
    return this.json("GET", `/api/maps/${encodeURIComponent(id)}/versions`);
  }

  /** Where each map stands now, in one request (the service answers at most 200 ids); unknown ids come back as missing. */
  latest(ids: string[]): Promise<LatestVersions> {
    return this.json("POST", "/api/maps/latest", { ids });
  }

  compare(id: string, from: number, to: number): Promise<CompareResponse> {
    return this.json("GET", `/api/maps/${encodeURIComponent(id)}/compare${query({ from, to })}`);
  }

  /** The review deck of what changed from one version to another; the service's default is the previous version against the latest. */
  reviewOf(id: string, from?: number, to?: number): Promise<DeckFile> {
    return this.json("POST", `/api/maps/${encodeURIComponent(id)}/review${query({ from, to })}`, undefined, { Accept: "application/json" });
  }

  private async stored(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<StoredMap> {
    const response = await this.send(method, path, body, headers);
    return { ...(await response.json()), eTag: response.headers.get("ETag") ?? "" };
  }

  private async json<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
    return (await this.send(method, path, body, headers)).json() as Promise<T>;
  }

  private async blob(method: string, path: string): Promise<Blob> {
    return (await this.send(method, path)).blob();
  }

  private async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const token = await this.token();
    const init: RequestInit = { method, headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) } };
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)["Content-Type"] = "application/json";
    }
    const response = await fetch(this.baseUrl + path, init);
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      throw new ApiError(response.status, String(problem.title ?? response.statusText), String(problem.detail ?? ""), problem);
    }
    return response;
  }
}

function query(values: Record<string, string | number | undefined>): string {
  const entries = Object.entries(values).filter(([, v]) => v !== undefined && v !== "") as [string, string | number][];
  return entries.length === 0 ? "" : "?" + new URLSearchParams(entries.map(([k, v]) => [k, String(v)]));
}

/** Headers are Latin-1: a Thai or Persian version message travels percent-encoded. */
export function encodeHeader(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : encodeURIComponent(text);
}
