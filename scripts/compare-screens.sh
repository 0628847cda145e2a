#!/bin/sh
# Renders every screen of the built-in pack with two borne binaries and compares them
# pixel by pixel: a refactoring that must not change what residents see passes only
# when every image is identical.
#
# Usage: scripts/compare-screens.sh BEFORE_BIN AFTER_BIN [OUT_DIR] [LANG...]
#   e.g. git stash; cargo build; cp target/debug/borne /tmp/borne-before; git stash pop
#        cargo build; scripts/compare-screens.sh /tmp/borne-before target/debug/borne
# Languages default to fr and ar (left-to-right and right-to-left). Each is rendered in
# portrait and landscape, and in high contrast with large text; every node of the pack
# plus the attract, language, home, emergency, help, idle-warning, ticket,
# ticket-failed, mediator, update and update-done screens. The clock is fixed so that
# opening-hours badges and ticket codes are the same in both runs.
# Needs ImageMagick (`compare`). Exits 1 when any image differs, and names it.
set -eu

[ $# -ge 2 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
before=$1
after=$2
out=${3:-target/compare-screens}
shift 2
[ $# -ge 1 ] && shift
langs=${*:-fr ar}
command -v compare >/dev/null || { echo "compare-screens: ImageMagick's compare is needed (apt-get install imagemagick)" >&2; exit 2; }
at=2026-11-24T10:00
# Only errors: the renders log what they simulate (a paper-out, a scan).
export BORNE_LOG=error
extra="home ticket ticket-failed mediator update update-done"

render() { # BIN DIR LANG SIZE THEME SCALE
  bin=$1; dir=$2; lang=$3; size=$4; theme=$5; scale=$6
  mkdir -p "$dir"
  "$bin" screenshot --all --lang "$lang" --size "$size" --theme "$theme" --text-scale "$scale" \
    --time "$at" --out "$dir" >/dev/null
  for s in $extra; do
    "$bin" screenshot --screen "$s" --node housing-apl --lang "$lang" --size "$size" --theme "$theme" \
      --text-scale "$scale" --time "$at" --out "$dir/screen-$s.png" >/dev/null
  done
}

rm -rf "$out"
for lang in $langs; do
  for variant in "1080x1920 standard 1.0" "1920x1080 standard 1.0" "1080x1920 high-contrast 1.5"; do
    set -- $variant
    name="$lang-$1-$2-$3"
    render "$before" "$out/before/$name" "$lang" "$1" "$2" "$3"
    render "$after" "$out/after/$name" "$lang" "$1" "$2" "$3"
  done
done

total=0
differ=0
for a in $(cd "$out/before" && find . -name '*.png' | sort); do
  total=$((total + 1))
  b="$out/after/$a"
  if [ ! -f "$b" ]; then
    echo "missing after: $a"
    differ=$((differ + 1))
    continue
  fi
  # AE: the number of pixels that differ (0 for identical images).
  n=$(compare -metric AE "$out/before/$a" "$b" null: 2>&1 || true)
  n=${n%% *}
  if [ "$n" != "0" ]; then
    echo "differs: $a ($n pixels)"
    differ=$((differ + 1))
  fi
done
after_count=$(cd "$out/after" && find . -name '*.png' | wc -l)
if [ "$after_count" -ne "$total" ]; then
  echo "after has $after_count images, before $total"
  differ=$((differ + 1))
fi
echo "$total screens compared ($langs; portrait, landscape, high contrast x1.5): $differ different"
[ "$differ" -eq 0 ]
