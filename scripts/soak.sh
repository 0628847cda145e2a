#!/bin/sh
# Soak test: the real kiosk window under its own Xvfb, TAPS random taps anywhere on the
# screen (tiles, nav bar, empty space, idle pauses now and then), memory (PSS, from
# /proc/PID/smaps_rollup) sampled every 1,000 taps. Fails if the kiosk dies, logs a
# panic, or its memory keeps growing: the last quarter's median may not exceed the
# second quarter's by more than GROWTH_KIB (default 2048 KiB). A maintenance PIN is set,
# so the technicians' gesture is watched for: one tap in a thousand is held 0.5 to 3 s,
# and the soak fails if random taps ever open the PIN pad.
#
# Usage: scripts/soak.sh [TAPS] [BINARY]      (defaults: 100000, target/release/borne)
#   cargo build --release && scripts/soak.sh 100000
# Writes target/soak/memory.csv (taps,pss_kib) and target/soak/kiosk.log.
# Needs: xvfb, xdotool (scripts/deps.sh test installs them).
set -eu
cd "$(dirname "$0")/.."

taps=${1:-100000}
bin=${2:-target/release/borne}
growth_kib=${GROWTH_KIB:-2048}
# Pause after each tap, in ms: about what the kiosk needs to draw the next screen, so
# that taps do not pile up unread (xdotool's own default is 100 ms).
tap_ms=${TAP_MS:-20}
out=target/soak
mkdir -p "$out"
[ -x "$bin" ] || { echo "soak: no $bin (cargo build --release)" >&2; exit 2; }

disp=:$(( 70 + $$ % 20 ))
Xvfb "$disp" -screen 0 1080x1920x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
cleanup() { kill "$kiosk" "$xvfb" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
sleep 1
export DISPLAY=$disp
# A data folder of its own: the soak counts no statistics of the real kiosk. A PIN, so
# that the maintenance screen exists and its gesture is watched.
: >"$data/borne.toml"
echo 2468 | "$bin" --config "$data/borne.toml" config set-pin >/dev/null
BORNE_DATA_DIR=$data BORNE_USB_DIR=$data/usb BORNE_LOG=info "$bin" --config "$data/borne.toml" >"$out/kiosk.log" 2>&1 &
kiosk=$!
i=0
until xdotool search --name READY >/dev/null 2>&1; do
  i=$((i + 1))
  [ $i -lt 200 ] || { echo "soak: the kiosk did not start" >&2; cat "$out/kiosk.log" >&2; exit 1; }
  sleep 0.1
done

pss() { awk '/^Pss:/ {print $2}' "/proc/$kiosk/smaps_rollup"; }
echo "taps,pss_kib" > "$out/memory.csv"
echo "0,$(pss)" >> "$out/memory.csv"
done_taps=0
seed=$$
while [ "$done_taps" -lt "$taps" ]; do
  # 100 taps per xdotool call; coordinates from awk's generator (seeded, repeatable).
  # One tap in a thousand is a long press (0.5 to 3 s) somewhere.
  args=$(awk -v n=100 -v s="$seed" -v ms="$tap_ms" 'BEGIN { srand(s); for (k = 0; k < n; k++) { x = int(rand() * 1080); y = int(rand() * 1920); if (rand() < 0.001) printf "mousemove %d %d mousedown 1 sleep %.2f mouseup 1 ", x, y, 0.5 + rand() * 2.5; else printf "mousemove %d %d click --delay %d 1 ", x, y, ms } }')
  seed=$((seed + 1))
  # shellcheck disable=SC2086
  xdotool $args
  done_taps=$((done_taps + 100))
  kill -0 "$kiosk" 2>/dev/null || { echo "soak: the kiosk died after $done_taps taps" >&2; tail -20 "$out/kiosk.log" >&2; exit 1; }
  if [ $((done_taps % 1000)) -eq 0 ]; then
    echo "$done_taps,$(pss)" >> "$out/memory.csv"
    # Now and then a pause long enough for the idle warning and the wipe.
    if [ $((done_taps % 25000)) -eq 0 ]; then sleep 85; fi
  fi
done

entries=$(grep -c "maintenance screen asked for" "$out/kiosk.log" || true)
echo "soak: maintenance gesture recognised $entries times in $done_taps random taps"
if [ "$entries" -ne 0 ]; then
  echo "soak: random taps opened the maintenance PIN pad" >&2
  exit 1
fi
if grep -q "panicked" "$out/kiosk.log"; then
  echo "soak: a panic in the log" >&2
  grep -m5 "panicked" "$out/kiosk.log" >&2
  exit 1
fi
# Flatness: medians of the second and the last quarter of the samples.
samples=$(tail -n +2 "$out/memory.csv" | cut -d, -f2)
n=$(echo "$samples" | wc -l)
q=$((n / 4))
median() { echo "$samples" | sed -n "$1,$2p" | sort -n | sed -n "$(( ($2 - $1) / 2 + 1 ))p"; }
second=$(median $((q + 1)) $((2 * q)))
last=$(median $((3 * q + 1)) "$n")
sorted=$(echo "$samples" | sort -n)
echo "soak: $done_taps taps, $n samples; PSS first $(echo "$samples" | head -1) KiB, min $(echo "$sorted" | head -1), max $(echo "$sorted" | tail -1), last $(echo "$samples" | tail -1); median of the 2nd quarter $second, of the last quarter $last (growth $((last - second)) KiB, limit $growth_kib)"
[ $((last - second)) -le "$growth_kib" ]
