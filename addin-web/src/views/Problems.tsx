import { Link, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import type { ProblemView } from "../types";
import type { Words } from "../i18n";
import { EmojiFonts } from "./Preview";

/** Problems by cell; a located one is a link that selects its cell in the sheet. */
export function Problems({ problems, words, onSelect }: { problems: ProblemView[]; words: Words; onSelect?: (location: string) => void }) {
  if (problems.length === 0) return <Text data-testid="no-problems">{words.noProblems}</Text>;
  return (
    <ul
      aria-label={words.problems}
      data-testid="problems"
      style={{ listStyle: "none", padding: 0, margin: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 6 }}
    >
      {problems.map((problem, i) => (
        <li key={i}>
          {/* Multiline: a message is a sentence or two, and a single line would widen the pane past its frame. */}
          <MessageBar layout="multiline" intent={problem.severity === "error" ? "error" : "warning"}>
            <MessageBarBody style={{ fontFamily: EmojiFonts, overflowWrap: "anywhere", minWidth: 0 }}>
              {problem.location && onSelect ? (
                <Link as="button" onClick={() => onSelect(problem.location!)} data-location={problem.location}>
                  {problem.location}
                </Link>
              ) : problem.location ? (
                <strong>{problem.location}</strong>
              ) : null}
              {problem.location ? ": " : ""}
              {problem.message}
            </MessageBarBody>
          </MessageBar>
        </li>
      ))}
    </ul>
  );
}
