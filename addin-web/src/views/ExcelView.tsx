import { useState } from "react";
import { Button, Tab, TabList, Text } from "@fluentui/react-components";
import { Choice } from "./Choice";
import type { JourneyApi } from "../api";
import { parseLocation, toSheetRequest } from "../grid";
import { languageName, type Words } from "../i18n";
import type { ExcelHost, ReadScope } from "../office/excel";
import type { InterpretResponse, TemplateChoices } from "../types";
import { CopyMermaid } from "./CopyMermaid";
import { downloadDeck } from "./download";
import { MapStore } from "./MapStore";
import { Preview } from "./Preview";
import { Insights } from "./Insights";
import { Problems } from "./Problems";

export function ExcelView({
  api,
  excel,
  words,
  lang,
  sites,
  templates,
  onError,
}: {
  api: JourneyApi;
  excel: ExcelHost;
  words: Words;
  lang: string;
  sites: string[];
  templates: TemplateChoices;
  onError: (e: unknown) => void;
}) {
  const [tab, setTab] = useState("map");
  const [scope, setScope] = useState<ReadScope>("usedRange");
  const [result, setResult] = useState<InterpretResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [type, setType] = useState(templates.types[0] ?? "");
  const [industry, setIndustry] = useState(templates.industries[0] ?? "");
  const [language, setLanguage] = useState(templates.languages.includes(lang) ? lang : (templates.languages[0] ?? "en"));

  const read = async () => {
    setBusy(true);
    try {
      const ranges = await excel.read(scope);
      setResult(await api.interpretGrid(ranges.map(toSheetRequest)));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const insertTemplate = async () => {
    setBusy(true);
    try {
      // The template workbook as it is where Excel can insert sheets from a file; its cells written one by one elsewhere.
      if (excel.supportsInsertWorksheets()) await excel.insertTemplate(await toBase64(await api.template(type, industry, language)));
      else await excel.writeTemplate(await api.templateCells(type, industry, language));
    } catch (error) {
      onError(error);
    } finally {
      setBusy(false);
    }
  };

  const select = async (location: string) => {
    const target = parseLocation(location);
    if (target) await excel.select(target.sheet, target.cell).catch(onError);
  };

  const map = result?.map.maps[0];
  const missing = excel.missing();
  return (
    <div style={{ display: "grid", gap: 12, minWidth: 0 }}>
      {missing && (
        <Text weight="semibold" role="alert">
          {missing}
        </Text>
      )}
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(String(d.value))}>
        <Tab value="start">{words.start}</Tab>
        <Tab value="map">{words.read}</Tab>
        <Tab value="store">{words.save}</Tab>
      </TabList>

      {tab === "start" && (
        <div style={{ display: "grid", gap: 8 }}>
          <Choice label={words.mapType} value={type} options={templates.types.map((t) => [t, t.replace(/-/g, " ")])} onChange={setType} />
          <Choice
            label={words.industry}
            value={industry}
            options={templates.industries.map((i) => [i, i.replace(/-/g, " ")])}
            onChange={setIndustry}
          />
          <Choice
            label={words.language}
            value={language}
            options={templates.languages.map((l) => [l, languageName(l)])}
            onChange={setLanguage}
          />
          <Button appearance="primary" onClick={insertTemplate} disabled={busy} data-testid="insert-template">
            {words.insertTemplate}
          </Button>
        </div>
      )}

      {tab === "map" && (
        <div style={{ display: "grid", gap: 10 }}>
          <div style={{ display: "flex", gap: 6, alignItems: "end", flexWrap: "wrap" }}>
            <Choice
              label={words.readScope}
              value={scope}
              options={[
                ["selection", words.readSelection],
                ["usedRange", words.readSheet],
                ["allSheets", words.readAll],
              ]}
              onChange={(v) => setScope(v as ReadScope)}
            />
            <Button appearance="primary" onClick={read} disabled={busy} data-testid="read">
              {result ? words.reread : words.read}
            </Button>
          </div>
          {busy && <Text>{words.busy}</Text>}
          {result && !result.usable && (
            <Text weight="semibold" data-testid="not-usable">
              {words.notUsable}
            </Text>
          )}
          {result && <Problems problems={result.problems} words={words} onSelect={select} />}
          {map && (
            <>
              <Text weight="semibold">
                {words.preview}: {map.title}
              </Text>
              <Preview map={map} words={words} />
              {result?.insights && <Insights insights={result.insights} map={map} words={words} lang={lang} onSelect={select} />}
              <Button onClick={() => downloadDeck(api, result!.map).catch(onError)} disabled={!result?.usable} data-testid="download-deck">
                {words.deck}
              </Button>
              <CopyMermaid api={api} words={words} document={result?.usable ? result.map : null} onError={onError} />
            </>
          )}
        </div>
      )}

      {tab === "store" && (
        <MapStore
          api={api}
          words={words}
          sites={sites}
          document={result?.usable ? result.map : null}
          onOpen={(stored) =>
            setResult({ usable: true, map: stored.map, problems: [], sheets: [], insights: { funnel: null, findings: [] } })
          }
          onError={onError}
        />
      )}
    </div>
  );
}

export async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
