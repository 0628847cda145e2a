#!/bin/sh
# Reload latency of `borne preview`, in a real window under Xvfb: the built-in pack's
# sources copied to a temporary folder, one title edited RUNS times, and for each save
# the preview's own "save → screen" figure (from the first file event to the event-loop
# turn that draws the reloaded screen). Prints each figure, then the median.
# Usage: scripts/bench-preview.sh [RUNS]   (BORNE_BIN=path to use a given binary)
set -eu
cd "$(dirname "$0")/.."
runs="${1:-10}"
bin="${BORNE_BIN:-}"
if [ -z "$bin" ]; then
  cargo build --quiet
  bin="${CARGO_TARGET_DIR:-target}/debug/borne"
fi
display=":78"
Xvfb "$display" -screen 0 2400x2000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
"$bin" content extract-default "$work/pack" >/dev/null
# French messages whatever the machine's language: the figure is read from them.
DISPLAY="$display" LANG=C.UTF-8 SLINT_BACKEND=winit-software "$bin" preview "$work/pack" >"$work/out" 2>"$work/err" &
pid=$!
sleep 5
i=1
while [ "$i" -le "$runs" ]; do
  sed -i "s/^node-housing = .*/node-housing = Logement $i/" "$work/pack/locales/fr.ftl"
  sleep 1.5
  i=$((i + 1))
done
kill "$pid"; wait "$pid" 2>/dev/null || true
results=$(sed -n 's/^Rechargé : \([0-9]*\) ms.*/\1/p' "$work/out")
[ -n "$results" ] || { echo "no reload seen"; cat "$work/out" "$work/err"; exit 1; }
echo "save → screen (ms):" $results
echo "median: $(printf '%s\n' $results | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
