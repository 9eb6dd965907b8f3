#!/usr/bin/env bash
# Copydesk beside the tools a user would pick instead, on stores of generator drafts, in one run:
#   import   import of N generator drafts (GeneratorFile, gen_drafts.py's shape) into an empty store vs
#            sqlite-utils insert --nl + enable-fts on title, summary, body, same file; store size vs the
#            raw file; t(largest)/t(smallest) over the sizes given
#   export   export --format jsonl (full, then unchanged re-export) vs sqlite3 writing the same rows as JSON Lines;
#            export --format markdown (full) vs bench/md_peer.py (python3: a file per draft, forced, renamed)
#   cli      --version; stats --json + show --json vs sqlite-utils giving the same answers
#   queue    the queue's first page and full-text top-100 searches, p50/p99 (QueueSearchBenchmark)
# Usage: bench/compare.sh [SIZE...]            (default: 10000 100000)
#   SECTIONS="import export cli queue"  which sections to run, in order (add a section: a function section_NAME)
#   BENCH_DIR=/tmp/copydesk-bench  where the stores are kept (built once through the app's import,
#                                  BenchStore; minutes for 100k, so build them once and reuse them)
#   RUNS=3                         runs per measurement (IMPORT_RUNS=1 for the import section)
#   GEN_DRAFTS=path/gen_drafts.py  the import section's drafts from the content generator itself
#                                  (default: its copy in the tests, GeneratorFile)
# Needs java, sqlite3, sqlite-utils and hyperfine (Debian: apt-get install sqlite3 sqlite-utils hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
SECTIONS=${SECTIONS:-"import export cli queue"}
BENCH_DIR=${BENCH_DIR:-/tmp/copydesk-bench}
RUNS=${RUNS:-3}
for tool in java sqlite3 sqlite-utils hyperfine; do
  command -v "$tool" >/dev/null || { echo "bench/compare.sh needs $tool" >&2; exit 2; }
done
mkdir -p "$BENCH_DIR"
[ -f target/copydesk.jar ] || mvn -q -o package -DskipTests
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
jar=$root/target/copydesk.jar
cp="$root/target/classes:$root/target/test-classes:$(cat target/bench.classpath)"
# The data folder (logs, the extracted SQLite library) of the runs, not the user's.
export XDG_DATA_HOME=$BENCH_DIR/data

