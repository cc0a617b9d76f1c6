#!/usr/bin/env bash
# The main job on the shipped sample: installs what is missing (Scripts/install-dependencies.sh), builds
# Crosstalk, prints the analysis of Samples/, writes the network picture to crosstalk-network.svg and the HTML
# report to crosstalk-report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/install-dependencies.sh
swift build -c release --product crosstalk >&2  # build progress on stderr, the analysis alone on stdout
crosstalk="$(swift build -c release --show-bin-path)/crosstalk"
"$crosstalk" analyze Samples/slack-export.zip --org Samples/org-chart.csv \
  --level-bands 0=executive,1=director,2=manager,3-=staff
"$crosstalk" render Samples/slack-export.zip --org Samples/org-chart.csv --view network \
  --output crosstalk-network.svg
"$crosstalk" report Samples/slack-export.zip --org Samples/org-chart.csv \
  --level-bands 0=executive,1=director,2=manager,3-=staff --output crosstalk-report.html
echo "crosstalk: wrote crosstalk-network.svg and crosstalk-report.html" >&2
