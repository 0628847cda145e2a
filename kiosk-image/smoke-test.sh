#!/usr/bin/env bash
# Boots the kiosk image in qemu (TCG, q35, OVMF, virtio-gpu) and checks that it works:
#   1. the kiosk's own "first frame drawn" line reaches the serial console;
#   2. after SMOKE_SETTLE seconds (longer than the watchdog), the service never
#      restarted and no unit failed; the data partition was created and mounted;
#   3. the screen (a qemu screendump) is not blank;
#   4. a virtual USB stick plugged in is mounted on /media/borne/<name>; with a signed
#      bundle on it (--bundle), the kiosk's report appears in borne/ on the stick and
#      the stick is unmounted when the kiosk says it is done.
#
#   kiosk-image/smoke-test.sh [--image FILE] [--out DIR] [--bundle FILE.borne --pubkey KEY]
#                             [--rotation 0|90|180|270]
#
#   --image FILE   raw image (default: kiosk-image/out/borne-kiosk.img)
#   --out DIR      serial log, screenshots and figures (default: kiosk-image/out/smoke)
#   --bundle FILE  a content bundle, with FILE.minisig next to it (or BORNE_SMOKE_BUNDLE)
#   --pubkey KEY   the minisign public key that signed it (or BORNE_SMOKE_PUBKEY)
#   --rotation N   boot with display.rotation = N
# Environment: SMOKE_BOOT_TIMEOUT (s, default 300), SMOKE_SETTLE (s, default 40),
# SMOKE_SCREEN (WIDTHxHEIGHT, default 1080x1920).
# Exits non-zero, with the reason, on the first failed check.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IMAGE=$here/out/borne-kiosk.img
OUT=''
BUNDLE=${BORNE_SMOKE_BUNDLE:-}
PUBKEY=${BORNE_SMOKE_PUBKEY:-}
ROTATION=''
BOOT_TIMEOUT=${SMOKE_BOOT_TIMEOUT:-300}
SETTLE=${SMOKE_SETTLE:-40}
SCREEN=${SMOKE_SCREEN:-1080x1920}
while (($#)); do
    case $1 in
        --image) IMAGE=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --bundle) BUNDLE=$2; shift 2 ;;
        --pubkey) PUBKEY=$2; shift 2 ;;
        --rotation) ROTATION=$2; shift 2 ;;
        -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[[ -f $IMAGE ]] || die "no image at $IMAGE: build it first (kiosk-image/build.sh)"
OUT=${OUT:-$(dirname "$IMAGE")/smoke}
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
if [[ -n $BUNDLE ]]; then
    [[ -f $BUNDLE && -f $BUNDLE.minisig ]] || die "bundle $BUNDLE or its signature $BUNDLE.minisig is missing"
    [[ -n $PUBKEY ]] || die "a bundle needs the public key that signed it (--pubkey or BORNE_SMOKE_PUBKEY)"
fi

need_host qemu-system-x86_64:qemu-system-x86 /usr/share/OVMF/OVMF_CODE_4M.fd:ovmf \
    mcopy:mtools mkfs.vfat:dosfstools sfdisk:fdisk python3:python3

