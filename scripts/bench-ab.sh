#!/usr/bin/env bash
# Compares two builds of tenure exporting the same documents: each round
# runs both, in a random order, and the medians of each side are printed
# with their ratio.
#
#   bash scripts/bench-ab.sh OLD_BINARY NEW_BINARY DOCS [FORMATS] [ROUNDS]
#
# The order is drawn again every round because on a shared virtual machine
# the second of two back-to-back runs is measurably slower (about 6% here,
# with the same binary on both sides): an A-then-B pairing would credit
# that to whichever binary always runs second. Each run writes into a
# fresh folder on the same file system as the first (set OUT_DIR, default
# a temporary folder; a RAM disk such as /dev/shm takes the disk out of it).
# Build the old binary from a worktree:
#
#   git worktree add /tmp/old HEAD~3 && (cd /tmp/old && go build -o /tmp/tenure-old ./cmd/tenure)
#   go build -o /tmp/tenure-new ./cmd/tenure
#   bash scripts/bench-ab.sh /tmp/tenure-old /tmp/tenure-new /tmp/docs all 8
set -euo pipefail
if [ $# -lt 3 ]; then
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
old=$1 new=$2 docs=$3 formats=${4:-all} rounds=${5:-8}
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
out=$(mktemp -d "${OUT_DIR:-${TMPDIR:-/tmp}}/bench-ab.XXXXXX")
trap 'rm -rf "$out"' EXIT
runs="$out/runs"
for r in $(seq "$rounds"); do
  for side in $(printf 'old\nnew\n' | shuf); do
    bin=$old
    [ "$side" = new ] && bin=$new
    rm -rf "$out/dataset"
    /usr/bin/time -f "$side %e %U %S %M %R" -a -o "$runs" \
      "$bin" export -q -in "$docs" -out "$out/dataset" -formats "$formats"
  done
done
# median COLUMN SIDE: the median of one column of one side's runs.
median() {
  grep "^$2 " "$runs" | awk -v c="$1" '{ if (c == "cpu") print $3 + $4; else print $c }' |
    sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
printf '%-6s %8s %8s %9s %9s\n' "" "wall s" "cpu s" "peak MB" "faults"
for side in old new; do
  printf '%-6s %8.2f %8.2f %9.0f %9.0f\n' "$side" "$(median 2 "$side")" "$(median cpu "$side")" \
    "$(awk "BEGIN { print $(median 5 "$side") / 1024 }")" "$(median 6 "$side")"
done
awk -v o="$(median 2 old)" -v n="$(median 2 new)" 'BEGIN { printf "new/old wall %.3f over %d rounds\n", n / o, '"$rounds"' }'
