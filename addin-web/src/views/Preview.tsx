import type { JourneyMap } from "../types";

const StageWidth = 120;
const LabelWidth = 92;
const RowHeight = 54;
const BandHeight = 36;
const CurveHeight = 90;

/**
 * The map as the deck will show it, drawn in SVG: stage band, emotion curve aligned with the stages, then the
 * lanes. Right-to-left maps are mirrored like the deck (stage 1 on the right).
 */
export function Preview({ map }: { map: JourneyMap }) {
  const stages = map.stages;
  const lanes = map.lanes.filter((l) => l.kind !== "emotions");
  const emotionLanes = map.lanes.filter((l) => l.kind === "emotions");
  const emotion = emotionLanes[0];
  const width = LabelWidth + stages.length * StageWidth;
  const curveTop = BandHeight + 8;
  const lanesTop = curveTop + (emotion ? CurveHeight + 8 : 0);
  const height = lanesTop + lanes.length * RowHeight + 4;
  const x = (index: number) => (map.rightToLeft ? width - LabelWidth - (index + 1) * StageWidth : LabelWidth + index * StageWidth);
  // Text starts at the reading side of its box: the svg's direction makes "start" the right end in a right-to-left
  // map, so only the x changes (anchoring at "end" there would run the text out of its column).
  const labelX = map.rightToLeft ? width - 6 : 6;
  const cellX = (index: number) => (map.rightToLeft ? x(index) + StageWidth - 6 : x(index) + 6);
  const scale = map.emotionScale ?? { min: -2, max: 2 };
  // A stage's point is the mean of its scored items over every emotion lane, as on the deck's curve. A stage whose
  // feeling has no score is a gap in the line, marked with a hollow point on the neutral line and its words.
  type Point = { i: number; score: number };
  const stagePoints = stages.map((_, i): Point | { i: number; words?: string } => {
    const items = emotionLanes.flatMap((lane) => lane.cells[i]?.items ?? []);
    const scores = items.flatMap((item) => (item.emotion ? [item.emotion.score] : []));
    return scores.length ? { i, score: scores.reduce((a, b) => a + b, 0) / scores.length } : { i, words: items[0]?.text };
  });
  const points = stagePoints.filter((p): p is Point => "score" in p);
  const unscored = stagePoints.flatMap((p) => ("words" in p && p.words ? [{ i: p.i, words: p.words }] : []));
  const segments = stagePoints
    .reduce<Point[][]>(
      (runs, p) => {
        if ("score" in p) runs[runs.length - 1].push(p);
        else runs.push([]);
        return runs;
      },
      [[]],
    )
    .filter((run) => run.length > 0);
  const y = (score: number) => curveTop + CurveHeight - ((score - scale.min) / Math.max(1, scale.max - scale.min)) * CurveHeight;

  return (
    // Wide maps scroll sideways rather than shrinking their text away.
    <div style={{ overflowX: "auto" }}>
      <svg
        role="img"
        aria-label={map.title}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ minWidth: width * 0.8 }}
        direction={map.rightToLeft ? "rtl" : "ltr"}
        data-testid="preview"
      >
        {stages.map((stage, i) => (
          <g key={`s${i}`}>
            <path d={chevron(x(i), 0, StageWidth, BandHeight, map.rightToLeft)} fill={i % 2 ? "#0f6cbd" : "#115ea3"} />
            <text x={x(i) + StageWidth / 2} y={BandHeight / 2 + 5} textAnchor="middle" fill="#fff" fontSize="13" fontWeight="600">
              {clip(stage.name, 18)}
            </text>
          </g>
        ))}
        {emotion && (
          <g data-testid="emotion-curve">
            <text x={labelX} y={curveTop + CurveHeight / 2} fontSize="12" fill="#424242">
              {clip(emotion.label, 14)}
            </text>
            {segments.map((run, k) => (
              <polyline
                key={`r${k}`}
                fill="none"
                stroke="#0f6cbd"
                strokeWidth="2.5"
                points={run.map((p) => `${x(p.i) + StageWidth / 2},${y(p.score)}`).join(" ")}
              />
            ))}
            {points.map((p) => (
              <circle
                key={`p${p.i}`}
                cx={x(p.i) + StageWidth / 2}
                cy={y(p.score)}
                r="5"
                fill={p.score < (scale.min + scale.max) / 2 ? "#c50f1f" : "#107c10"}
              />
            ))}
            {unscored.map((p) => (
              <g key={`u${p.i}`} data-testid="unscored-emotion">
                <circle
                  cx={x(p.i) + StageWidth / 2}
                  cy={y((scale.min + scale.max) / 2)}
                  r="5"
                  fill="#fff"
                  stroke="#616161"
                  strokeDasharray="2 2"
                />
                <text x={x(p.i) + StageWidth / 2} y={y((scale.min + scale.max) / 2) + 18} textAnchor="middle" fontSize="11" fill="#616161">
                  {clip(p.words, 18)}
                </text>
              </g>
            ))}
          </g>
        )}
        {lanes.map((lane, row) => (
          <g key={`l${row}`}>
            <rect x={0} y={lanesTop + row * RowHeight} width={width} height={RowHeight - 2} fill={row % 2 ? "#fafafa" : "#f0f0f0"} />
            <text x={labelX} y={lanesTop + row * RowHeight + 20} fontSize="12" fontWeight="600" fill="#242424">
              {clip(lane.label, 14)}
            </text>
            {lane.cells.slice(0, stages.length).map((cell, i) => (
              <text key={`c${i}`} x={cellX(i)} y={lanesTop + row * RowHeight + 20} fontSize="12" fill="#424242">
                {(cell.items ?? []).slice(0, 2).map((item, k) => (
                  <tspan key={k} x={cellX(i)} dy={k === 0 ? 0 : 16}>
                    {clip(item.text, 18)}
                  </tspan>
                ))}
              </text>
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}

function chevron(left: number, top: number, width: number, height: number, rtl?: boolean): string {
  const tip = 12;
  return rtl
    ? `M${left + width},${top} L${left + tip},${top} L${left},${top + height / 2} L${left + tip},${top + height} L${left + width},${top + height} L${left + width - tip},${top + height / 2} Z`
    : `M${left},${top} L${left + width - tip},${top} L${left + width},${top + height / 2} L${left + width - tip},${top + height} L${left},${top + height} L${left + tip},${top + height / 2} Z`;
}

function clip(text: string, length: number): string {
  return [...text].length > length ? [...text].slice(0, length - 1).join("") + "…" : text;
}
