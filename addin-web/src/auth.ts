import { createNestablePublicClientApplication, PublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { SignInConfig } from "./types";
import type { TokenSource } from "./api";

/**
 * Team mode: a token for our API, never for Graph (the service goes on to Graph on the user's behalf).
 * Inside Office with NestedAppAuth 1.1: nested app authentication. Inside an older Office: the Office dialog
 * (auth-dialog.html signs in with a redirect and sends the token back). In a browser: an MSAL popup.
 * Local mode needs no sign-in at all.
 */
export function tokenSource(config: SignInConfig): TokenSource {
  if (config.authMode !== "Team" || !config.clientId || !config.apiScope) return async () => null;
  const inOffice = typeof Office !== "undefined" && !!Office.context?.requirements;
  if (inOffice && !Office.context.requirements.isSetSupported("NestedAppAuth", "1.1") && Office.context.ui) return dialogTokens();
  return msalTokens(config, inOffice);
}

function msalTokens(config: SignInConfig, nested: boolean): TokenSource {
  const scopes = [config.apiScope!];
  let app: Promise<IPublicClientApplication> | null = null;
  return async () => {
    const msal = await (app ??= create(config, nested));
    const account = msal.getActiveAccount() ?? msal.getAllAccounts()[0];
    try {
      if (account) return (await msal.acquireTokenSilent({ scopes, account })).accessToken;
      return (await msal.ssoSilent({ scopes })).accessToken;
    } catch {
      // No silent token (first use, consent, expired session): ask the user once.
      const result = await msal.acquireTokenPopup({ scopes });
      msal.setActiveAccount(result.account);
      return result.accessToken;
    }
  };
}

async function create(config: SignInConfig, nested: boolean): Promise<IPublicClientApplication> {
  const auth = { clientId: config.clientId!, authority: `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}` };
  if (nested) return createNestablePublicClientApplication({ auth });
  const app = new PublicClientApplication({ auth: { ...auth, redirectUri: `${location.origin}/taskpane.html` } });
  await app.initialize();
  return app;
}

/** The token the dialog sent, kept until a minute before it expires. */
export function dialogTokens(open: (url: string) => Promise<DialogToken> = openDialog): TokenSource {
  let current: DialogToken | null = null;
  return async () => {
    if (!current || current.expiresOn - 60_000 < Date.now()) current = await open(`${location.origin}/auth-dialog.html`);
    return current.accessToken;
  };
}

export interface DialogToken {
  accessToken: string;
  expiresOn: number;
}

function openDialog(url: string): Promise<DialogToken> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(`The sign-in window did not open: ${opened.error.message}`));
        return;
      }
      const dialog = opened.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, (event) => {
        dialog.close();
        const message = JSON.parse("message" in event ? event.message : "{}") as Partial<DialogToken> & { error?: string };
        if (message.accessToken && message.expiresOn) resolve({ accessToken: message.accessToken, expiresOn: message.expiresOn });
        else reject(new Error(message.error ?? "Sign-in did not finish."));
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
        reject(new Error("The sign-in window was closed before signing in.")),
      );
    });
  });
}
