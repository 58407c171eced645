import { defineConfig, searchForWorkspaceRoot } from "vite";
import react from "@vitejs/plugin-react";

// The pane is served by the service on the same origin as the API; in development Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: "dist",
    // Fluent UI and MSAL make one ~235 KB (gzip) bundle, loaded once and cached.
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: { taskpane: "taskpane.html", "auth-dialog": "auth-dialog.html" } },
  },
  // The pane's words live beside the .NET ones in ../languages (languages/README.md).
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:5080" },
    fs: { allow: [searchForWorkspaceRoot(process.cwd()), "../languages"] },
  },
  test: { include: ["test/**/*.test.ts"], environment: "node" },
});
