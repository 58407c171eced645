import { useEffect, useState } from "react";
import { Button, Checkbox, Text } from "@fluentui/react-components";
import type { JourneyApi } from "../api";
import { format, type Words } from "../i18n";
import {
  editedSlides,
  positionsOf,
  type LinkedSlide,
  type LinkedSlides,
  type PowerPointHost,
  type SlideFormatting,
} from "../office/powerpoint";
import type { CompareResponse, LatestVersions, MapChange } from "../types";

type Latest = LatestVersions["maps"][number];
type Review = { changes: MapChange[]; edited: LinkedSlide[] };

const Subjects = {
  title: "subjectTitle",
  stage: "subjectStage",
  lane: "subjectLane",
  item: "subjectItem",
  emotion: "subjectEmotion",
} as const;
const Kinds = { added: "countAdded", removed: "countRemoved", changed: "countChanged" } as const;

/** "Stages: 2 changed, 1 added · Items: 3 added": what a compare found, counted per subject. */
export function summarize(changes: MapChange[], words: Words): string {
  const subjects = [...new Set(changes.map((c) => c.subject))];
  return subjects
    .map((subject) => {
      const kinds = (["changed", "added", "removed"] as const)
        .map((kind) => [kind, changes.filter((c) => c.subject === subject && c.kind === kind).length] as const)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => format(words[Kinds[kind]], n));
      return `${words[Subjects[subject]]}: ${kinds.join(", ")}`;
    })
    .join(" · ");
}

/** One change in words: "Stages: Return added". */
export function describe(change: MapChange, words: Words): string {
  const what = change.kind === "changed" ? `${change.before ?? ""} → ${change.after ?? ""}` : (change.after ?? change.before ?? "");
  const where = [change.stage, change.lane].filter(Boolean).join(" / ");
  return `${words[Subjects[change.subject]]}: ${format(words[Kinds[change.kind]], what)}${where && change.subject !== "stage" ? ` (${where})` : ""}`;
}

/**
 * The groups of slides inserted from maps, each with where its map stands now (one request for all of them), what
 * changed since, and Review / Update; Update all for every stale group. Office.js has no undo for these steps, so an
 * update inserts the new slides before it deletes the old ones and stops at the first error: nothing is lost.
 */
