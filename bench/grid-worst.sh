#!/usr/bin/env bash
# What the grid endpoint costs for the worst bodies it accepts (10 MB): a sheet of 3.2 million empty cells and
# three million empty rows, sent once and four at once to the service on loopback. Prints status, time and the
# service's peak memory (VmHWM) above its start.
# Usage: bench/grid-worst.sh   (after: dotnet build src/OfficeJourney.Server -c Release)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import json, sys
out = sys.argv[1]
json.dump({"sheets": [{"name": "S", "address": "A1:CV32000", "values": [[""] * 100 for _ in range(32000)]}]}, open(f"{out}/cells.json", "w"), separators=(",", ":"))
rows = [[] for _ in range(3000000)]; rows[0] = ["", ""]
json.dump({"sheets": [{"name": "S", "address": "A1:B3000000", "values": rows}]}, open(f"{out}/rows.json", "w"), separators=(",", ":"))
PY

port=5097
for body in cells rows; do
  for parallel in 1 4; do
    Storage__DataFolder="$work/data" dotnet src/OfficeJourney.Server/bin/Release/net10.0/OfficeJourney.Server.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; done
    base=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
    start=$(date +%s%N)
    for _ in $(seq "$parallel"); do
      curl -s -o /dev/null -w "%{http_code} " -X POST -H "Content-Type: application/json" --data-binary "@$work/$body.json" "http://127.0.0.1:$port/api/grids/interpret" &
    done
    wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    peak=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
    printf "%-6s x%d  %5d ms  +%d MB peak\n" "$body" "$parallel" "$elapsed" $(( (peak - base) / 1024 ))
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
