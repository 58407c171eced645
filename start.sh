#!/usr/bin/env bash
# Starts OfficeJourney on this machine: builds the task pane once (npm), then runs the service with maps in a
# local SQLite file. Open http://127.0.0.1:5080 in a browser, or sideload manifest/officejourney.local.xml.
set -euo pipefail
cd "$(dirname "$0")"
command -v dotnet >/dev/null || { echo "start.sh: the .NET 10 SDK is required (https://dot.net)"; exit 1; }
command -v npm >/dev/null || { echo "start.sh: Node.js 20.19+ with npm is required (https://nodejs.org)"; exit 1; }

if [ ! -f addin-web/dist/taskpane.html ] || [ -n "$(find addin-web/src addin-web/package-lock.json -newer addin-web/dist/taskpane.html -print -quit)" ]; then
  (cd addin-web && npm ci --no-audit --no-fund && npm run build)
fi
echo "OfficeJourney: open http://127.0.0.1:5080 (Ctrl+C stops it)"
exec dotnet run --project src/OfficeJourney.Server -c Release "$@"
