#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, builds, and runs the suites
# under the invariant-ish en-US culture and again under fa-IR and th-TH (numbers and dates in files
# we write must not depend on the culture).
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (https://dot.net)"; exit 1; }

# Decks are rendered with LibreOffice and read back with poppler in the tests; Thai and Persian need fonts, the
# pane's emotion faces an emoji font (its screenshots show what a user with one sees);
# the task pane's end-to-end tests drive Debian's Chromium (never a downloaded browser).
command -v npm >/dev/null || { echo "test.sh: Node.js 20.19+ with npm is required"; exit 1; }
need_packages=()
for package in libreoffice-impress poppler-utils fonts-thai-tlwg fonts-noto-core fonts-noto-color-emoji chromium; do
  dpkg -s "$package" >/dev/null 2>&1 || need_packages+=("$package")
done
if [ "${#need_packages[@]}" -gt 0 ]; then
  echo "=== installing ${need_packages[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_packages[@]}"
fi

dotnet restore OfficeJourney.sln
dotnet build OfficeJourney.sln --no-restore -c Release
# The code's layout and usings as .editorconfig says; `dotnet format OfficeJourney.sln` fixes what this refuses.
dotnet format OfficeJourney.sln --verify-no-changes --no-restore

# The task pane: installed exactly as locked, linted, its formatting checked (`npm run format` fixes it),
# type-checked and built into addin-web/dist, which the service serves.
(cd addin-web && npm ci --no-audit --no-fund && npm run lint && npm run format:check && npm run build)

log=$(mktemp)
status=0
for culture in en_US fa_IR th_TH; do
  echo "=== tests under ${culture}"
  LANG="${culture}.UTF-8" LC_ALL="${culture}.UTF-8" \
    dotnet test OfficeJourney.sln --no-build -c Release --logger "console;verbosity=minimal" 2>&1 | tee -a "$log" || status=1
done

echo "=== task pane unit tests"
pane_report="$(mktemp -d)/vitest.json"
(cd addin-web && npx vitest run --reporter=default --reporter=json --outputFile.json="$pane_report") || status=1
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(`pane: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)' "$pane_report" | tee -a "$log" || status=1
rm -rf "$(dirname "$pane_report")"

echo "=== task pane end to end (headless Chromium against the service)"
e2e_report="$(mktemp -d)/playwright.json"
(cd addin-web && PLAYWRIGHT_JSON_OUTPUT_FILE="$e2e_report" npx playwright test --reporter=list,json) 2>&1 | tee -a "$log" || status=1
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).stats; console.log(`e2e: ${r.expected} passed, ${r.unexpected + r.flaky} failed`)' "$e2e_report" | tee -a "$log" || status=1
rm -rf "$(dirname "$e2e_report")"

# One closing line for every suite and culture together.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     /^(pane|e2e): [0-9]+ passed, [0-9]+ failed$/ { gsub(/,/, ""); p += $2; f += $4 }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit $status
