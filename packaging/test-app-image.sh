#!/usr/bin/env bash
# CI step after `mvn verify`: builds the Linux app-image from target/copydesk.jar (jlink runtime +
# jpackage launcher, no .deb) and runs its launcher headless, as an installed copydesk runs:
# --version, an import of the bundled samples into a temporary store, stats --json with the
# expected count, the per-user data folder and its log, the runtime's module list, line numbers in
# the runtime's classes, a team store on PostgreSQL when $COPYDESK_TEST_PG names one, and that
# the launcher never needs a display. No display, no root needed.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=common/lib.sh
. "$ROOT/packaging/common/lib.sh"

[ -f "$ROOT/target/copydesk.jar" ] || (cd "$ROOT" && mvn -q package -DskipTests)
started=$(date +%s)
bash "$ROOT/packaging/build-linux.sh" --no-jar --app-image

IMAGE="$ROOT/target/packaging/copydesk"
LAUNCHER="$IMAGE/bin/copydesk"
VERSION=$(jar_version "$ROOT/target/copydesk.jar")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

passed=0
failed=0
check() { # check NAME CONDITION-COMMAND...
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}
# The launcher as a user's shell runs it: no display, the data folder under $WORK.
copydesk() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u COPYDESK_DB XDG_DATA_HOME="$WORK/data" \
      timeout 120 "$LAUNCHER" "$@" >"$WORK/out" 2>"$WORK/err"
}
out_has() { grep -qF -- "$1" "$WORK/out"; }
err_has() { grep -qF -- "$1" "$WORK/err"; }
no_trace() { ! grep -qE '^\s+at |Exception in thread' "$WORK/out" "$WORK/err"; }

check "launcher --version prints Copydesk $VERSION" \
  eval 'copydesk --version && [ "$(cat "$WORK/out")" = "Copydesk $VERSION" ]'

check "import of resources/samples: 203 drafts (the sample's page and JSON are one draft, counted once)" \
  eval 'copydesk --db "$WORK/store/t.db" import --json "$ROOT/resources/samples" &&
        out_has "\"imported\":203" && out_has "\"unchanged\":0" && out_has "\"rejected\":0"'

check "stats --json counts them: total 203, pending 203" \
  eval 'copydesk --db "$WORK/store/t.db" stats --json && out_has "\"total\":203" && out_has "\"pending\":203"'

check "without --db the store is in the per-user data folder" \
  eval 'copydesk stats --json && out_has "\"total\":0" && [ -f "$WORK/data/copydesk/copydesk.db" ]'

check "the log file is beside the data" \
  test -f "$WORK/data/copydesk/logs/copydesk.0.log"

check "a wrong command line exits 2 with usage, no stack trace" \
  eval '! copydesk nosuchcommand; [ "$(copydesk nosuchcommand; echo $?)" = 2 ] && err_has "Usage" && no_trace'

check "no arguments without a display: one message, exit 1, no stack trace" \
  eval '! copydesk && err_has "cannot open its window" && no_trace'

check "the runtime holds exactly the modules of packaging/common/jlink-modules" \
  eval 'expected=$(jlink_modules | tr , "\n" | sort | tr "\n" " ");
        actual=$(sed -n "s/^MODULES=\"\(.*\)\"/\1/p" "$IMAGE/lib/runtime/release" | tr " " "\n" | grep -vE "^(java.transaction.xa|java.security.sasl)$" | sort | tr "\n" " ");
        [ "$expected" = "$actual" ] || { echo "expected: $expected"; echo "actual:   $actual"; false; }'

# The team store from the installed app: its runtime must hold the modules the PostgreSQL driver
# links (java.naming), which no SQLite command loads. .ci/run exports the test server.
if [ -n "${COPYDESK_TEST_PG:-}" ]; then
  PG_DB="copydesk_appimage_$$"
  PG_URI="${COPYDESK_TEST_PG%/*}/$PG_DB"
  psql "$COPYDESK_TEST_PG" -qc "CREATE DATABASE $PG_DB" >/dev/null
  trap 'rm -rf "$WORK"; psql "$COPYDESK_TEST_PG" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1 || true' EXIT
  check "a team store on PostgreSQL: import of the samples and stats --json" \
    eval 'copydesk --db "$PG_URI" import --json "$ROOT/resources/samples" && out_has "\"imported\":203" &&
          copydesk --db "$PG_URI" stats --json && out_has "\"total\":203" && no_trace'
elif [ "${CI:-}" = true ]; then
  check "with CI=true, COPYDESK_TEST_PG names the team store's test server" false
fi

JDK=$(find_jdk)
check "the runtime's classes keep line numbers (stack traces in the log have them)" \
  eval '"$JDK/bin/jimage" extract --dir "$WORK/jimage" --include "regex:.*/java/util/logging/Logger.class" \
            "$IMAGE/lib/runtime/lib/modules" &&
        "$JDK/bin/javap" -l "$WORK/jimage/java.logging/java/util/logging/Logger.class" | grep -q LineNumberTable'

echo "app-image $(du -sh "$IMAGE" | cut -f1), built and checked in $(( $(date +%s) - started )) s"
echo "packaging: $passed passed, $failed failed"
[ "$failed" = 0 ]
