import type { JourneyMap } from "../types";

type EmotionScale = NonNullable<JourneyMap["emotionScale"]>;

/** How a stage feels: the mean score of its scored items over every emotion lane, and the words written for it. */
export interface Feeling {
  score?: number;
  words: string;
  /** Below, above or on the middle of the scale (or without a score). */
  tone: "low" | "high" | "none";
}

export function stageFeelings(map: JourneyMap): Feeling[] {
  const scale = map.emotionScale ?? { min: -2, max: 2 };
  const middle = (scale.min + scale.max) / 2;
  const emotionLanes = map.lanes.filter((l) => l.kind === "emotions");
  return map.stages.map((_, i) => {
    const items = emotionLanes.flatMap((lane) => lane.cells[i]?.items ?? []);
    const scores = items.flatMap((item) => (item.emotion ? [item.emotion.score] : []));
    // A bare score is said once, as the score.
    const words = items
      .map((item) => item.emotion?.label || item.text)
      .filter((text) => !/^[\d\s.,+\-−]+$/.test(text))
      .join(", ");
    if (scores.length === 0) return { words, tone: "none" };
    // One decimal at most, written the same way in every language.
    const score = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
    return { score, words, tone: score < middle ? "low" : score > middle ? "high" : "none" };
  });
}

const Height = 56;
const Pad = 8;

/**
 * The emotion curve as a sparkline, one point per stage at the middle of its column (mirrored for a right-to-left
 * map). Each stage's feeling is also written out beside it, so the drawing itself is hidden from screen readers.
 * A stage without a score is a gap in the line, with a hollow point on the neutral line.
 */
export function EmotionCurve({ feelings, scale, rightToLeft }: { feelings: Feeling[]; scale?: EmotionScale | null; rightToLeft: boolean }) {
  const { min, max } = scale ?? { min: -2, max: 2 };
  const n = feelings.length;
  const x = (i: number) => `${(((rightToLeft ? n - 1 - i : i) + 0.5) / n) * 100}%`;
  const y = (score: number) => Pad + (Height - 2 * Pad) * (1 - (score - min) / Math.max(1, max - min));
  const lines = feelings.flatMap((f, i) => {
    const next = feelings[i + 1];
    return f.score !== undefined && next?.score !== undefined ? [{ i, from: f.score, to: next.score }] : [];
  });
  return (
    <svg aria-hidden="true" width="100%" height={Height} data-testid="emotion-curve" style={{ display: "block" }}>
      <line x1="0" x2="100%" y1={y((min + max) / 2)} y2={y((min + max) / 2)} stroke="#e0e0e0" />
      {lines.map((l) => (
        <line key={`l${l.i}`} x1={x(l.i)} x2={x(l.i + 1)} y1={y(l.from)} y2={y(l.to)} stroke="#0f6cbd" strokeWidth="2.5" />
      ))}
      {feelings.map((f, i) =>
        f.score !== undefined ? (
          <circle
            key={`p${i}`}
            cx={x(i)}
            cy={y(f.score)}
            r="5"
            fill={f.tone === "low" ? "#c50f1f" : f.tone === "high" ? "#107c10" : "#616161"}
          />
        ) : f.words ? (
          <g key={`u${i}`} data-testid="unscored-emotion">
            <circle cx={x(i)} cy={y((min + max) / 2)} r="5" fill="#fff" stroke="#616161" strokeDasharray="2 2" />
          </g>
        ) : null,
      )}
    </svg>
  );
}
