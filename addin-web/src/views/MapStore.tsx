import { useState } from "react";
import { Button, Dropdown, Field, Input, Option, Text } from "@fluentui/react-components";
import type { JourneyApi } from "../api";
import { Choice } from "./Choice";
import { MapSearch } from "./MapSearch";
import { downloadReview } from "./download";
import { format, type Words } from "../i18n";
import type { CompareResponse, JourneyDocument, MapChange, MapSummary, MapVersionInfo, StoredMap } from "../types";

/** Save the map read from the sheet as a new version, open another, see versions and what changed. */
export function MapStore({
  api,
  words,
  sites,
  document,
  onOpen,
  onError,
}: {
  api: JourneyApi;
  words: Words;
  sites: string[];
  document: JourneyDocument | null;
  onOpen: (map: StoredMap) => void;
  onError: (error: unknown) => void;
}) {
  const [current, setCurrent] = useState<StoredMap | null>(null);
  const [message, setMessage] = useState("");
  const [site, setSite] = useState(sites[0] ?? "");
  const [status, setStatus] = useState("");
  const [found, setFound] = useState<MapSummary[]>([]);
  const [versions, setVersions] = useState<MapVersionInfo[]>([]);
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [changes, setChanges] = useState<CompareResponse | null>(null);

  const showVersions = async (id: string) => {
    const list = await api.versions(id);
    setVersions(list);
    setPair(list.length > 1 ? [list[1].version, list[0].version] : null);
  };

  const save = async () => {
    if (!document) return;
    try {
      const saved = current
        ? await api.updateMap(current.id, document, message, current.eTag)
        : await api.createMap(document, message, crypto.randomUUID(), site || undefined);
      setCurrent(saved);
      setStatus(format(words.saved, saved.version));
      setMessage("");
      await showVersions(saved.id);
    } catch (error) {
      onError(error);
    }
  };

  const open = async (id: string) => {
    try {
      const map = await api.getMap(id);
      setCurrent(map);
      onOpen(map);
      await showVersions(id);
    } catch (error) {
      onError(error);
    }
  };

  const compare = async () => {
    if (!current || !pair) return;
    try {
      setChanges(await api.compare(current.id, pair[0], pair[1]));
    } catch (error) {
      onError(error);
    }
  };

  // The pair starts as the previous version and the latest: by default the review is of what changed since the previous save.
  const review = async () => {
    if (!current || !pair) return;
    try {
      await downloadReview(api, current.id, pair[0], pair[1]);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <div style={{ display: "grid", gap: 10 }}>
      <Field label={words.message}>
        <Input value={message} onChange={(_, d) => setMessage(d.value)} data-testid="save-message" />
      </Field>
      {!current && sites.length > 1 && <Choice label={words.site} value={site} options={sites.map((s) => [s, s])} onChange={setSite} />}
      <Button appearance="primary" disabled={!document} onClick={save} data-testid="save">
        {words.save}
      </Button>
      {status && (
        <Text role="status" data-testid="save-status">
          {status}
        </Text>
      )}

      <MapSearch api={api} words={words} onFound={setFound} />
      {found.map((m) => (
        <Button key={m.id} appearance="subtle" onClick={() => open(m.id)}>
          {m.title} · v{m.version}
        </Button>
      ))}

      {versions.length > 0 && (
        <section aria-label={words.versions}>
          <Text weight="semibold">{words.versions}</Text>
          <ul data-testid="versions" style={{ margin: "4px 0", paddingInlineStart: 18 }}>
            {versions.map((v) => (
              <li key={v.version}>
                v{v.version} · {v.savedBy} · {new Date(v.savedAt).toLocaleString()}
                {v.message ? ` · ${v.message}` : ""}
              </li>
            ))}
          </ul>
          {pair && (
            <div style={{ display: "flex", gap: 6, alignItems: "end", flexWrap: "wrap" }}>
              {[0, 1].map((side) => (
                <Dropdown
                  key={side}
                  aria-label={side === 0 ? words.compareFrom : words.compareTo}
                  value={`v${pair[side]}`}
                  selectedOptions={[String(pair[side])]}
                  style={{ minWidth: 80 }}
                  onOptionSelect={(_, d) => setPair(side === 0 ? [Number(d.optionValue), pair[1]] : [pair[0], Number(d.optionValue)])}
                >
                  {versions.map((v) => (
                    <Option key={v.version} value={String(v.version)}>{`v${v.version}`}</Option>
                  ))}
                </Dropdown>
              ))}
              <Button onClick={compare} data-testid="compare">
                {words.compare}
              </Button>
              <Button onClick={review} title={words.reviewHint} data-testid="review">
                {words.reviewDeck}
              </Button>
            </div>
          )}
          {changes && (
            <ul data-testid="changes" aria-label={words.changes}>
              {changes.changes.length === 0 ? <li>{words.noChanges}</li> : changes.changes.map((c, i) => <li key={i}>{describe(c)}</li>)}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

function describe(change: MapChange): string {
  const where = [change.stage, change.lane].filter(Boolean).join(" / ");
  const what = change.before && change.after ? `${change.before} → ${change.after}` : (change.after ?? change.before ?? "");
  return `${change.kind} ${change.subject}${where ? ` (${where})` : ""}${what ? `: ${what}` : ""}`;
}
