// End-to-end: the built task pane in Debian's headless Chromium (never a downloaded browser) against the
// real service on loopback. Run `npm run e2e` after `npm run build` and `dotnet build -c Release`.
import { execSync } from "node:child_process";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { defineConfig } from "@playwright/test";

const here = import.meta.dirname;
const serverDll = resolve(here, "..", "src", "OfficeJourney.Server", "bin", "Release", "net10.0", "OfficeJourney.Server.dll");
const outputDir = resolve(here, "e2e", "out");

// A free port, chosen once by the runner; its workers load this file again and inherit the choice.
process.env.E2E_PORT ??= String(
  await new Promise<number>((done) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  }),
);
const base = `http://127.0.0.1:${process.env.E2E_PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir,
  // The scenarios build on each other (the PowerPoint one inserts the map the Excel one saved): one worker, in order.
  workers: 1,
  timeout: 60_000,
  reporter: "list",
  use: {
    baseURL: base,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? execSync("command -v chromium", { encoding: "utf8" }).trim(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    },
  },
  webServer: {
    command: `dotnet "${serverDll}"`,
    cwd: dirname(serverDll),
    url: `${base}/health`,
    timeout: 30_000,
    // The output folder is emptied before the service starts, so every run begins with an empty store.
    env: {
      Urls: base,
      TaskPane__Root: resolve(here, "dist"),
      Storage__DataFolder: resolve(outputDir, "data"),
      ASPNETCORE_ENVIRONMENT: "Production",
    },
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
