#!/bin/sh
# Renders a barometer report (jobmatch barometer report --out FILE.html) in a headless
# browser and checks that every industry group's chart is drawn: the page's SVG charts,
# counted in the DOM the browser built, must be 16 per scope (joint + each municipality).
# Uses chromium (or google-chrome) --dump-dom, else firefox --screenshot (which proves only
# that the page renders); says so and exits 0 when no browser is installed.
#
#   tools/barometer-report-check.sh REPORT.html [GROUPS]
set -eu
report=${1:?usage: tools/barometer-report-check.sh REPORT.html [GROUPS]}
groups=${2:-16}
[ -f "$report" ] || { echo "barometer-report-check: no such file: $report" >&2; exit 2; }
abs=$(cd "$(dirname "$report")" && pwd)/$(basename "$report")

browser=""
for b in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$b" >/dev/null 2>&1; then browser=$b; break; fi
done

if [ -n "$browser" ]; then
    dom=$(mktemp)
    trap 'rm -f "$dom"' EXIT
    "$browser" --headless --no-sandbox --disable-gpu --dump-dom "file://$abs" >"$dom" 2>/dev/null
    scopes=$(grep -o '<section class="scope" data-scope="[^"]*"' "$dom" | wc -l)
    charts=$(grep -o '<svg class="chart"' "$dom" | wc -l)
    bars=$(grep -o '<rect class="bar"' "$dom" | wc -l)
    if [ "$scopes" -eq 0 ] || [ "$charts" -ne $((scopes * groups)) ]; then
        echo "barometer-report-check: $browser drew $charts charts for $scopes scopes; expected $groups per scope" >&2
        exit 1
    fi
    echo "barometer-report-check: $browser rendered $scopes scopes × $groups industry-group charts ($bars bars)."
elif command -v firefox >/dev/null 2>&1; then
    shot=$(mktemp --suffix=.png)
    trap 'rm -f "$shot"' EXIT
    firefox --headless --screenshot "$shot" "file://$abs" >/dev/null 2>&1
    [ -s "$shot" ] || { echo "barometer-report-check: firefox did not render $report" >&2; exit 1; }
    charts=$(grep -o '<svg class="chart"' "$report" | wc -l)
    echo "barometer-report-check: firefox rendered the page ($charts charts in the file; firefox cannot dump the DOM, so the chart count is from the file)."
else
    echo "barometer-report-check: no headless browser (chromium, google-chrome or firefox) is installed; nothing rendered."
    echo "barometer-report-check: the report's structure is still checked by the tests (BarometerReportTests, CLIBarometerTests)."
fi
