import { useLayoutEffect, useRef, useState, type CSSProperties } from "react";
import { tokens } from "@fluentui/react-components";
import { channelIconColor, channelIconPaths } from "../generated/channelIcons";
import { format, type Words } from "../i18n";
import type { JourneyItem, JourneyMap } from "../types";
import { EmotionCurve, stageFeelings, type Feeling } from "./EmotionCurve";

/** From this width of the preview's own box the map shows as the deck's grid; below it, one card per stage. */
export const GridFrom = 640;
const LabelWidth = 96;
/** Emoji in the sheet's text need a colour emoji font where the pane's font has none. */
export const EmojiFonts = `${tokens.fontFamilyBase}, "Segoe UI Emoji", "Apple Color Emoji", "Noto Color Emoji"`;

/**
 * The map as the deck will show it: the emotion curve on top, then the stages — as the deck's grid when the pane is
 * wide, as one card per stage down a narrow pane. HTML tables with headers, so a screen reader can read every stage,
 * its feeling and its lanes; the region takes the map's direction, so a right-to-left map's labels sit on the right.
 */
export function Preview({ map, words }: { map: JourneyMap; words: Words }) {
  const box = useRef<HTMLElement>(null);
  const [wide, setWide] = useState(false);
  // The pane's width, not the window's: the same view sits in a 320 px task pane and a full browser tab.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setWide(element.clientWidth >= GridFrom);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const stages = map.stages;
  const lanes = map.lanes.filter((l) => l.kind !== "emotions");
  const emotion = map.lanes.find((l) => l.kind === "emotions");
  const feelings = stageFeelings(map);
  const rtl = !!map.rightToLeft;

  return (
    <section
      ref={box}
      aria-label={format(words.mapPreview, map.title)}
      dir={rtl ? "rtl" : "ltr"}
      lang={map.language ?? undefined}
      data-testid="preview"
      data-layout={wide ? "grid" : "cards"}
      style={{ minWidth: 0, fontFamily: EmojiFonts, overflowWrap: "anywhere" }}
    >
      {emotion && (
        <div style={{ marginInlineStart: wide ? LabelWidth : 0 }}>
          <EmotionCurve feelings={feelings} scale={map.emotionScale} rightToLeft={rtl} />
        </div>
      )}
      {wide ? (
        <table style={{ width: "100%", tableLayout: "fixed", borderCollapse: "collapse", fontSize: 12 }}>
          <caption style={hidden}>{map.title}</caption>
          <colgroup>
            <col style={{ width: LabelWidth }} />
            {stages.map((_, i) => (
              <col key={i} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td />
              {stages.map((stage, i) => (
                <th key={i} scope="col" style={{ ...band(i, rtl), padding: "8px 14px" }}>
                  {stage.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {emotion && (
              <tr>
                <th scope="row" style={rowHeader}>
                  {emotion.label}
                </th>
                {feelings.map((f, i) => (
                  <td key={i} style={cell} data-testid="stage-feeling">
                    <FeelingText feeling={f} words={words} />
                  </td>
                ))}
              </tr>
            )}
            {lanes.map((lane, row) => (
              <tr key={row} style={{ background: row % 2 ? "#fafafa" : "#f0f0f0" }}>
                <th scope="row" style={rowHeader}>
                  {lane.label}
                </th>
                {stages.map((_, i) => (
                  <td key={i} style={cell}>
                    <Items items={lane.cells[i]?.items ?? []} longer={60} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <ol style={{ listStyle: "none", margin: 0, padding: 0, display: "grid", gap: 8 }}>
          {stages.map((stage, i) => (
            <li key={i} data-testid="stage-card" style={{ border: "1px solid #d1d1d1", borderRadius: 4, overflow: "hidden" }}>
              <h2 style={{ ...band(i, rtl, false), margin: 0, padding: "6px 10px", fontSize: 14 }}>
                {format(words.stageNumber, i + 1)}: {stage.name}
              </h2>
              <table style={{ width: "100%", tableLayout: "fixed", borderCollapse: "collapse", fontSize: 12 }}>
                <tbody>
                  {emotion && (
                    <tr>
                      <th scope="row" style={{ ...rowHeader, width: "38%" }}>
                        {emotion.label}
                      </th>
                      <td style={cell} data-testid="stage-feeling">
                        <FeelingText feeling={feelings[i]} words={words} />
                      </td>
                    </tr>
                  )}
                  {lanes.map((lane, row) => (
                    <tr key={row} style={{ background: row % 2 ? "#fafafa" : "#f0f0f0" }}>
                      <th scope="row" style={{ ...rowHeader, width: "38%" }}>
                        {lane.label}
                      </th>
                      <td style={cell}>
                        <Items items={lane.cells[i]?.items ?? []} longer={160} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A stage's feeling in words and number, beside a coloured mark: the colour is never the only sign. */
function FeelingText({ feeling, words }: { feeling: Feeling; words: Words }) {
  const tone = feeling.tone === "low" ? "#c50f1f" : feeling.tone === "high" ? "#107c10" : "#616161";
  const mark = feeling.tone === "low" ? "▼" : feeling.tone === "high" ? "▲" : "●";
  return (
    <span>
      <span aria-hidden="true" style={{ color: tone, marginInlineEnd: 4 }}>
        {mark}
      </span>
      {feeling.words}
      {feeling.words ? " · " : ""}
      {feeling.score === undefined ? words.noScore : format(words.score, feeling.score)}
    </span>
  );
}

/**
 * A cell's items, each on its own line. Text longer than `longer` characters shows its start with a disclosure that
 * opens on click, Enter or Space to the whole text, so a long note is never only cut off.
 */
function Items({ items, longer }: { items: JourneyItem[]; longer: number }) {
  return (
    <>
      {items.map((item, k) =>
        [...item.text].length > longer ? (
          <details key={k} data-testid="long-text">
            <summary style={{ cursor: "pointer" }}>
              <ChannelIcon channel={item.channel} />
              {[...item.text].slice(0, longer - 20).join("")}…
            </summary>
            {item.text}
          </details>
        ) : (
          <div key={k}>
            <ChannelIcon channel={item.channel} />
            {item.text}
          </div>
        ),
      )}
    </>
  );
}

/**
 * The icon of the channel the service recognised in a touchpoint, the deck's own, at the start of its line (the right
 * of a right-to-left map's). The touchpoint's text names the channel already, so screen readers skip the icon.
 */
function ChannelIcon({ channel }: { channel?: string | null }) {
  const path = channel && Object.hasOwn(channelIconPaths, channel) ? channelIconPaths[channel] : undefined;
  if (!path) return null;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width={14}
      height={14}
      data-testid="channel-icon"
      data-channel={channel}
      style={{ fill: channelIconColor, marginInlineEnd: 4, verticalAlign: "-2px" }}
    >
      <path d={path} />
    </svg>
  );
}

const hidden: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
};
const rowHeader: CSSProperties = { textAlign: "start", verticalAlign: "top", padding: "6px 8px", fontWeight: 600, color: "#242424" };
const cell: CSSProperties = { verticalAlign: "top", padding: "6px 8px", color: "#242424" };

/** The deck's stage band: alternating blues, a chevron pointing the way the map reads (the grid's only). */
function band(i: number, rtl: boolean, chevron = true): CSSProperties {
  const tip = "10px";
  const shape = rtl
    ? `polygon(100% 0, ${tip} 0, 0 50%, ${tip} 100%, 100% 100%, calc(100% - ${tip}) 50%)`
    : `polygon(0 0, calc(100% - ${tip}) 0, 100% 50%, calc(100% - ${tip}) 100%, 0 100%, ${tip} 50%)`;
  return {
    background: i % 2 ? "#0f6cbd" : "#115ea3",
    color: "#fff",
    fontWeight: 600,
    textAlign: chevron ? "center" : "start",
    clipPath: chevron ? shape : undefined,
  };
}
