#!/usr/bin/env bash
# Side by side: tenure's watcher and urlwatch (Debian package urlwatch) on
# the same N generated documents (default 5,000) of which 10% changed by
# one succession each. urlwatch watches each file through a file:// job
# with a grep filter for table rows; tenure watches the folder. Each tool
# first records its baseline; then the changed run is timed RUNS times
# (default 3), each from a copy of the baseline state, and the medians and
# their ratio are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-5000}
RUNS=${RUNS:-3}
command -v urlwatch >/dev/null || { echo "needs urlwatch (apt-get install urlwatch)"; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/watch" ./cmd/watch
go run ./internal/corpus/gen -kind seeds -n "$N" -out "$work/src"

# urlwatch: one file:// job per document, table rows only.
: > "$work/urls.yaml"
for f in "$work"/src/*.txt; do
  printf -- '---\nname: "%s"\nurl: "file://%s"\nfilter:\n  - grep: "^\\\\|"\n' "$(basename "$f")" "$f" >> "$work/urls.yaml"
done
cat > "$work/urlwatch.yaml" <<'YAML'
report:
  text: {details: true, footer: false, line_length: 75, minimal: false, separate: false}
  stdout: {enabled: true, color: false}
  html: {diff: unified}
  markdown: {details: true, footer: false, minimal: false}
YAML
uw() { urlwatch --urls "$work/urls.yaml" --config "$work/urlwatch.yaml" --cache "$1" >/dev/null 2>&1 || true; }
tw() { "$work/watch" -once -sources "$work/src" -state "$1" -reports "$work/reports" >/dev/null 2>&1; }

# Baselines.
uw "$work/uw-base.db"
tw "$work/tw-base.db"

# 10% of the documents gain a succession.
i=0
for f in "$work"/src/*.txt; do
  if (( i % 10 == 0 )); then
    printf '| | Successor %d (继任) | 1 May 2031 | Incumbent | |\n' "$i" >> "$f"
  fi
  i=$((i+1))
done

time_runs() { # label, command with STATE placeholder, base state
  local label=$1 base=$2 fn=$3 times=()
  for _ in $(seq "$RUNS"); do
    rm -f "$work/state" "$work/state-wal" "$work/state-shm"
    cp "$base" "$work/state"
    [ -f "$base-wal" ] && cp "$base-wal" "$work/state-wal"
    local t0 t1
    t0=$(date +%s.%N); $fn "$work/state"; t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
}
tu=$(time_runs urlwatch "$work/uw-base.db" uw)
tt=$(time_runs tenure "$work/tw-base.db" tw)
echo "documents: $N, changed: $((N / 10)), runs: $RUNS (medians)"
echo "urlwatch: ${tu}s"
echo "tenure watch: ${tt}s"
echo "tenure is $(echo "scale=1; $tu / $tt" | bc)x faster"
