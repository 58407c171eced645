import { PublicClientApplication } from "@azure/msal-browser";
import type { ClientConfig } from "./types";

/**
 * The page the Office dialog opens where nested app authentication is missing: it signs in with a redirect
 * (the only flow a dialog supports) and sends the API token back to the task pane with messageParent.
 */
async function signIn(): Promise<void> {
  await Office.onReady();
  const reply = (message: object) => Office.context.ui.messageParent(JSON.stringify(message));
  try {
    const config = (await (await fetch("/api/client-config")).json()) as ClientConfig;
    const app = new PublicClientApplication({
      auth: {
        clientId: config.clientId!,
        authority: `https://login.microsoftonline.com/${config.tenantId ?? "organizations"}`,
        redirectUri: `${location.origin}/auth-dialog.html`,
      },
    });
    await app.initialize();
    const result = await app.handleRedirectPromise();
    if (!result) {
      await app.loginRedirect({ scopes: [config.apiScope!] });
      return;
    }
    const token = await app.acquireTokenSilent({ scopes: [config.apiScope!], account: result.account });
    reply({ accessToken: token.accessToken, expiresOn: token.expiresOn?.getTime() ?? Date.now() + 3_000_000 });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  }
}

void signIn();
