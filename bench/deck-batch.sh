#!/usr/bin/env bash
# Batch comparison, whole process to whole process, on this machine in one run:
#   journey deck <200 workbooks> --out-dir …   against   node batch.js <dir> <out>   (the PptxGenJS peer in ../shared/peer)
# Usage: bench/deck-batch.sh [count]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-200}"
peer="$(cd .. && pwd)/shared/peer"
[ -f "$peer/retail.xlsx" ] || { echo "deck-batch.sh: $peer/retail.xlsx not found"; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/ours" "$work/theirs"
for i in $(seq -w 1 "$count"); do cp "$peer/retail.xlsx" "$work/in/retail-$i.xlsx"; done

# The peer runs from a copy, so that its npm install stays out of shared/.
cp -r "$peer" "$work/peer"
(cd "$work/peer" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null)

# The command as it is installed for batch use: self-contained and compiled ahead of time together with the
# runtime (composite ReadyToRun), so that a short run does not spend its first half compiling (0.19 s for one
# deck, against 0.27 s framework-dependent ReadyToRun and 0.6 s JIT-only).
rid="$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')"
dotnet publish src/OfficeJourney.Cli -c Release -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/journey" -v q -nologo >/dev/null

now() { date +%s%N; }
start=$(now); "$work/journey/journey" deck "$work"/in/*.xlsx --out-dir "$work/ours" >/dev/null; ours=$(( ($(now) - start) / 1000000 ))
start=$(now); node "$work/peer/batch.js" "$work/in" "$work/theirs" >/dev/null; theirs=$(( ($(now) - start) / 1000000 ))

echo "workbooks: $count"
echo "journey deck (OfficeJourney, .NET): ${ours} ms  ($(ls "$work/ours" | wc -l) decks)"
echo "node batch.js (PptxGenJS peer):     ${theirs} ms  ($(ls "$work/theirs" | wc -l) decks)"
awk -v o="$ours" -v t="$theirs" 'BEGIN { printf "ratio: ours / peer = %.2f (target at most 0.50)\n", o / t }'
