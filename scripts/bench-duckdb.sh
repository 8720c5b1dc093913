#!/usr/bin/env bash
# Side by side: tenure turning N generated documents (default 10,000 of
# the varied corpus, 25 terms each) into Parquet, against DuckDB turning
# the same terms, already extracted as CSV, into zstd Parquet. DuckDB runs
# through @duckdb/node-api from npm (installed on first use into
# .cache/bench-duckdb); its time is taken inside the process around the
# COPY alone, so neither Node's start nor DuckDB's loading is counted
# against it. tenure is timed as a whole process (/usr/bin/time): reading
# the documents, parsing, reconciling and writing every table. Each side
# runs RUNS times (default 3); the medians and their ratio are printed,
# with the median of each round's own ratio, then tenure writing every
# format, with its peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
RUNS=${RUNS:-3}
command -v node >/dev/null && command -v npm >/dev/null || { echo "needs node and npm"; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
cache=.cache/bench-duckdb
if [ ! -d "$cache/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm install --silent --no-audit --no-fund @duckdb/node-api@1.5.6-r.1 >/dev/null)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/tenure" ./cmd/tenure
go run ./internal/corpus/gen -n "$N" -seed 1 -out "$work/docs"
"$work/tenure" export -q -in "$work/docs" -out "$work/csv" -formats csv -source-url http://localhost/
echo "corpus: $N documents, $(du -sb "$work/docs" | cut -f1) bytes; terms.csv $(wc -l < "$work/csv/terms.csv") lines"

# The script sits beside node_modules so that Node resolves the package.
cat > "$cache/duck.mjs" <<'JS'
import { DuckDBInstance } from '@duckdb/node-api';
const [csv, out] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const t0 = process.hrtime.bigint();
await con.run(`COPY (SELECT * FROM read_csv('${csv}', header = true)) TO '${out}' (FORMAT parquet, COMPRESSION zstd)`);
const t1 = process.hrtime.bigint();
console.log((Number(t1 - t0) / 1e9).toFixed(3));
JS
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$work/duck.txt"; : > "$work/tenure.txt"; : > "$work/all.txt"
for _ in $(seq "$RUNS"); do
  node "$cache/duck.mjs" "$work/csv/terms.csv" "$work/duck.parquet" >> "$work/duck.txt"
  /usr/bin/time -f "%e %M" -a -o "$work/tenure.txt" "$work/tenure" export -q -in "$work/docs" -out "$work/pq" -formats parquet -source-url http://localhost/
  /usr/bin/time -f "%e %M" -a -o "$work/all.txt" "$work/tenure" export -q -in "$work/docs" -out "$work/all" -formats all
done
d=$(median < "$work/duck.txt")
t=$(cut -d' ' -f1 "$work/tenure.txt" | median)
a=$(cut -d' ' -f1 "$work/all.txt" | median)
m=$(cut -d' ' -f2 "$work/all.txt" | median)
echo "DuckDB, terms.csv to zstd Parquet (COPY only):   ${d} s"
echo "tenure, documents to Parquet (whole process):    ${t} s"
awk -v t="$t" -v d="$d" 'BEGIN {printf "ratio tenure/DuckDB:                              %.2f\n", t/d}'
# The two sides of a round run one after the other, so a round's ratio
# is the least disturbed by the machine's speed drifting between rounds.
r=$(paste -d' ' <(cut -d' ' -f1 "$work/tenure.txt") "$work/duck.txt" | awk '{printf "%.4f\n", $1/$2}' | median)
printf "ratio tenure/DuckDB, median of the rounds' ratios: %.2f\n" "$r"
echo "tenure, documents to every format:               ${a} s, peak RSS $((m / 1024)) MB"
