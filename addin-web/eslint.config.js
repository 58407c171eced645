// TypeScript's and React hooks' recommended rules; layout is left to Prettier (eslint-config-prettier, last).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { defineConfig, globalIgnores } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores(["dist", "e2e/out", "src/generated"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  { files: ["src/**/*.tsx", "src/**/*.ts"], extends: [reactHooks.configs.flat.recommended] },
  // The office.js stand-in runs in the page.
  { files: ["e2e/office-stub.js"], languageOptions: { globals: globals.browser } },
  prettier,
]);