SERIAL=$OUT/serial.log
MON=$OUT/monitor.sock
QEMU_PID=''
cleanup() {
    if [[ -n $QEMU_PID ]] && kill -0 "$QEMU_PID" 2>/dev/null; then
        kill "$QEMU_PID" 2>/dev/null || true
        wait "$QEMU_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT

# Sends one command to qemu's monitor and prints its answer.
monitor() {
    python3 - "$MON" "$1" <<'EOF'
import socket, sys, time
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
s.settimeout(30)
def until_prompt():
    buf = b""
    while not buf.endswith(b"(qemu) "):
        chunk = s.recv(4096)
        if not chunk:
            break
        buf += chunk
    return buf.decode(errors="replace")
until_prompt()
s.sendall(sys.argv[2].encode() + b"\n")
out = until_prompt() if sys.argv[2] != "quit" else ""
print("\n".join(l for l in out.splitlines()[1:] if not l.startswith("(qemu)")))
EOF
}

# Waits for a line matching an extended regex in the serial log; prints the seconds it took.
wait_serial() {
    local pattern=$1 limit=$2 t0=$SECONDS
    until grep -Eq "$pattern" "$SERIAL" 2>/dev/null; do
        kill -0 "$QEMU_PID" 2>/dev/null || die "qemu stopped before: $pattern (see $SERIAL)"
        ((SECONDS - t0 < limit)) || return 1
        sleep 1
    done
    echo $((SECONDS - t0))
}

# Fails if a screendump (PPM) is blank: too few colours or too little contrast.
check_screen() {
    python3 - "$1" <<'EOF'
import sys
data = open(sys.argv[1], "rb").read()
parts, pos = [], 0
while len(parts) < 4:  # P6 width height maxval, separated by whitespace
    while data[pos:pos + 1].isspace():
        pos += 1
    end = pos
    while not data[end:end + 1].isspace():
        end += 1
    parts.append(data[pos:end])
    pos = end
pix = data[pos + 1:]
w, h = int(parts[1]), int(parts[2])
lum, colours = [], set()
for i in range(0, w * h * 3, 3 * 7):  # every 7th pixel is enough
    r, g, b = pix[i], pix[i + 1], pix[i + 2]
    colours.add((r, g, b))
    lum.append(0.299 * r + 0.587 * g + 0.114 * b)
mean = sum(lum) / len(lum)
sd = (sum((x - mean) ** 2 for x in lum) / len(lum)) ** 0.5
print(f"{w}x{h}, {len(colours)} colours, luminance mean {mean:.0f} sd {sd:.1f}")
sys.exit(0 if len(colours) >= 8 and sd >= 8 else 1)
EOF
}

# --- the disk: a scratch copy of the image on a bigger disk (room for the data partition)
say "disk: copy of $(basename "$IMAGE") on a 2 GiB disk"
DISK=$OUT/disk.raw
cp --sparse=always "$IMAGE" "$DISK"
truncate -s 2G "$DISK"
export MTOOLS_SKIP_CHECK=1
if [[ -n $PUBKEY || -n $ROTATION ]]; then
    {
        echo "[display]"
        echo "rotation = ${ROTATION:-0}"
        if [[ -n $PUBKEY ]]; then
            echo "[usb]"
            echo "trusted_keys = [\"$PUBKEY\"]"
        fi
    } >"$OUT/borne.toml"
    mcopy -o -i "$DISK@@1M" "$OUT/borne.toml" ::/borne.toml
fi
cp /usr/share/OVMF/OVMF_VARS_4M.fd "$OUT/vars.fd"

# --- boot -----------------------------------------------------------------------
rm -f "$SERIAL" "$MON" "$OUT"/screen*.p?m "$OUT"/screen*.png
say "boot: qemu (TCG, q35, OVMF, virtio-gpu ${SCREEN})"
qemu-system-x86_64 -machine q35,accel=tcg -smp 2 -m 1024 \
    -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd \
    -drive if=pflash,format=raw,unit=1,file="$OUT/vars.fd" \
    -drive file="$DISK",format=raw,if=virtio \
    -vga none -device virtio-gpu-pci,xres="${SCREEN%x*}",yres="${SCREEN#*x}" \
    -device qemu-xhci,id=xhci \
    -display none -serial file:"$SERIAL" -monitor unix:"$MON",server,nowait \
    -nic none -no-reboot &
QEMU_PID=$!
FRAME='borne\[[0-9]+\].*first frame drawn'
if ! boot_s=$(wait_serial "$FRAME" "$BOOT_TIMEOUT"); then
    die "no 'first frame drawn' on the serial console after ${BOOT_TIMEOUT}s (see $SERIAL)"
fi
# The journal's copy on the console starts with the kernel's clock: time since boot.
guest_s=$(grep -Em1 "$FRAME" "$SERIAL" | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p')
say "first frame after ${boot_s}s (qemu start), ${guest_s:-?}s (kernel clock)"

say "settle: ${SETTLE}s (longer than the watchdog period)"
sleep "$SETTLE"
monitor "screendump $OUT/screen.ppm" >/dev/null
monitor "screendump $OUT/screen.png -f png" >/dev/null
sleep 1

frames=$(grep -Ec "$FRAME" "$SERIAL" || true)
if ((frames != 1)) || grep -Eq 'borne\.service: (Scheduled restart|Watchdog timeout|Main process exited|Failed)' "$SERIAL"; then
    grep -E 'borne\.service|first frame' "$SERIAL" >&2 || true
    die "the kiosk restarted ($frames first frames; see $SERIAL)"
fi
if grep -E 'Failed to start|FAILED' "$SERIAL" >&2; then die "a unit failed (see $SERIAL)"; fi
grep -q 'borne-data: data partition .* mounted' "$SERIAL" || die "the data partition was not mounted (see $SERIAL)"
grep -q 'borne-setup: rotation' "$SERIAL" || die "borne-setup did not run (see $SERIAL)"
say "service: started once, no restart, no failed unit; data partition mounted"

[[ -s $OUT/screen.ppm ]] || die "no screendump"
if ! look=$(check_screen "$OUT/screen.ppm"); then die "the screen is blank: $look ($OUT/screen.png)"; fi
say "screen: $look -> $OUT/screen.png"

# --- USB stick ------------------------------------------------------------------
# A stick with one FAT partition, as sold; the bundle (if any) in borne/.
STICK=$OUT/stick.img
rm -f "$STICK" "$OUT/stick-fat.img"
mkfs.vfat -n BORNE-USB -C "$OUT/stick-fat.img" $((63 * 1024)) >/dev/null
mmd -i "$OUT/stick-fat.img" ::/borne
if [[ -n $BUNDLE ]]; then
    mcopy -i "$OUT/stick-fat.img" "$BUNDLE" "$BUNDLE.minisig" ::/borne/
fi
truncate -s 64M "$STICK"
echo 'start=2048, type=c' | sfdisk -q "$STICK"
dd if="$OUT/stick-fat.img" of="$STICK" bs=1M seek=1 conv=notrunc status=none
rm -f "$OUT/stick-fat.img"
say "usb: plugging a stick"
monitor "drive_add 0 if=none,id=stick,format=raw,file=$STICK" >/dev/null
monitor "device_add usb-storage,bus=xhci.0,drive=stick,id=stickdev" >/dev/null
if ! usb_s=$(wait_serial 'borne-usb: /dev/sd[a-z]+[0-9]* mounted on ' 60); then
    die "the USB stick was not mounted (see $SERIAL)"
fi
say "usb: mounted after ${usb_s}s: $(grep -Eo 'borne-usb: /dev/sd[a-z0-9]+ mounted on [^ ]+' "$SERIAL" | tail -1)"

report=skipped
if [[ -z $BUNDLE ]]; then
    say "usb update: skipped (no bundle: give --bundle FILE.borne and --pubkey KEY once the kiosk reads sticks)"
else
    # The kiosk reads borne/ on the stick, writes its report there and creates the done
    # marker; borne-usb then unmounts the stick.
    if ! done_s=$(wait_serial 'borne-usb: /dev/sd[a-z0-9]+ unmounted' 180); then
        monitor "screendump $OUT/screen-usb.png -f png" >/dev/null || true
        die "the kiosk did not finish with the stick within 180s (see $SERIAL, $OUT/screen-usb.png)"
    fi
    monitor "screendump $OUT/screen-usb.png -f png" >/dev/null
    say "usb: kiosk done and stick unmounted after ${done_s}s"
fi

monitor quit >/dev/null || true
wait "$QEMU_PID" 2>/dev/null || true
QEMU_PID=''

if [[ -n $BUNDLE ]]; then
    mdir -b -i "$STICK@@1M" ::/borne/ >"$OUT/stick-files.txt" || true
    if ! grep -Eq '/report\.(txt|json)$' "$OUT/stick-files.txt"; then
        cat "$OUT/stick-files.txt" >&2
        die "no report.txt or report.json in borne/ on the stick"
    fi
    mcopy -o -i "$STICK@@1M" ::/borne/report.txt "$OUT/report.txt" 2>/dev/null || true
    report="found ($(grep -Ec '/report\.(txt|json)$' "$OUT/stick-files.txt") file(s))"
fi

{
    echo "date:         $(date -u '+%F %T') UTC"
    echo "image:        $IMAGE ($(stat -c %s "$IMAGE") bytes)"
    echo "first frame:  ${boot_s}s after qemu start, ${guest_s:-?}s after kernel start (TCG, 2 vCPU)"
    echo "screen:       $look"
    echo "usb mount:    ${usb_s}s after plugging"
    echo "usb report:   $report"
} >"$OUT/figures.txt"
cat "$OUT/figures.txt" >&2
say "smoke test passed: $OUT"
