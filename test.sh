#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, builds, and runs the suites
# under the invariant-ish en-US culture and again under fa-IR and th-TH (numbers and dates in files
# we write must not depend on the culture).
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (https://dot.net)"; exit 1; }

# Decks are rendered with LibreOffice and read back with poppler in the tests; Thai and Persian need fonts.
need_packages=()
for package in libreoffice-impress poppler-utils fonts-thai-tlwg fonts-noto-core; do
  dpkg -s "$package" >/dev/null 2>&1 || need_packages+=("$package")
done
if [ "${#need_packages[@]}" -gt 0 ]; then
  echo "=== installing ${need_packages[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_packages[@]}"
fi

dotnet restore OfficeJourney.sln
dotnet build OfficeJourney.sln --no-restore -c Release

log=$(mktemp)
status=0
for culture in en_US fa_IR th_TH; do
  echo "=== tests under ${culture}"
  LANG="${culture}.UTF-8" LC_ALL="${culture}.UTF-8" \
    dotnet test OfficeJourney.sln --no-build -c Release --logger "console;verbosity=minimal" 2>&1 | tee -a "$log" || status=1
done

# One closing line for every suite and culture together.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) } }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit $status