# mean seconds of one command of a hyperfine JSON export
mean() { python3 -c "import json,sys; print('%.3f' % json.load(open(sys.argv[1]))['results'][int(sys.argv[2])]['mean'])" "$1" "$2"; }
ratio() { python3 -c "import sys; print('%.1f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }
race() { # name, command A, command B: prints both means and A/B
  local out=$BENCH_DIR/$1.json
  hyperfine --runs "$RUNS" --warmup 1 --export-json "$out" "$2" "$3" >/dev/null 2>&1
  printf '  %-34s copydesk %7.2f s   peer %7.2f s   ratio %5sx\n' "$1" "$(mean "$out" 0)" "$(mean "$out" 1)" \
      "$(ratio "$(mean "$out" 0)" "$(mean "$out" 1)")"
}

section_export() {
  local store=$1 out=$BENCH_DIR/export
  mkdir -p "$out"
  race "export jsonl (full)" \
      "java -jar $jar --db $store export --all --full --format jsonl --out $out/drafts.jsonl" \
      "sqlite3 -cmd '.output $out/peer.jsonl' $store \"SELECT json_set(t.document, '\$.body', t.body) FROM draft d JOIN draft_text t ON t.draft_id = d.id ORDER BY d.reference\""
  local full; full=$(mean "$BENCH_DIR/export jsonl (full).json" 0)
  hyperfine --runs "$RUNS" --export-json "$BENCH_DIR/again.json" \
      "java -jar $jar --db $store export --all --format jsonl --out $out/drafts.jsonl" >/dev/null 2>&1
  printf '  %-34s copydesk %7.2f s   = %s%% of a full export\n' "export jsonl (unchanged again)" \
      "$(mean "$BENCH_DIR/again.json" 0)" "$(python3 -c "print(round(100 * $(mean "$BENCH_DIR/again.json" 0) / $full))")"
  printf '  %-34s %s MB of JSON Lines\n' "written" "$(( $(stat -c %s "$out/drafts.jsonl") / 1000000 ))"
  # a file per draft, each forced to the disk and renamed into place on both sides (bench/md_peer.py)
  race "export markdown (full)" \
      "java -jar $jar --db $store export --all --full --format markdown --out $out/md" \
      "python3 $root/bench/md_peer.py $store $out/peer-md"
  rm -rf "$out"
}

section_cli() {
  local store=$1 ref
  ref=$(sqlite3 "$store" "SELECT reference FROM draft ORDER BY id DESC LIMIT 1")
  race "--version" "java -jar $jar --version" "sqlite-utils --version"
  race "stats --json + show --json" \
      "java -jar $jar --db $store stats --json && java -jar $jar --db $store show --json $ref" \
      "sqlite-utils query $store \"SELECT status, count(*) AS n FROM draft GROUP BY status\" && sqlite-utils query $store \"SELECT rule, count(DISTINCT draft_id) AS n FROM finding GROUP BY rule\" && sqlite-utils query $store \"SELECT * FROM draft d JOIN draft_text t ON t.draft_id = d.id WHERE d.reference = :r\" -p r $ref && sqlite-utils query $store \"SELECT f.* FROM finding f JOIN draft d ON d.id = f.draft_id WHERE d.reference = :r\" -p r $ref"
}

# One run each (an import of 100k takes minutes), the two in turn, with the load beside them.
section_import() {
  local file=$BENCH_DIR/gen$n.jsonl db=$BENCH_DIR/import$n.db su=$BENCH_DIR/su$n.db out=$BENCH_DIR/import$n.json
  if [ -n "${GEN_DRAFTS:-}" ]; then  # the content generator itself: python3 "$GEN_DRAFTS" jsonl N SEED
    file=$BENCH_DIR/gen_drafts$n.jsonl
    [ -f "$file" ] || python3 "$GEN_DRAFTS" jsonl "$n" 1 > "$file"
  else  # its copy in the tests (the same texts, less metadata: about half the bytes)
    [ -f "$file" ] || java -cp "$cp" com.copydesk.bench.GeneratorFile "$n" "$file" 1
  fi
  local load_before; load_before=$(cut -d' ' -f1 /proc/loadavg)
  hyperfine --runs "${IMPORT_RUNS:-1}" --export-json "$out" \
      --prepare "rm -f $db $db-wal $db-shm $db.copydesk-closed" "java -jar $jar --db $db import $file" \
      --prepare "rm -f $su $su-wal $su-shm" \
      "sqlite-utils insert $su drafts $file --nl && sqlite-utils enable-fts $su drafts title summary body" >/dev/null 2>&1
  local t; t=$(mean "$out" 0)
  printf '  %-34s copydesk %7.2f s   peer %7.2f s   speed %5sx of the peer   (load %s -> %s)\n' "import $n" \
      "$t" "$(mean "$out" 1)" "$(python3 -c "print('%.2f' % ($(mean "$out" 1) / $t))")" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)"
  printf '  %-34s %s MB = %sx the raw %s MB (sqlite-utils %s MB)\n' "store" "$(( $(stat -c %s "$db") / 1000000 ))" \
      "$(ratio "$(stat -c %s "$db")" "$(stat -c %s "$file")")" "$(( $(stat -c %s "$file") / 1000000 ))" \
      "$(( $(stat -c %s "$su") / 1000000 ))"
  import_times+=("$n $t")
  rm -f "$su"
}

section_queue() {
  java -cp "$cp" com.copydesk.bench.QueueSearchBenchmark "$1" 50 | sed 's/^/  /'
}

echo "bench/compare.sh on $(nproc) cores ($(uname -m), $(java -version 2>&1 | head -1)), load $(cut -d' ' -f1-3 /proc/loadavg)"
import_times=()
for n in "${sizes[@]}"; do
  store=$BENCH_DIR/s$n.db
  echo "== $n generator drafts"
  if [ "$SECTIONS" != import ]; then  # the import section makes its own store from gen_drafts.py-shaped drafts
    java -Xmx2g -cp "$cp" com.copydesk.bench.BenchStore "$n" "$store" | sed 's/^/  /'
    echo "  (DraftGenerator seed 42): store $(( $(stat -c %s "$store") / 1000000 )) MB"
  fi
  for section in $SECTIONS; do
    "section_$section" "$store"
  done
done
if [ ${#import_times[@]} -gt 1 ]; then
  read -r n0 t0 <<<"${import_times[0]}"; read -r n1 t1 <<<"${import_times[-1]}"
  echo "import: t($n1)/t($n0) = $(ratio "$t1" "$t0") for $(ratio "$n1" "$n0")x the drafts (linear: $(ratio "$n1" "$n0"))"
fi
