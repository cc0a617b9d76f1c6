#!/usr/bin/env bash
# Runs the whole issue-3 benchmark in one go and prints the table for docs/benchmarks.md.
#
#   Scripts/benchmark.sh                 all sizes (about 40 minutes on 2 shared cores)
#   SIZES="small" Scripts/benchmark.sh   a quick check
#
# Steps: release builds of crosstalk and Benchmarks/crosstalk-bench; the seeded graphs in Benchmarks/.data/;
# the reference virtual environment (Scripts/benchmark_references.py setup); every Crosstalk task in its own
# process; every reference task in its own process (timeout TIMEOUT s, default 600); `crosstalk analyze` end to
# end under /usr/bin/time -v (timeout ANALYZE_TIMEOUT s, default 600); then the table. Raw results go to
# Benchmarks/.results/ (git-ignored). THREADS (default 2) is the thread count for Crosstalk and NetworKit.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-small medium large}"
THREADS="${THREADS:-2}"
TIMEOUT="${TIMEOUT:-600}"
ANALYZE_TIMEOUT="${ANALYZE_TIMEOUT:-600}"
DATA=Benchmarks/.data
OUT=Benchmarks/.results
mkdir -p "$DATA" "$OUT"
RESULTS="$OUT/crosstalk.jsonl"
REFERENCES="$OUT/references.jsonl"
: > "$RESULTS"
: > "$REFERENCES"

swift build -c release --product crosstalk
# The benchmark package caches the root package's file list; drop it so files added since are compiled.
rm -f Benchmarks/.build/release.yaml Benchmarks/.build/release/description.json
swift build -c release --package-path Benchmarks
CROSSTALK="$(swift build -c release --show-bin-path)/crosstalk"
BENCH="$(swift build -c release --package-path Benchmarks --show-bin-path)/crosstalk-bench"

python3 Scripts/benchmark_references.py setup
Benchmarks/.venv/bin/python Scripts/generate_benchmark_graphs.py "$DATA" $SIZES

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "machine: $(nproc) cores, $cpu, load $(cut -d' ' -f1-3 /proc/loadavg)"

for size in $SIZES; do
  for task in load-cli build-csr degree pagerank betweenness betweenness-sampled closeness closeness-sampled \
    constraint components kcore louvain; do
    # Exact betweenness on 200,000 nodes takes hours; it is not started. (Exact closeness, bit-parallel, is.)
    if [[ "$size" == large && "$task" == betweenness ]]; then continue; fi
    if line="$(timeout "$TIMEOUT" "$BENCH" "$task" "$DATA/$size.csv" --threads "$THREADS")"; then
      echo "$line" | tee -a "$RESULTS"
    else
      printf '{"tool": "crosstalk", "task": "%s", "file": "%s", "status": "timeout %s s"}\n' \
        "$task" "$DATA/$size.csv" "$TIMEOUT" | tee -a "$RESULTS"
    fi
  done
done

SIZES_FILTER="$SIZES" THREADS="$THREADS" TIMEOUT="$TIMEOUT" \
  Benchmarks/.venv/bin/python Scripts/benchmark_references.py run "$DATA" "$REFERENCES"

# End to end: the release CLI with default settings, JSON to /dev/null; peak RSS and wall time from time -v.
for size in $SIZES; do
  limit="$TIMEOUT"
  [[ "$size" == large ]] && limit="$ANALYZE_TIMEOUT"
  log="$OUT/analyze-$size.log"
  status=0
  /usr/bin/time -v timeout "$limit" "$CROSSTALK" analyze "$DATA/$size.csv" --no-header --format json \
    --output /dev/null > "$log" 2>&1 || status=$?
  python3 - "$log" "$size" "$status" "$limit" "$DATA/$size.csv" >> "$RESULTS" <<'PY'
import json, re, sys
log, size, status, limit, path = sys.argv[1:]
text = open(log).read()
wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
entry = {"tool": "crosstalk", "task": "analyze", "file": path, "seconds": seconds, "peakMemoryMiB": peak,
         "threads": 2, "check": " | ".join(l for l in text.splitlines() if l.startswith("crosstalk: "))}
if status == "124":
    entry = {"tool": "crosstalk", "task": "analyze", "file": path, "status": f"timeout {limit} s",
             "check": entry["check"]}
elif status != "0":
    entry["status"] = f"exit {status}"
print(json.dumps(entry))
PY
  tail -1 "$RESULTS"
done

Benchmarks/.venv/bin/python Scripts/benchmark_references.py table "$RESULTS" "$REFERENCES" | tee "$OUT/table.md"
