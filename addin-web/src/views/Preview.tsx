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
  const emotion = map.lanes.find((l) => l.kind === "emotions");
  const width = LabelWidth + stages.length * StageWidth;
  const curveTop = BandHeight + 8;
  const lanesTop = curveTop + (emotion ? CurveHeight + 8 : 0);
  const height = lanesTop + lanes.length * RowHeight + 4;
  const x = (index: number) => (map.rightToLeft ? width - LabelWidth - (index + 1) * StageWidth : LabelWidth + index * StageWidth);
  const labelX = map.rightToLeft ? width - LabelWidth : 0;
  const scale = map.emotionScale ?? { min: -2, max: 2 };
  // A stage's point is the mean of its scored items, as on the deck's curve.
  const points = emotion?.cells
    .map((cell, i) => {
      const scores = (cell.items ?? []).flatMap((item) => (item.emotion ? [item.emotion.score] : []));
      return scores.length ? { i, score: scores.reduce((a, b) => a + b, 0) / scores.length } : null;
    })
    .filter((p): p is { i: number; score: number } => p !== null) ?? [];
  const y = (score: number) => curveTop + CurveHeight - ((score - scale.min) / Math.max(1, scale.max - scale.min)) * CurveHeight;

  return (
    // Wide maps scroll sideways rather than shrinking their text away.
    <div style={{ overflowX: "auto" }}>
    <svg role="img" aria-label={map.title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ minWidth: width * 0.8 }} direction={map.rightToLeft ? "rtl" : "ltr"} data-testid="preview">
      {stages.map((stage, i) => (
        <g key={`s${i}`}>
          <path d={chevron(x(i), 0, StageWidth, BandHeight, map.rightToLeft)} fill={i % 2 ? "#0f6cbd" : "#115ea3"} />
          <text x={x(i) + StageWidth / 2} y={BandHeight / 2 + 5} textAnchor="middle" fill="#fff" fontSize="13" fontWeight="600">{clip(stage.name, 18)}</text>
        </g>
      ))}
      {emotion && (
        <g data-testid="emotion-curve">
          <text x={labelX + 6} y={curveTop + CurveHeight / 2} fontSize="12" fill="#424242">{clip(emotion.label, 14)}</text>
          <polyline fill="none" stroke="#0f6cbd" strokeWidth="2.5" points={points.map((p) => `${x(p.i) + StageWidth / 2},${y(p.score)}`).join(" ")} />
          {points.map((p) => (
            <circle key={`p${p.i}`} cx={x(p.i) + StageWidth / 2} cy={y(p.score)} r="5" fill={p.score < (scale.min + scale.max) / 2 ? "#c50f1f" : "#107c10"} />
          ))}
        </g>
      )}
      {lanes.map((lane, row) => (
        <g key={`l${row}`}>
          <rect x={0} y={lanesTop + row * RowHeight} width={width} height={RowHeight - 2} fill={row % 2 ? "#fafafa" : "#f0f0f0"} />
          <text x={labelX + 6} y={lanesTop + row * RowHeight + 20} fontSize="12" fontWeight="600" fill="#242424">{clip(lane.label, 14)}</text>
          {lane.cells.slice(0, stages.length).map((cell, i) => (
            <text key={`c${i}`} x={x(i) + 6} y={lanesTop + row * RowHeight + 20} fontSize="12" fill="#424242">
              {(cell.items ?? []).slice(0, 2).map((item, k) => (
                <tspan key={k} x={map.rightToLeft ? x(i) + StageWidth - 6 : x(i) + 6} dy={k === 0 ? 0 : 16} textAnchor={map.rightToLeft ? "end" : "start"}>{clip(item.text, 18)}</tspan>
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
