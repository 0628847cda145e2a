#!/bin/sh
# Installs the Debian/Ubuntu packages borne needs, asking for sudo when not root.
# Usage: scripts/deps.sh run|test
set -eu

case "${1:-run}" in
  run)  pkgs="pkg-config libfontconfig1-dev fontconfig fonts-noto-core espeak-ng libasound2-dev" ;;
  test) pkgs="pkg-config libfontconfig1-dev fontconfig fonts-noto-core fonts-noto-ui-core xvfb xauth x11-utils xdotool matchbox-window-manager imagemagick zbar-tools minisign nodejs espeak-ng sox libsox-fmt-base libasound2-dev chromium" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "borne needs these Debian packages:$missing"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "This is not a Debian/Ubuntu system: install the equivalents of:$missing" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; echo "Installing them with sudo (you may be asked for your password)..."; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing
