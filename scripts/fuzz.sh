#!/bin/sh
# Runs every fuzz target (libFuzzer, `cargo fuzz`, nightly toolchain) for SECONDS each
# (default 600), from its seed corpus in fuzz/corpus/TARGET and what earlier runs found
# (fuzz/work/TARGET, not kept in git), and prints runs per second
# and the outcome of each. A crash is copied into fuzz/regressions/TARGET/, where
# `cargo test --test fuzz_corpus` replays it on stable from then on.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   JOBS=2 scripts/fuzz.sh 600        # two targets at a time (one per core)
# Needs: the nightly toolchain (`rustup toolchain list`) and cargo-fuzz
# (`cargo install cargo-fuzz`). The build instruments the whole dependency tree,
# Slint included: the first one takes a while.
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-600}
[ $# -ge 1 ] && shift
targets=${*:-ticket scanner pack bundle stats hours}
jobs=${JOBS:-1}

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz: the nightly toolchain is needed (rustup toolchain install nightly)" >&2
  exit 2
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: cargo-fuzz is needed (cargo install cargo-fuzz)" >&2
  exit 2
fi

# No sanitizer: the code is safe Rust, and what is hunted is panics, hangs and memory
# growth; the build and the runs are several times faster without one.
flags="--sanitizer none --release --debug-assertions"
echo "building the fuzz targets..."
cargo +nightly fuzz build $flags >/dev/null

log=fuzz/artifacts/logs
mkdir -p "$log"

run_one() {
  t=$1
  mkdir -p "fuzz/work/$t" "fuzz/corpus/$t" "fuzz/artifacts/$t" "fuzz/regressions/$t"
  # -rss_limit_mb: more than this is a memory-exhaustion bug on a kiosk.
  # -timeout: one input taking longer than this is a hang.
  if cargo +nightly fuzz run $flags "$t" "fuzz/work/$t" "fuzz/corpus/$t" -- \
      -max_total_time="$seconds" -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 \
      >"$log/$t.log" 2>&1; then
    outcome="no crash"
  else
    outcome="CRASH"
    for f in fuzz/artifacts/"$t"/*; do
      [ -f "$f" ] && cp "$f" "fuzz/regressions/$t/"
    done
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log/$t.log" | grep -o '[0-9]*$' || echo 0)
  per_s=$(( ${runs:-0} / seconds ))
  cov=$(grep -o 'cov: [0-9]*' "$log/$t.log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "$t: $outcome; $runs runs in ${seconds}s ($per_s/s), coverage $cov edges (log: $log/$t.log)"
}

status=0
set -- $targets
while [ $# -gt 0 ]; do
  pids=""
  i=0
  while [ $i -lt "$jobs" ] && [ $# -gt 0 ]; do
    run_one "$1" > "$log/$1.summary" &
    pids="$pids $!"
    shift
    i=$((i + 1))
  done
  for p in $pids; do wait "$p" || status=1; done
done
for t in $targets; do
  cat "$log/$t.summary"
  if grep -q CRASH "$log/$t.summary"; then status=1; fi
done
exit $status
