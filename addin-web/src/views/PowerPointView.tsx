import { useEffect, useState } from "react";
import { Button, Checkbox, Field, Radio, RadioGroup, Text } from "@fluentui/react-components";
import type { JourneyApi } from "../api";
import { format, type Words } from "../i18n";
import type { PowerPointHost, SlideFormatting } from "../office/powerpoint";
import type { MapSummary, MapVersionInfo } from "../types";
import { Choice } from "./Choice";
import { LinkedGroups } from "./LinkedGroups";
import { MapSearch } from "./MapSearch";

/** The slide names of the service's `slides=` (DeckSlideNames), in deck order; the pane's words name each. */
export const SlideNames = [
  "title",
  "overview",
  "emotions",
  "funnel",
  "stages",
  "impact",
  "pains",
  "personas",
  "kpis",
  "blueprint",
  "insights",
];

const SlideLabels: Record<string, keyof Words> = {
  title: "slideTitle",
  overview: "slideOverview",
  emotions: "slideEmotions",
  funnel: "slideFunnel",
  stages: "slideStages",
  impact: "slideImpact",
  pains: "slidePains",
  personas: "slidePersonas",
  kpis: "slideKpis",
  blueprint: "slideBlueprint",
  insights: "slideInsights",
};

/** Pick a stored map, a version and slides; insert them after the current slide; later, see which inserted slides are stale and update them. */
export function PowerPointView({
  api,
  powerPoint,
  words,
  onError,
}: {
  api: JourneyApi;
  powerPoint: PowerPointHost;
  words: Words;
  onError: (e: unknown) => void;
}) {
  const [maps, setMaps] = useState<MapSummary[]>([]);
  const [chosen, setChosen] = useState<MapSummary | null>(null);
  const [versions, setVersions] = useState<MapVersionInfo[]>([]);
  const [version, setVersion] = useState<number | null>(null);
  const [slides, setSlides] = useState<string[]>(SlideNames);
  const [formatting, setFormatting] = useState<SlideFormatting>("KeepSourceFormatting");
  const [inserted, setInserted] = useState(0);
  const [status, setStatus] = useState("");

  useEffect(() => {
    api
      .listMaps("")
      .then((page) => setMaps(page.items))
      .catch(onError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const choose = async (map: MapSummary) => {
    setChosen(map);
    setVersion(null);
    setVersions(
      await api.versions(map.id).catch((e) => {
        onError(e);
        return [];
      }),
    );
  };

  const insert = async () => {
    if (!chosen) return;
    try {
      const target = version ?? chosen.version;
      const deck = await api.deckOfMap(chosen.id, target, slides);
      const ids = await powerPoint.insert(deck.base64, formatting, { mapId: chosen.id, version: target, slideNames: slides });
      setStatus(format(words.inserted, ids.length));
      setInserted(inserted + 1);
    } catch (error) {
      onError(error);
    }
  };

  const missing = powerPoint.supportsInsert()
    ? null
    : "Inserting slides needs PowerPointApi 1.2 (PowerPoint 2021, Microsoft 365 or PowerPoint on the web; not iPad).";
  return (
    <div style={{ display: "grid", gap: 10 }}>
      {missing && (
        <Text weight="semibold" data-testid="missing">
          {missing}
        </Text>
      )}
      <MapSearch api={api} words={words} onFound={setMaps} />
      <div role="listbox" aria-label={words.openMap} style={{ display: "grid", gap: 2 }}>
        {maps.map((m) => (
          <Button
            key={m.id}
            role="option"
            aria-selected={chosen?.id === m.id}
            appearance={chosen?.id === m.id ? "primary" : "subtle"}
            onClick={() => choose(m)}
            data-testid="map-option"
          >
            {m.title} · v{m.version}
          </Button>
        ))}
      </div>
      {chosen && (
        <>
          <Choice
            label={words.version}
            value={String(version ?? "latest")}
            onChange={(v) => setVersion(v === "latest" ? null : Number(v))}
            options={[
              ["latest", `${words.latest} (v${chosen.version})`],
              ...versions.map((v) => [String(v.version), `v${v.version}${v.message ? ` · ${v.message}` : ""}`]),
            ]}
          />
          <Field label={words.slides}>
            <div style={{ display: "grid", gridTemplateColumns: "1fr 1fr" }}>
              {SlideNames.map((name) => (
                <Checkbox
                  key={name}
                  label={words[SlideLabels[name]]}
                  checked={slides.includes(name)}
                  onChange={(_, d) =>
                    setSlides(d.checked ? SlideNames.filter((n) => n === name || slides.includes(n)) : slides.filter((n) => n !== name))
                  }
                />
              ))}
            </div>
          </Field>
          <RadioGroup value={formatting} onChange={(_, d) => setFormatting(d.value as SlideFormatting)}>
            <Radio value="KeepSourceFormatting" label={words.keepSource} />
            <Radio value="UseDestinationTheme" label={words.useDestination} />
          </RadioGroup>
          <Button appearance="primary" disabled={!!missing || slides.length === 0} onClick={insert} data-testid="insert">
            {words.insert}
          </Button>
        </>
      )}
      {status && (
        <Text role="status" data-testid="pp-status">
          {status}
        </Text>
      )}
      <LinkedGroups
        api={api}
        powerPoint={powerPoint}
        words={words}
        formatting={formatting}
        defaultSlides={SlideNames}
        refreshKey={inserted}
        onStatus={setStatus}
        onError={onError}
      />
    </div>
  );
}
