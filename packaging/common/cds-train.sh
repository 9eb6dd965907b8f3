#!/usr/bin/env bash
# Makes a dynamic Class-Data Sharing archive for the window (issue 18's start-up): one training
# start of the desk under Xvfb on a small store, stopped once its queue's first rows are drawn;
# the JVM then writes every class it loaded (about 7,500: JavaFX, the desk, SQLite's driver,
# the rules) to ARCHIVE, and a start with -XX:SharedArchiveFile=ARCHIVE maps them instead of
# reading, verifying and parsing them again.
# Safe by construction: a JVM given a missing archive, or one made from another jar or JVM,
# runs without it (-Xshare:auto, the default), so a stale archive costs the gain, nothing else.
# Usage: packaging/common/cds-train.sh ARCHIVE [JAVA-LAUNCHER...]
#   JAVA-LAUNCHER: the command that starts the app with its JVM options in $JAVA_TOOL_OPTIONS
#   (default: java -jar target/copydesk.jar); the packaged launcher is trained as itself.
# Needs Xvfb; without it, it says so and makes no archive (exit 0: the app runs without one).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
archive=$(realpath -m "$1")
shift
[ $# -gt 0 ] || set -- java -jar "$ROOT/target/copydesk.jar"
command -v Xvfb >/dev/null || { echo "cds-train: no Xvfb, no class-data archive (the app runs without one)"; exit 0; }

work=$(mktemp -d /tmp/cds-train.XXXXXX)
display=":$(( 100 + RANDOM % 400 ))"
app=""
cleanup() {
    [ -n "$app" ] && kill "$app" 2>/dev/null || true
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
Xvfb "$display" -screen 0 1280x760x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!

# a small store, imported by the same launcher (its classes are not archived: only the window's run is)
for i in 1 2 3; do
    printf '{"reference":"cds-%s","title":"Training draft %s","body":"A paragraph.\\n\\n## A heading\\n\\nAnother paragraph with `code` and a [link](https://example.com).","summary":"A draft for the class-data archive","topic":"testing","score":{"quality":80,"freshness":80,"depth":80,"clarity":80},"checklist":["a check"]}\n' "$i" "$i"
done >"$work/drafts.jsonl"
XDG_DATA_HOME="$work/data" "$@" --db "$work/store.db" import "$work/drafts.jsonl" >"$work/import.out" 2>&1 \
    || { echo "cds-train: the training store could not be made" >&2; cat "$work/import.out" >&2; exit 1; }

rm -f "$archive"
mkdir -p "$(dirname "$archive")"
log="$work/data/copydesk/logs/copydesk.0.log"
sleep 1
XDG_DATA_HOME="$work/data" DISPLAY="$display" JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive" \
    "$@" --db "$work/store.db" >"$work/app.out" 2>&1 &
app=$!
for _ in $(seq 1 6000); do # 10 minutes: a loaded build machine
    grep -q "first rows drawn" "$log" 2>/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
grep -q "first rows drawn" "$log" 2>/dev/null || { echo "cds-train: the window did not draw its queue; see below" >&2; cat "$work/app.out" "$log" >&2; exit 1; }
sleep 2 # the first frame's stragglers (the draft pane's body, the meta box) load too
kill "$app" # SIGTERM: the JVM exits normally and writes the archive as it does
wait "$app" 2>/dev/null || true
app=""
[ -s "$archive" ] || { echo "cds-train: no archive written; see below" >&2; cat "$work/app.out" >&2; exit 1; }
echo "cds-train: $archive ($(du -h "$archive" | cut -f1))"