export function LinkedGroups({
  api,
  powerPoint,
  words,
  formatting,
  defaultSlides,
  refreshKey,
  onStatus,
  onError,
}: {
  api: JourneyApi;
  powerPoint: PowerPointHost;
  words: Words;
  formatting: SlideFormatting;
  defaultSlides: string[];
  refreshKey: number;
  onStatus: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const [groups, setGroups] = useState<LinkedSlides[]>([]);
  const [latest, setLatest] = useState<Record<string, Latest>>({});
  const [changes, setChanges] = useState<Record<string, CompareResponse>>({});
  const [reviews, setReviews] = useState<Record<string, Review>>({});
  const [replaceEdited, setReplaceEdited] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);

  /** The groups in the deck, where their maps stand (one request for all) and, per stale group, what changed. */
  const load = async () => {
    if (!powerPoint.supportsTags()) return null;
    const found = await powerPoint.linked();
    const ids = [...new Set(found.map((g) => g.mapId))];
    const answer = ids.length === 0 ? { maps: [], missing: [] } : await api.latest(ids.slice(0, 200));
    const byId: Record<string, Latest> = Object.fromEntries(answer.maps.map((m) => [m.id, m]));
    // One compare per stale group, for its counts; the staleness itself came in the one request above.
    const compared = await Promise.all(
      found
        .filter((g) => byId[g.mapId] && byId[g.mapId].version > g.version)
        .map(async (g) => [g.groupId, await api.compare(g.mapId, g.version, byId[g.mapId].version)] as const),
    );
    return { found, byId, compared: Object.fromEntries(compared) };
  };
  const show = (loaded: Awaited<ReturnType<typeof load>>) => {
    if (!loaded) return;
    setGroups(loaded.found);
    setLatest(loaded.byId);
    setChanges(loaded.compared);
    setReviews({});
  };
  const refresh = () => load().then(show);
  useEffect(() => {
    load().then(show).catch(onError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refreshKey]);

  const stale = groups.filter((g) => latest[g.mapId] && latest[g.mapId].version > g.version);

  const review = async (group: LinkedSlides) => {
    try {
      const now = await powerPoint.hashes(group.slides.map((s) => s.id));
      const compared = changes[group.groupId] ?? (await api.compare(group.mapId, group.version, latest[group.mapId].version));
      setReviews({ ...reviews, [group.groupId]: { changes: compared.changes, edited: editedSlides(group, now) } });
    } catch (error) {
      onError(error);
    }
  };

  /** Inserts the latest version after the group, then unlinks the edited slides it keeps and deletes the rest. */
  const updateOne = async (group: LinkedSlides): Promise<{ kept: number; changes: MapChange[]; version: number }> => {
    const version = latest[group.mapId].version;
    const edited = replaceEdited[group.groupId] ? [] : editedSlides(group, await powerPoint.hashes(group.slides.map((s) => s.id)));
    const names = group.slideNames.length > 0 ? group.slideNames : defaultSlides;
    const deck = await api.deckOfMap(group.mapId, version, names);
    const last = group.slides[group.slides.length - 1].id;
    await powerPoint.insert(deck.base64, formatting, { mapId: group.mapId, version, slideNames: names }, last);
    const keep = new Set(edited.map((s) => s.id));
    if (keep.size > 0) await powerPoint.unlink([...keep]);
    await powerPoint.remove(group.slides.map((s) => s.id).filter((id) => !keep.has(id)));
    const compared = changes[group.groupId] ?? (await api.compare(group.mapId, group.version, version));
    return { kept: keep.size, changes: compared.changes, version };
  };

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      onStatus(await work());
    } finally {
      setBusy(false);
      await refresh().catch(onError);
    }
  };

  const update = (group: LinkedSlides) =>
    run(async () => {
      try {
        const done = await updateOne(group);
        const what = done.changes.length === 0 ? words.noChanges : done.changes.map((c) => describe(c, words)).join("; ");
        return [format(words.updated, done.version, what), done.kept > 0 ? format(words.keptAside, done.kept) : ""]
          .filter(Boolean)
          .join(" ");
      } catch (error) {
        onError(error);
        return format(words.stoppedAt, positionsOf(group), latest[group.mapId]?.title ?? group.mapId);
      }
    });

  const updateAll = () =>
    run(async () => {
      let updated = 0;
      let kept = 0;
      for (const group of stale) {
        try {
          kept += (await updateOne(group)).kept;
          updated++;
        } catch (error) {
          onError(error);
          // Stop here: the groups after this one, and this one's old slides, stay as they were.
          return [format(words.updatedAll, updated), format(words.stoppedAt, positionsOf(group), latest[group.mapId].title)].join(" ");
        }
      }
      return [format(words.updatedAll, updated), kept > 0 ? format(words.keptAside, kept) : ""].filter(Boolean).join(" ");
    });

  if (groups.length === 0) return null;
  return (
    <section aria-label={words.linkedTitle} style={{ display: "grid", gap: 8 }} data-testid="linked">
      <Text weight="semibold">{words.linkedTitle}</Text>
      <Text size={200} data-testid="undo-note">
        {words.undoNote}
      </Text>
      {groups.map((group) => {
        const now = latest[group.mapId];
        const isStale = !!now && now.version > group.version;
        const found = reviews[group.groupId];
        const counted = changes[group.groupId];
        return (
          <div key={group.groupId} data-testid={isStale ? "stale-group" : "linked-group"} style={{ display: "grid", gap: 4 }}>
            <Text data-testid="group-line">
              {!now
                ? format(words.groupMissing, positionsOf(group), group.mapId)
                : isStale
                  ? format(words.groupStale, positionsOf(group), now.title, group.version, now.version)
                  : format(words.groupCurrent, positionsOf(group), now.title, group.version)}
              {isStale && counted ? ` — ${counted.changes.length === 0 ? words.noChanges : summarize(counted.changes, words)}` : ""}
            </Text>
            {isStale && (
              <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
                <Button size="small" onClick={() => review(group)} disabled={busy} data-testid="review">
                  {words.review}
                </Button>
                <Button size="small" appearance="primary" onClick={() => update(group)} disabled={busy} data-testid="update">
                  {words.update}
                </Button>
              </div>
            )}
            {found && (
              <div data-testid="review-panel" style={{ display: "grid", gap: 4 }}>
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="review-changes">
                  {found.changes.length === 0 && <li>{words.noChanges}</li>}
                  {found.changes.map((c, i) => (
                    <li key={i}>{describe(c, words)}</li>
                  ))}
                </ul>
                <Text data-testid="review-edited">
                  {!powerPoint.supportsShapes()
                    ? words.cannotTellEdits
                    : found.edited.length === 0
                      ? words.noEdits
                      : format(words.editedSlides, found.edited.map((s) => s.position).join(", "))}
                </Text>
                {found.edited.length > 0 && (
                  <Checkbox
                    label={words.replaceEdited}
                    checked={!!replaceEdited[group.groupId]}
                    onChange={(_, d) => setReplaceEdited({ ...replaceEdited, [group.groupId]: !!d.checked })}
                    data-testid="replace-edited"
                  />
                )}
              </div>
            )}
          </div>
        );
      })}
      <Button size="small" appearance="subtle" onClick={() => refresh().catch(onError)} disabled={busy} data-testid="check-stale">
        {words.checkAgain}
      </Button>
      {stale.length > 1 && (
        <Button onClick={updateAll} disabled={busy} data-testid="update-all">
          {format(words.updateAll, stale.length)}
        </Button>
      )}
    </section>
  );
}
