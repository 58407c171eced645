import { useEffect, useMemo, useState } from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  webLightTheme,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { ApiError, JourneyApi } from "./api";
import type { ClientConfig } from "./types";
import { tokenSource } from "./auth";
import { localeFor } from "./i18n";
import { OfficeExcelHost } from "./office/excel";
import { detectHost, type HostKind } from "./office/host";
import { OfficePowerPointHost } from "./office/powerpoint";
import { ExcelView } from "./views/ExcelView";
import { PowerPointView } from "./views/PowerPointView";
import { WebView } from "./views/WebView";

export function App() {
  const [host, setHost] = useState<HostKind | null>(null);
  const [api, setApi] = useState<JourneyApi | null>(null);
  const [config, setConfig] = useState<ClientConfig | null>(null);
  const [error, setError] = useState<{ title: string; detail: string } | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed once the host is known: Office's display language is read after Office is ready
  const locale = useMemo(() => localeFor(typeof Office !== "undefined" ? Office.context?.displayLanguage : navigator.language), [host]);

  // The page's own language and direction too, so assistive tools and the scrollbar side follow the pane's words.
  useEffect(() => {
    document.documentElement.lang = locale.lang;
    document.documentElement.dir = locale.dir;
  }, [locale]);

  useEffect(() => {
    (async () => {
      const kind = await detectHost();
      const config = await new JourneyApi()
        .config()
        .catch((): ClientConfig => ({ authMode: "Local", sites: [], templates: { types: [], industries: [], languages: [] } }));
      setApi(new JourneyApi("", tokenSource(config)));
      setConfig(config);
      setHost(kind);
    })();
  }, []);

  const onError = (e: unknown) =>
    setError(
      e instanceof ApiError
        ? { title: e.title || "Error", detail: e.detail }
        : { title: "Something went wrong", detail: e instanceof Error ? e.message : String(e) },
    );

  return (
    <FluentProvider
      theme={webLightTheme}
      dir={locale.dir}
      lang={locale.lang}
      style={{ minHeight: "100vh", padding: 12, boxSizing: "border-box" }}
    >
      <header style={{ display: "flex", alignItems: "center", gap: 8, marginBottom: 8 }}>
        <img src="/assets/icon-32.png" alt="" width={24} height={24} />
        <Text as="h1" size={500} weight="semibold">
          {locale.words.appTitle}
        </Text>
      </header>
      {error && (
        <MessageBar intent="error" role="alert" layout="multiline" style={{ marginBottom: 8 }}>
          <MessageBarBody style={{ overflowWrap: "anywhere" }}>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.detail}
          </MessageBarBody>
          {/* A button, so the message can be closed from the keyboard too. */}
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={locale.words.dismiss}
                icon={<DismissRegular />}
                onClick={() => setError(null)}
                data-testid="dismiss-error"
              />
            }
          />
        </MessageBar>
      )}
      {!host || !api || !config ? (
        <Spinner label={locale.words.busy} />
      ) : host === "excel" ? (
        <ExcelView
          api={api}
          excel={new OfficeExcelHost()}
          words={locale.words}
          lang={locale.lang}
          sites={config.sites}
          templates={config.templates}
          onError={onError}
        />
      ) : host === "powerpoint" ? (
        <PowerPointView api={api} powerPoint={new OfficePowerPointHost()} words={locale.words} onError={onError} />
      ) : (
        <WebView api={api} words={locale.words} onError={onError} />
      )}
    </FluentProvider>
  );
}
