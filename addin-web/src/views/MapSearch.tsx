import { useState } from "react";
import { Field, Input } from "@fluentui/react-components";
import type { JourneyApi } from "../api";
import type { Words } from "../i18n";
import type { MapSummary } from "../types";

/** The search over stored maps that saving in Excel and inserting in PowerPoint share: Enter lists what matches. */
export function MapSearch({ api, words, onFound }: { api: JourneyApi; words: Words; onFound: (maps: MapSummary[]) => void }) {
  const [search, setSearch] = useState("");
  return (
    <Field label={words.openMap}>
      <Input
        value={search}
        placeholder={words.search}
        onChange={(_, d) => setSearch(d.value)}
        onKeyDown={async (e) => {
          if (e.key === "Enter") onFound((await api.listMaps(search)).items);
        }}
        data-testid="map-search"
      />
    </Field>
  );
}
