import { useState } from "react";
import { Button, Text } from "@fluentui/react-components";
import type { JourneyApi } from "../api";
import type { Words } from "../i18n";
import type { InterpretResponse } from "../types";
import { downloadDeck } from "./download";
import { Preview } from "./Preview";
import { Problems } from "./Problems";

/** Outside Office: upload a workbook, see its problems and preview, download the deck. */
export function WebView({ api, words, onError }: { api: JourneyApi; words: Words; onError: (e: unknown) => void }) {
  const [result, setResult] = useState<InterpretResponse | null>(null);
  const [name, setName] = useState("");

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setName(file.name);
    try {
      setResult(await api.interpretWorkbook(file, file.name));
    } catch (error) {
      setResult(null);
      onError(error);
    }
  };

  const map = result?.map.maps[0];
  return (
    <div style={{ display: "grid", gap: 12 }}>
      <label style={{ display: "grid", gap: 4 }}>
        <Text weight="semibold">{words.upload}</Text>
        <input
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => upload(e.target.files?.[0])}
          data-testid="upload"
        />
      </label>
      <Text size={200}>{words.uploadHint}</Text>
      {result && <Text weight="semibold">{name}</Text>}
      {result && !result.usable && (
        <Text weight="semibold" data-testid="not-usable">
          {words.notUsable}
        </Text>
      )}
      {result && <Problems problems={result.problems} words={words} />}
      {map && <Preview map={map} words={words} />}
      {result?.usable && (
        <Button appearance="primary" onClick={() => downloadDeck(api, result.map).catch(onError)} data-testid="download-deck">
          {words.deck}
        </Button>
      )}
    </div>
  );
}
