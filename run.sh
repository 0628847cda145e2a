#!/bin/sh
# Starts the kiosk with the built-in content, in a window (add --fullscreen or --landscape).
set -eu
cd "$(dirname "$0")"
scripts/deps.sh run
exec cargo run --release --quiet -- "$@"
