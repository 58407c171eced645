#!/usr/bin/env bash
# What the service costs for the worst bodies it accepts, sent once and four at once to the service on loopback
# (a fresh process for each line, warmed by one typical read).
# Grids (10 MB JSON): 3.2 million empty cells, three million empty rows, 100,000 lane labels (the most filled
# cells a sheet is read with, and the costliest to interpret), 1.4 million short distinct texts, one row of
# five million numbers.
# Workbooks (uploads): 1,000,000 inline texts in 2.7 MB, three sheets of 100,000 lane labels, a sheet of
# 20,000 hidden-column ranges four times over, 100 sheets each stretched to B1000000. Prints status, time and the
# service's peak memory (VmHWM) above its start.
# Usage: bench/service-worst.sh   (after: dotnet build src/OfficeJourney.Server -c Release)
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
words = ["Touchpoints", "Pain points", "Awareness"]
labels = [[words[(r + c) % 3] for c in range(316)] for r in range(316)]
json.dump({"sheets": [{"name": "S", "address": "A1:LD316", "values": labels}]}, open(f"{out}/labels.json", "w"), separators=(",", ":"))
text = [[f"{r % 100}{c}" for c in range(100)] for r in range(14000)]
json.dump({"sheets": [{"name": "S", "address": "A1:CV14000", "values": text}]}, open(f"{out}/text.json", "w"), separators=(",", ":"))
json.dump({"sheets": [{"name": "S", "address": "A1:XFD1", "values": [[1] * 5000000]}]}, open(f"{out}/row.json", "w"), separators=(",", ":"))
M = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
def workbook(path, sheets):
    import zipfile
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        n = len(sheets)
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, n + 1)) + "</Types>")
        z.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{M}" xmlns:r="{R}"><sheets>' + "".join(f'<sheet name="S{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, n + 1)) + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + "".join(f'<Relationship Id="rId{i}" Type="{R}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, n + 1)) + "</Relationships>")
        for i, body in enumerate(sheets, 1):
            z.writestr(f"xl/worksheets/sheet{i}.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{M}">{body}</worksheet>')
def dense(side, text):
    return "<sheetData>" + "".join(f'<row r="{r}">' + "".join(f'<c t="inlineStr"><is><t>{text(r, c)}</t></is></c>' for c in range(side)) + "</row>" for r in range(1, side + 1)) + "</sheetData>"
workbook(f"{out}/typical.xlsx", [dense(8, lambda r, c: words[c % 3] if r == 1 else f"t{r}{c}")])
workbook(f"{out}/dump.xlsx", [dense(1000, lambda r, c: f"r{r}c{c}")])
workbook(f"{out}/lanes.xlsx", [dense(316, lambda r, c: words[(r + c) % 3])] * 3)
hidden = '<cols>' + '<col min="3" max="16384" hidden="1" width="9" customWidth="1"/>' * 20000 + '</cols><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Stage</t></is></c></row></sheetData>'
workbook(f"{out}/hidden.xlsx", [hidden] * 4)
stretched = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Stage</t></is></c></row><row r="1000000"><c r="B1000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
workbook(f"{out}/stretched.xlsx", [stretched] * 100)
PY

port=5097
  send() {
    if [[ $body == *.xlsx ]]; then
      curl -s -o /dev/null -w "%{http_code} " -F "file=@$work/$body" "http://127.0.0.1:$port/api/workbooks/interpret"
    else
      curl -s -o /dev/null -w "%{http_code} " -X POST -H "Content-Type: application/json" --data-binary "@$work/$body.json" "http://127.0.0.1:$port/api/grids/interpret"
    fi
  }
for body in cells rows labels text row dump.xlsx lanes.xlsx hidden.xlsx stretched.xlsx; do
  for parallel in 1 4; do
    Storage__DataFolder="$work/data" dotnet src/OfficeJourney.Server/bin/Release/net10.0/OfficeJourney.Server.dll --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.2; done
    # The same body once first: the figures are those of a running service, whose code is compiled and
    # optimised, not of its first request after a start (which the README gives apart).
    first_start=$(date +%s%N); send >/dev/null; first=$(( ($(date +%s%N) - first_start) / 1000000 ))
    base=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
    start=$(date +%s%N)
    for _ in $(seq "$parallel"); do
      send &
    done
    wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    peak=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
    printf "%-11s x%d  %5d ms  +%d MB peak  (first after start: %d ms)\n" "$body" "$parallel" "$elapsed" $(( (peak - base) / 1024 )) "$first"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
