import { useState } from "react";
import { Button, Text, Textarea } from "@fluentui/react-components";
import type { JourneyApi } from "../api";
import type { Words } from "../i18n";
import type { JourneyDocument } from "../types";
import { copyMermaid, type CopyOutcome } from "./copyMermaid";

/** "Copy as Mermaid": the map as a Mermaid journey on the clipboard, with a confirmation the user can see. */
export function CopyMermaid({
  api,
  words,
  document,
  onError,
}: {
  api: JourneyApi;
  words: Words;
  document: JourneyDocument | null;
  onError: (error: unknown) => void;
}) {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const copy = async () => {
    if (!document) return;
    setOutcome(null);
    try {
      setOutcome(await copyMermaid(api, document, navigator.clipboard));
    } catch (error) {
      onError(error);
    }
  };

  return (
    <>
      <Button onClick={copy} disabled={!document} data-testid="copy-mermaid">
        {words.copyMermaid}
      </Button>
      <div role="status" aria-live="polite">
        {outcome?.copied && <Text data-testid="mermaid-copied">{words.mermaidCopied}</Text>}
        {outcome && !outcome.copied && (
          <>
            <Text>{words.mermaidCopyByHand}</Text>
            <Textarea readOnly value={outcome.text} resize="vertical" aria-label={words.copyMermaid} dir="ltr" />
          </>
        )}
      </div>
    </>
  );
}
