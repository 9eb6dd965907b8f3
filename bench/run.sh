#!/usr/bin/env bash
# Runs one of the benchmarks in src/test/java/com/copydesk/bench on the test classpath.
# Usage: bench/run.sh ImportBenchmark [ARGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"; shift
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" "com.copydesk.bench.$main" "$@"
