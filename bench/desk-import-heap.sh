#!/usr/bin/env bash
# Imports FILE (JSON Lines, one draft a line) from the window into a new store, the window started
# with the file as a file manager opens it, under -Xmx512m (issue 18: a 5k import peaked at 1.2 GB),
# and prints whether it finished and the heap from the GC log: the most used before a collection,
# the most left after one, and the most committed.
# Usage: bench/desk-import-heap.sh FILE [XMX]   e.g. gen_drafts.py jsonl 5000 3 > d5k.jsonl
set -euo pipefail
file="$(realpath "$1")"; xmx="${2:-512m}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/target/copydesk.jar"
[ -f "$jar" ] || { echo "no $jar: mvn -o -q package -DskipTests" >&2; exit 2; }
want="$(grep -c . "$file")"
. "$here/bench/xvfb.sh" desk-import-heap
started=$(date +%s)
XDG_DATA_HOME="$work/data" DISPLAY="$display" java "-Xmx$xmx" "-Xlog:gc:file=$work/gc.log" -Dprism.order=sw \
    -jar "$jar" --db "$work/store.db" "$file" >"$work/app.out" 2>&1 &
app=$!
total=0
while kill -0 "$app" 2>/dev/null; do
    sleep 10
    total="$(java -jar "$jar" --db "$work/store.db" stats 2>/dev/null | awk '$1 == "total" { print $2 }' || true)"
    [ "${total:-0}" -ge "$want" ] && break
done
if kill -0 "$app" 2>/dev/null; then
    kill "$app"; wait "$app" 2>/dev/null || true
    outcome="imported ${total} of ${want} drafts in $(( $(date +%s) - started )) s"
else
    outcome="the window ended before the import did (${total:-0} of ${want}): $(grep -m1 -i 'OutOfMemory\|Exception' "$work/app.out" || true)"
fi
app=""
# "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 180M->95M(256M) 12.345ms"
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | tr -c '0-9\n' ' ' | awk -v out="$outcome" -v xmx="$xmx" '
    { if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > committed) committed = $3 }
    END { printf "%s with -Xmx%s: heap at most %d MB before a collection, %d MB after, %d MB committed\n", out, xmx, before, after, committed }
'
