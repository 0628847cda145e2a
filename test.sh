#!/bin/sh
# Runs the whole test suite: formatting, lints, unit, integration and UI tests.
set -eu
cd "$(dirname "$0")"
scripts/deps.sh test
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --all-targets
