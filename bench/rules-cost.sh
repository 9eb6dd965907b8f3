#!/usr/bin/env bash
# What the content-defect rules of issue 12 cost an import: imports FILE into a new store with the
# default rules ("on") and into another with bench/new-rules-off.rules.yaml beside it ("off"),
# turn by turn, ROUNDS times, and prints each process's user + system CPU seconds (/usr/bin/time),
# the on/off ratio of each pair and the median ratio. CPU, not wall time: on a shared machine the
# wall clock counts the others' turns.
# Usage: bench/rules-cost.sh FILE [ROUNDS]   (the jar: target/copydesk.jar; `mvn -o -q package -DskipTests`)
set -euo pipefail
file="$1"; rounds="${2:-3}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/target/copydesk.jar"
[ -f "$jar" ] || { echo "no $jar: mvn -o -q package -DskipTests" >&2; exit 2; }
work="$(mktemp -d /tmp/rules-cost.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# one import: prints its user + system CPU seconds
import_cpu() {
    local side="$1"
    rm -f "$work"/s.*
    if [ "$side" = off ]; then cp "$here/bench/new-rules-off.rules.yaml" "$work/s.rules.yaml"; fi
    XDG_DATA_HOME="$work/data" /usr/bin/time -f "%U %S" -o "$work/time" \
        java -jar "$jar" --db "$work/s.db" import "$file" >/dev/null
    awk '{printf "%.1f\n", $1 + $2}' "$work/time"
}

echo "file $file, $rounds rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
ratios=()
for r in $(seq 1 "$rounds"); do
    on="$(import_cpu on)"; off="$(import_cpu off)"
    ratio="$(awk -v a="$on" -v b="$off" 'BEGIN{printf "%.3f", a / b}')"
    ratios+=("$ratio")
    echo "round $r: on ${on} s, off ${off} s CPU, on/off $ratio (load $(cut -d' ' -f1 /proc/loadavg))"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END{m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median on/off %.3f of %d rounds\n", m, NR}'
