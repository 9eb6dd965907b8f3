#!/usr/bin/env bash
# Starts the window N times on STORE under Xvfb (1280x760, software rendering) and prints, for
# each start, the log's "first rows drawn" figure (ms after the process started), the FX thread's
# CPU time and the classes loaded by then, and the median of each. One warm-up start before them
# is not counted (it extracts SQLite's native library into the data folder, as a first run does).
# The store is opened as the window opens it (it writes nothing unless its rules changed).
# Each start also prints the process's CPU time (user + system, all threads) by the first rows.
# Usage: bench/desk-startup.sh STORE N   (the jar: target/copydesk.jar; `mvn -o -q package -DskipTests`)
#   JAVA_OPTS: more JVM options, e.g. JAVA_OPTS=-XX:SharedArchiveFile=target/copydesk.jsa (the
#   class-data archive of packaging/common/cds-train.sh); JAR: another jar to start.
# Run it on a quiet machine: the figure is wall-clock time.
set -euo pipefail
store="$1"; runs="${2:-5}"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="${JAR:-$here/target/copydesk.jar}"
[ -f "$jar" ] || { echo "no $jar: mvn -o -q package -DskipTests" >&2; exit 2; }
. "$here/bench/xvfb.sh" desk-startup
log="$work/data/copydesk/logs/copydesk.0.log"

# one start: prints "MS CPU CLASSES PROCESS-CPU" from the log's first-rows line and /proc, or fails after 120 s
start() {
    rm -rf "$work/data/copydesk/logs"
    XDG_DATA_HOME="$work/data" DISPLAY="$display" java ${JAVA_OPTS:-} -Dprism.order=sw -jar "$jar" --db "$store" \
        >"$work/app.out" 2>&1 &
    app=$!
    for _ in $(seq 1 1200); do
        line="$(grep -h "first rows drawn" "$log" 2>/dev/null || true)"
        if [ -n "$line" ]; then
            # utime + stime, in clock ticks (fields 14 and 15 after the command's parenthesis)
            ticks="$(sed -E 's/^.*\) //' "/proc/$app/stat" | awk '{ print $12 + $13 }')"
            kill "$app"; wait "$app" 2>/dev/null || true; app=""
            echo "$line" | sed -E "s/.*drawn ([0-9]+) ms after the process.*CPU ([0-9-]+) ms, ([0-9]+) classes.*/\\1 \\2 \\3 $(( ticks * 1000 / $(getconf CLK_TCK) ))/"
            return 0
        fi
        sleep 0.1
    done
    echo "no first rows within 120 s; see $work/app.out" >&2
    cat "$work/app.out" >&2
    return 1
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

start >/dev/null
: >"$work/figures"
for i in $(seq 1 "$runs"); do
    figure="$(start)"
    echo "$figure" >>"$work/figures"
    read -r ms cpu classes process <<<"$figure"
    echo "start $i: first rows drawn $ms ms after the process started (FX thread CPU $cpu ms, $classes classes," \
        "process CPU $process ms)"
done
echo "median of $runs: first rows $(cut -d' ' -f1 "$work/figures" | median) ms," \
    "FX thread CPU $(cut -d' ' -f2 "$work/figures" | median) ms, classes $(cut -d' ' -f3 "$work/figures" | median)," \
    "process CPU $(cut -d' ' -f4 "$work/figures" | median) ms" \
    "(load $(cut -d' ' -f1 /proc/loadavg), $(nproc) cores)"
