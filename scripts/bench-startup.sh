#!/bin/sh
# Cold start to first frame of the release build, in a real window under Xvfb.
# Prints one figure per run (ms from exec to the app's "first frame drawn" line),
# then the median. Usage: scripts/bench-startup.sh [RUNS]
set -eu
cd "$(dirname "$0")/.."
runs="${1:-15}"
cargo build --release --quiet
bin=target/release/borne
display=":77"
Xvfb "$display" -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY="$display" matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &
wm=$!
trap 'kill $xvfb $wm 2>/dev/null || true' EXIT
data=$(mktemp -d)
# One run to compile the built-in pack into the data folder's cache (first start only).
first=""
i=0
results=""
while [ "$i" -le "$runs" ]; do
  log="$data/log.$i"
  t0=$(date +%s%N)
  DISPLAY="$display" BORNE_DATA_DIR="$data/d" SLINT_BACKEND=winit-software "$bin" --fullscreen 2>"$log" &
  pid=$!
  n=0
  while ! grep -q "first frame drawn" "$log" 2>/dev/null; do
    n=$((n + 1)); [ "$n" -gt 600 ] && { echo "no first frame"; cat "$log"; exit 1; }
    sleep 0.01
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  t1=$(sed -n 's/.*first_frame_unix_ns=\([0-9]*\).*/\1/p' "$log" | head -1)
  ms=$(( (t1 - t0) / 1000000 ))
  if [ "$i" -eq 0 ]; then first="$ms"; else results="$results $ms"; fi
  i=$((i + 1))
done
echo "first start (compiles the built-in pack): $first ms"
echo "later starts (ms):$results"
echo "median: $(printf '%s\n' $results | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
rm -rf "$data"
