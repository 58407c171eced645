import { createNestablePublicClientApplication, PublicClientApplication, type IPublicClientApplication } from "@azure/msal-browser";
import type { ClientConfig } from "./types";
import type { TokenSource } from "./api";

/**
 * Team mode: a token for our API, never for Graph (the service goes on to Graph on the user's behalf). Nested
 * app authentication inside Office where NestedAppAuth 1.1 is there; elsewhere (old Office, the browser) a
 * popup with the same app registration. Local mode needs no sign-in at all.
 */
export function tokenSource(config: ClientConfig): TokenSource {
  if (config.authMode !== "Team" || !config.clientId || !config.apiScope) return async () => null;
  const scopes = [config.apiScope];
  let app: Promise<IPublicClientApplication> | null = null;
  const ready = () => (app ??= create(config));
  return async () => {
    const msal = await ready();
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

async function create(config: ClientConfig): Promise<IPublicClientApplication> {
  const auth = { clientId: config.clientId!, authority: `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}` };
  const nested = typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("NestedAppAuth", "1.1");
  if (nested) return createNestablePublicClientApplication({ auth });
  const app = new PublicClientApplication({ auth: { ...auth, redirectUri: `${location.origin}/taskpane.html` } });
  await app.initialize();
  return app;
}
