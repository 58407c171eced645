import { Badge, Link, Text } from "@fluentui/react-components";
import { format, type Words } from "../i18n";
import { firstCell, groupByKind, kindName, stageNames, stepText } from "../insights";
import type { InsightsReport, JourneyMap } from "../types";

/**
 * The map's funnel, briefly, and its findings grouped by kind, each naming its stages; a finding that rests on cells
 * is a button that selects the first of them in the sheet (as a problem selects its cell). Lists and headings, so a
 * screen reader can move by them; `bdi` keeps a stage name or a number in its own direction inside a right-to-left line.
 */
export function Insights({
  insights,
  map,
  words,
  lang,
  onSelect,
}: {
  insights: InsightsReport;
  map: JourneyMap;
  words: Words;
  lang: string;
  onSelect: (location: string) => void;
}) {
  const { funnel, findings } = insights;
  const groups = groupByKind(findings);
  return (
    <section aria-labelledby="insights-heading" data-testid="insights" style={{ display: "grid", gap: 8, minWidth: 0 }}>
      <Text as="h2" id="insights-heading" weight="semibold" size={400} style={{ margin: 0 }}>
        {words.insights}
      </Text>
      {funnel && (
        <div style={{ display: "grid", gap: 4 }}>
          <Text as="h3" weight="semibold" style={{ margin: 0 }}>
            {format(words.funnel, funnel.label)}
          </Text>
          <ol data-testid="funnel" style={{ margin: 0, paddingInlineStart: 20, display: "grid", gap: 2 }}>
            {funnel.steps.map((step, i) => (
              <li key={step.stage} data-largest={i === funnel.largestDropOff || undefined}>
                <bdi>{step.stageName}</bdi>: <bdi>{stepText(step, lang, words)}</bdi>
                {i === funnel.largestDropOff && (
                  <>
                    {" "}
                    <Badge appearance="tint" color="danger" data-testid="largest-drop-off">
                      {words.largestDropOff}
                    </Badge>
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {groups.length === 0 && <Text data-testid="no-findings">{words.noFindings}</Text>}
      {groups.map((group) => (
        <div key={group.kind} style={{ display: "grid", gap: 4, minWidth: 0 }}>
          <Text as="h3" weight="semibold" style={{ margin: 0 }}>
            {kindName(group.kind, words)} ({group.findings.length})
          </Text>
          <ul style={{ margin: 0, paddingInlineStart: 20, display: "grid", gap: 6 }}>
            {group.findings.map((finding, i) => {
              const cell = firstCell(finding);
              const stages = stageNames(finding, map.stages);
              return (
                <li key={i} data-testid="finding" data-kind={finding.kind} style={{ overflowWrap: "anywhere" }}>
                  {cell ? (
                    <Link
                      as="button"
                      onClick={() => onSelect(cell)}
                      data-cell={cell}
                      title={format(words.selectCell, cell)}
                      style={{ verticalAlign: "top", textAlign: "start" }}
                    >
                      {finding.message}
                    </Link>
                  ) : (
                    <span>{finding.message}</span>
                  )}
                  {stages.length > 0 && (
                    <Text as="p" size={200} style={{ margin: 0 }}>
                      {words.findingStages}:{" "}
                      {stages.map((name, n) => (
                        <span key={n}>
                          {n > 0 && words.listSeparator}
                          <bdi>{name}</bdi>
                        </span>
                      ))}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
