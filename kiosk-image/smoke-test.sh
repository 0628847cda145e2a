#!/usr/bin/env bash
# Boots the kiosk image in qemu (TCG, q35, OVMF, virtio-gpu) and checks that it works:
#   1. the kiosk's own "first frame drawn" line reaches the serial console;
#   2. after SMOKE_SETTLE seconds (longer than the watchdog period), the service never
#      restarted and no unit failed; the data partition was created and mounted;
#   3. the screen (a qemu screendump) is not blank;
#   4. the kiosk speaks: the keypad's Help key (KP* on the PS/2 keyboard, named as the
#      keypad in borne.toml) turns audio mode on; qemu's HD Audio card writes what it
#      plays to sound.wav, and sox must find in the 6 s played after the key at least
#      SMOKE_SPEECH_MIN seconds of sound, loud enough (kept as speech.wav);
#   5. the maintenance screen opens to a technician, on the virtual touch screen: the
#      gesture on the attract screen (a 3 s press in the top-left corner of the attract
#      picture, then three quick taps in its bottom-right corner), the PIN (written into
#      borne.toml by `borne config set-pin`) on the PIN pad, whose keys are found on the
#      screendump; tesseract must then read on the Identity panel's "Contenu affiché" the
#      id and version of the pack the image holds; its Leave button closes it;
#   6. a tap on the "Aide" button of the bottom bar, through a virtual touch screen,
#      opens the help page: touch works, and is turned with the picture (run it with
#      --rotation 90 to check the calibration matrix: a tap anywhere else opens another
#      page; the gesture's corners turn with the picture too);
#   7. keys reach nothing: more than seven Ctrl+Alt+Del within 2 s during boot, before
#      the kiosk holds the keyboard, reach systemd and do nothing (masked,
#      CtrlAltDelBurstAction=none);
#      Ctrl+Alt+F2, Alt+SysRq+B and Ctrl+Alt+Del on the keyboard present at boot neither
#      reboot nor leave the kiosk;
#   8. a USB keyboard plugged in after boot is grabbed by the kiosk at once (udev's news,
#      not a rescan) and hidden from libinput (LIBINPUT_IGNORE_DEVICE); Ctrl+Alt+Backspace,
#      seven Ctrl+Alt+Del within 2 s and Ctrl+Alt+F2 on it neither restart the kiosk nor
#      reboot nor change the screen, and what it types reaches the kiosk's scanner reader
#      (it is not the keypad);
#   9. a virtual USB stick plugged in is mounted on /media/borne/<name>; with a signed
#      bundle on it, the kiosk's report appears in borne/ on the stick and the stick is
#      unmounted when the kiosk says it is done. Without --bundle, the test makes its
#      own: the image's built-in pack one patch version up, signed with a key of its
#      own (trusted in borne.toml), which the report must say was installed.
#
#   kiosk-image/smoke-test.sh [--image FILE] [--out DIR] [--bundle FILE.borne --pubkey KEY]
#                             [--borne FILE] [--rotation 0|90|180|270] [--allow-skip]
#
#   --image FILE   raw image (default: kiosk-image/out/borne-kiosk.img)
#   --out DIR      serial log, screenshots and figures (default: kiosk-image/out/smoke)
#   --bundle FILE  a content bundle, with FILE.minisig next to it (or BORNE_SMOKE_BUNDLE)
#   --pubkey KEY   the minisign public key that signed it (or BORNE_SMOKE_PUBKEY)
#   --borne FILE   a borne binary that runs on this machine, built from the image's
#                  sources (default: the image's own /usr/bin/borne, copied out of it):
#                  it writes the PIN's hash, tells the built-in pack's id and version,
#                  and makes the test's bundle
#   --rotation N   boot with display.rotation = N
#   --allow-skip   pass even if a check had to be skipped (each is listed as skipped)
# Environment: SMOKE_BOOT_TIMEOUT (s, default 300), SMOKE_SETTLE (s, default 40),
# SMOKE_SCREEN (WIDTHxHEIGHT, default 1080x1920), SMOKE_TOUCH=0 skips the taps and the
# maintenance screen, SMOKE_SPEECH=0 skips the speech check, SMOKE_SPEECH_MIN (s of
# sound, default 0.5).
# Host packages missing are installed (as root); a qemu without the virtio multitouch
# device (Debian 12's own, 7.2) is replaced by the one of the Debian release's
# backports, from the machine's own Debian mirror (the backports suite is added to
# apt's sources if it is not there).
# Exits non-zero, with the reason, on the first failed check, and at the end if a check
# was skipped (unless --allow-skip); a check that cannot run on this machine is a
# skipped one.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
IMAGE=$here/out/borne-kiosk.img
OUT=''
BUNDLE=${BORNE_SMOKE_BUNDLE:-}
PUBKEY=${BORNE_SMOKE_PUBKEY:-}
ROTATION=''
BORNE_BIN=''
BOOT_TIMEOUT=${SMOKE_BOOT_TIMEOUT:-300}
SETTLE=${SMOKE_SETTLE:-40}
SCREEN=${SMOKE_SCREEN:-1080x1920}
TOUCH=${SMOKE_TOUCH:-1}
SPEECH=${SMOKE_SPEECH:-1}
SPEECH_MIN=${SMOKE_SPEECH_MIN:-0.5}
ALLOW_SKIP=''
SKIPPED=()
while (($#)); do
    case $1 in
        --image) IMAGE=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        --bundle) BUNDLE=$2; shift 2 ;;
        --pubkey) PUBKEY=$2; shift 2 ;;
        --rotation) ROTATION=$2; shift 2 ;;
        --borne) BORNE_BIN=$2; shift 2 ;;
        --allow-skip) ALLOW_SKIP=1; shift ;;
        -h | --help) sed -n '2,/^set -e/{/^set -e/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
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
    mcopy:mtools mkfs.vfat:dosfstools sfdisk:fdisk python3:python3 sox:sox \
    debugfs:e2fsprogs tesseract:tesseract-ocr
# tesseract's French data: the maintenance screen speaks French.
tesseract --list-langs 2>/dev/null | grep -qx fra || need_host /nonexistent:tesseract-ocr-fra

SERIAL=$OUT/serial.log
WAV=$OUT/sound.wav
# The keypad: the keyboard that qemu's monitor types on until another is plugged in, the
# PS/2 one (by its evdev name). The USB keyboard plugged in later is a passer-by's.
KEYPAD='AT Translated Set 2 keyboard'
MON=$OUT/monitor.sock
QMP=$OUT/qmp.sock
# The host's borne, the built-in pack's source, the test's key and bundle: never kept.
TMP=$OUT/tmp
QEMU_PID=''
cleanup() {
    if [[ -n $QEMU_PID ]] && kill -0 "$QEMU_PID" 2>/dev/null; then
        kill "$QEMU_PID" 2>/dev/null || true
        wait "$QEMU_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT

# Sends commands to qemu's monitor, one after the other on one connection (a burst of
# keys stays quick), and prints their answers.
monitor() {
    python3 - "$MON" "$@" <<'EOF'
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
for command in sys.argv[2:]:
    s.sendall(command.encode() + b"\n")
    out = until_prompt() if command != "quit" else ""
    print("\n".join(l for l in out.splitlines()[1:] if not l.startswith("(qemu)")))
EOF
}

# Waits for a line matching an extended regex in the serial log; prints the seconds it took.
wait_serial() {
    local pattern=$1 limit=$2 t0=$SECONDS
    until grep -Eq "$pattern" "$SERIAL" 2>/dev/null; do
        kill -0 "$QEMU_PID" 2>/dev/null || die "qemu stopped before: $pattern (see $SERIAL)"
        ((SECONDS - t0 < limit)) || return 1
        sleep 0.2
    done
    echo $((SECONDS - t0))
}

# Fails if a screendump (PPM) is blank: too few colours or too little contrast.
check_screen() {
    PYTHONPATH="$here" python3 - "$1" <<'EOF'
import sys
import ppm
w, h, pix = ppm.read(sys.argv[1])
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

# Touches the screen through the virtual touch screen with one finger: each argument is
# X,Y,HOLD,PAUSE (X Y: 0..1 of the panel; the finger stays down HOLD seconds, then PAUSE
# seconds pass before the next touch), or X,Y,HOLD,PAUSE,X2,Y2 for a drag (the finger
# slides to X2 Y2, in steps of 50 ms, and rests there for the last 0.3 s of HOLD), all
# on one QMP connection.
touches() {
    python3 - "$QMP" "$@" <<'EOF'
import json, socket, sys, time
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
f = s.makefile("rw")
def cmd(name, **args):
    f.write(json.dumps({"execute": name, "arguments": args}) + "\n")
    f.flush()
    while True:
        r = json.loads(f.readline())
        if "error" in r:
            sys.exit(f"qmp {name}: {r['error']}")
        if "return" in r:
            return r
f.readline()
cmd("qmp_capabilities")
# Slot 0, a new tracking id for each touch, -1 once lifted (virtio multitouch).
def mtt(kind, tid, axis="x", value=0):
    return {"type": "mtt", "data": {"type": kind, "slot": 0, "tracking-id": tid, "axis": axis, "value": value}}
def touch(down):
    return {"type": "btn", "data": {"down": down, "button": "touch"}}
def at(v):
    return round(v * 0x7FFF)
for tid, spec in enumerate(sys.argv[2:], 1):
    x, y, hold, pause, *to = (float(v) for v in spec.split(","))
    cmd("input-send-event", events=[mtt("begin", tid), mtt("data", tid, "x", at(x)), mtt("data", tid, "y", at(y)), touch(True)])
    if to:
        steps = max(1, round((hold - 0.3) / 0.05))
        for n in range(1, steps + 1):
            time.sleep(0.05)
            u, v = x + (to[0] - x) * n / steps, y + (to[1] - y) * n / steps
            cmd("input-send-event", events=[mtt("data", tid, "x", at(u)), mtt("data", tid, "y", at(v))])
        hold = 0.3
    time.sleep(hold)
    cmd("input-send-event", events=[mtt("end", -1), touch(False)])
    time.sleep(pause)
EOF
}

# Taps the screen once at X Y (0..1 of the panel).
tap() { touches "$1,$2,0.15,0"; }

# Where a point of the kiosk's window (U V, 0..1) is on the panel, for display.rotation
# (the picture turned clockwise).
to_panel() {
    python3 -c 'import sys
u, v, r = float(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
x, y = {"0": (u, v), "90": (1 - v, u), "180": (1 - u, 1 - v), "270": (v, 1 - u)}[r]
print(f"{x:.4f} {y:.4f}")' "$1" "$2" "${ROTATION:-0}"
}

# The same point as X,Y, for touches.
at() {
    local x y
    read -r x y < <(to_panel "$1" "$2")
    echo "$x,$y"
}

# The kiosk's window (WIDTH HEIGHT): the panel's, turned with display.rotation.
case ${ROTATION:-0} in
    90 | 270) WIN="${SCREEN#*x} ${SCREEN%x*}" ;;
    *) WIN="${SCREEN%x*} ${SCREEN#*x}" ;;
esac

# A screendump (PPM, the panel's pixels) turned back into the window's orientation:
# IN OUT.
window_ppm() {
    PYTHONPATH="$here" python3 - "$1" "$2" "${ROTATION:-0}" <<'EOF'
import sys
import ppm
w, h, pix = ppm.read(sys.argv[1])
rot = sys.argv[3]
ww, wh = (w, h) if rot in ("0", "180") else (h, w)
out = bytearray(pix[:w * h * 3]) if rot == "0" else bytearray(ww * wh * 3)
for y in range(wh if rot != "0" else 0):
    for x in range(ww):
        # The window's pixel (x, y) on the panel: the picture is turned clockwise.
        px, py = {"0": (x, y), "90": (w - 1 - y, x), "180": (w - 1 - x, h - 1 - y), "270": (y, h - 1 - x)}[rot]
        i, o = (py * w + px) * 3, (y * ww + x) * 3
        out[o:o + 3] = pix[i:i + 3]
open(sys.argv[2], "wb").write(b"P6\n%d %d\n255\n" % (ww, wh) + bytes(out))
EOF
}

# The PIN pad's keys on a window-oriented screendump (PPM): one line per key, "1".."9",
# "erase", "0", "ok", with its centre (U V, 0..1 of the window). The keys are the
# rectangles of the keys' colour (Theme.nav-button): three columns, four rows (then the
# Leave button, as wide as the three).
pin_pad() {
    PYTHONPATH="$here" python3 - "$1" <<'EOF'
import sys
import ppm
w, h, pix = ppm.read(sys.argv[1])
KEY, STEP = (0x2A, 0x3D, 0x63), 2
cols, rows = [0] * w, [0] * h
for y in range(0, h, STEP):
    for x in range(0, w, STEP):
        i = (y * w + x) * 3
        if all(abs(pix[i + k] - KEY[k]) <= 6 for k in range(3)):
            cols[x] += 1
            rows[y] += 1
def bands(profile):
    top, out, start = max(profile), [], None
    for i in range(0, len(profile), STEP):
        on = top > 0 and profile[i] > top * 0.4
        if on and start is None:
            start = i
        elif not on and start is not None:
            out.append((start, i - STEP))
            start = None
    if start is not None:
        out.append((start, len(profile) - 1))
    return [b for b in out if b[1] - b[0] > 40]
cb, rb = bands(cols), bands(rows)
if len(cb) != 3 or len(rb) < 4:
    sys.exit(f"{len(cb)} columns and {len(rb)} rows of keys, not 3 and 4 or more")
for n, name in enumerate("1 2 3 4 5 6 7 8 9 erase 0 ok".split()):
    (x0, x1), (y0, y1) = cb[n % 3], rb[n // 3]
    print(name, f"{(x0 + x1) / 2 / w:.4f}", f"{(y0 + y1) / 2 / h:.4f}")
EOF
}

# Reads the maintenance screen's Identity panel on a window-oriented screendump (PPM)
# with tesseract (French): PPM PACK_ID. Prints, tab-separated, the word after the pack id
# on the "Contenu affiché" line (the version), that line as read, and the centre of the
# Leave button ("Quitter", U V of the window); fails if the pack id is nowhere.
read_identity() {
    local w h
    read -r w h <<<"$WIN"
    tesseract "$1" - -l fra tsv 2>/dev/null | python3 -c '
import re, sys
pack, w, h = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
lines, leave = {}, None
for row in sys.stdin.read().splitlines()[1:]:
    f = row.split("\t")
    if len(f) < 12 or f[0] != "5" or not f[11].strip():
        continue
    x, y, bw, bh = map(int, f[6:10])
    lines.setdefault(tuple(f[1:5]), []).append((x, y, x + bw, y + bh, f[11]))
    if f[11] == "Quitter" and leave is None:
        leave = ((x + bw / 2) / w, (y + bh / 2) / h)
boxes = []
for words in lines.values():
    words.sort()
    boxes.append((min(v[1] for v in words), max(v[3] for v in words), " ".join(v[4] for v in words)))
label = [(y0 + y1) / 2 for y0, y1, t in boxes if re.search(r"Contenu\s+affich", t)]
found = [b for b in boxes if re.search(re.escape(pack) + r"\s+\S", b[2])]
if not found:
    sys.exit(1)
# The value nearest the label (a value on two lines has its first line above the middle).
y0, y1, text = min(found, key=lambda b: abs((b[0] + b[1]) / 2 - label[0]) if label else b[0])
version = re.search(re.escape(pack) + r"\s+(\S+)", text)[1]
print(version, text, "%.4f %.4f" % leave if leave else "", sep="\t")
' "$2" "$w" "$h"
}

# Compares two screendumps (PPM): prints the share of pixels that changed (percent),
# then the most common colour (R G B) in a box of the window (U0 V0 U1 V1) in the second.
compare_screens() {
    PYTHONPATH="$here" python3 - "$@" "${ROTATION:-0}" <<'EOF'
import sys
import ppm
from collections import Counter
w, h, a = ppm.read(sys.argv[1])
_, _, b = ppm.read(sys.argv[2])
u0, v0, u1, v1 = map(float, sys.argv[3:7])
rot = sys.argv[7]
changed = total = 0
for y in range(0, h, 5):
    for x in range(0, w, 5):
        i = (y * w + x) * 3
        total += 1
        changed += sum(abs(a[i + k] - b[i + k]) for k in range(3)) > 30
def panel(u, v):
    return {"0": (u, v), "90": (1 - v, u), "180": (1 - u, 1 - v), "270": (v, 1 - u)}[rot]
colours = Counter()
for j in range(21):
    for k in range(21):
        px, py = panel(u0 + (u1 - u0) * j / 20, v0 + (v1 - v0) * k / 20)
        i = (min(h - 1, int(py * h)) * w + min(w - 1, int(px * w))) * 3
        colours[tuple(b[i:i + 3])] += 1
r, g, bl = colours.most_common(1)[0][0]
print(f"{round(100 * changed / total)} {r} {g} {bl}")
EOF
}

# qemu's WAV file while qemu writes it (buffered, 4 KiB at a time; the sizes in its
# header are written only at the end): FILE OFFSET prints how long (s) the sound after
# byte OFFSET lasts; FILE OFFSET COPY also writes that sound to COPY, a whole WAV file.
wav_part() {
    python3 - "$@" <<'EOF'
import struct, sys
data = open(sys.argv[1], "rb").read()
pos, fmt, body = 12, None, None
if len(data) < 44:  # nothing played yet
    print("0.0")
    sys.exit()
while pos + 8 <= len(data):
    cid, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
    if cid == b"fmt ":
        fmt = data[pos + 8:pos + 8 + size]
    if cid == b"data":
        body = pos + 8
        break
    pos += 8 + size + (size & 1)
if fmt is None or body is None:
    sys.exit(f"{sys.argv[1]}: not a WAV file")
channels, rate = struct.unpack("<HI", fmt[2:8])
block = channels * struct.unpack("<H", fmt[14:16])[0] // 8
start = body + max(0, int(sys.argv[2]) - body) // block * block
pcm = data[start:]
pcm = pcm[:len(pcm) // block * block]
if len(sys.argv) > 3:
    with open(sys.argv[3], "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", 36 + len(pcm)) + b"WAVE")
        f.write(b"fmt " + struct.pack("<I", 16) + fmt[:16])
        f.write(b"data" + struct.pack("<I", len(pcm)) + pcm)
print(f"{len(pcm) / (rate * block):.1f}")
EOF
}

# The sound in a WAV file, by sox. Prints when it starts (s: the first 0.05 s over 1% of
# full scale), how long it lasts once every silence longer than 0.1 s is cut out (s), and
# the RMS and peak amplitudes of what is left (0..1 of full scale). Silence: "LENGTH 0.00
# 0.0000 0.000".
sound_figures() {
    local cut=$OUT/sound-cut.wav total rest
    total=$(sox "$1" -n stat 2>&1 | awk '/^Length/ { print $3 }')
    sox "$1" "$cut" silence 1 0.05 1%
    rest=$(sox "$cut" -n stat 2>&1 | awk '/^Length/ { print $3 }')
    sox "$1" "$cut" silence 1 0.05 1% -1 0.1 1%
    sox "$cut" -n stat 2>&1 | python3 -c '
import math, sys
stat = {}
for line in sys.stdin:
    key, _, value = line.partition(":")
    try:
        stat[" ".join(key.split())] = float(value)
    except ValueError:
        pass
def get(k):
    v = stat.get(k, 0.0)
    return 0.0 if math.isnan(v) else v
start = float(sys.argv[1]) - float(sys.argv[2])
print("%.2f %.2f %.4f %.3f" % (start, get("Length (seconds)"), get("RMS amplitude"), get("Maximum amplitude")))' "$total" "$rest"
    rm -f "$cut"
}

# --- qemu's devices ----------------------------------------------------------------------
qemu_version() { qemu-system-x86_64 --version | sed -n '1s/.*version \([^ ]*\).*/\1/p'; }
# The virtual touch screen: virtio-multitouch-pci, qemu >= 8.2. Debian 12's own qemu (7.2)
# has none; its backports have qemu 10.
has_multitouch() { qemu-system-x86_64 -device help 2>/dev/null | grep -q '"virtio-multitouch-pci"'; }
# Installs qemu from the backports of this machine's Debian release; when no apt source
# names that suite, adds it, on the machine's own Debian mirror. Says why it cannot.
qemu_from_backports() {
    local os codename suite
    os=$(. /etc/os-release 2>/dev/null && echo "${ID:-}")
    codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")
    if [[ $os != debian || -z $codename ]]; then
        say "touch: this machine is not a Debian release with backports (${os:-?} ${codename:-?})"
        return 1
    fi
    suite=$codename-backports
    if [[ $(id -u) != 0 ]]; then
        say "touch: run as root to install qemu from $suite (apt-get install -t $suite qemu-system-x86)"
        return 1
    fi
    if ! grep -Eqs "^[^#]*[[:space:]]$suite([[:space:]]|\$)" /etc/apt/sources.list \
        /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; then
        debian_mirrors
        echo "deb $MIRROR $suite main" >/etc/apt/sources.list.d/borne-backports.list
        say "apt: $suite of $MIRROR added to apt's sources (/etc/apt/sources.list.d/borne-backports.list)"
    fi
    say "installing qemu-system-x86 from $suite (qemu $(qemu_version) has no virtio-multitouch-pci)"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends -t "$suite" qemu-system-x86 >/dev/null; }; then
        say "touch: apt-get could not install qemu-system-x86 from $suite"
        return 1
    fi
    if ! has_multitouch; then
        say "touch: the qemu of $suite ($(qemu_version)) has no virtio-multitouch-pci either"
        return 1
    fi
    say "qemu: $(qemu_version), from $suite"
}
touch_dev=()
if [[ $TOUCH == 1 ]]; then
    if has_multitouch || qemu_from_backports; then
        touch_dev=(-device virtio-multitouch-pci)
    else
        why="this qemu ($(qemu_version)) has no virtio-multitouch-pci (qemu >= 8.2) and none could be installed"
        [[ -n $ALLOW_SKIP ]] ||
            die "touch: $why: the taps and the maintenance screen cannot be checked (install qemu-system-x86 from backports, or give --allow-skip)"
        say "touch: $why: the taps and the maintenance screen are skipped"
        TOUCH=0
    fi
fi
((TOUCH == 1)) || SKIPPED+=("touch")
# A sound card: Intel HD Audio, its output written to a WAV file.
sound_dev=()
if [[ $SPEECH == 1 ]]; then
    if qemu-system-x86_64 -audiodev help 2>/dev/null | grep -qx wav &&
        qemu-system-x86_64 -device help 2>/dev/null | grep -q '"ich9-intel-hda"' &&
        qemu-system-x86_64 -device help 2>/dev/null | grep -q '"hda-output"'; then
        sound_dev=(-audiodev "wav,id=snd0,path=${WAV//,/,,}" -device ich9-intel-hda -device "hda-output,audiodev=snd0")
    else
        say "speech: this qemu has no wav audio back end or no HD Audio card: the speech check is skipped"
        SPEECH=0
    fi
fi
((SPEECH == 1)) || SKIPPED+=("speech")

# --- a borne for this machine ----------------------------------------------------------
# It writes the PIN's hash into borne.toml, tells the id and version of the built-in pack
# (what the kiosk shows until a stick brings other content) and makes the test's bundle.
# The image's own, copied out of its root partition (debugfs: no mount), unless --borne.
rm -rf "$TMP"
mkdir -p "$TMP"
HOST_BORNE=$TMP/borne
host_why=''
if [[ -n $BORNE_BIN ]]; then
    [[ -f $BORNE_BIN ]] || die "no borne binary at $BORNE_BIN"
    install -m 0755 "$BORNE_BIN" "$HOST_BORNE"
    host_from=$BORNE_BIN
else
    root_at=$(sfdisk -J "$IMAGE" | python3 -c 'import json, sys
t = json.load(sys.stdin)["partitiontable"]
print(next(p["start"] for p in t["partitions"] if p.get("name") == "borne-root") * t.get("sectorsize", 512))')
    debugfs -R "dump /usr/bin/borne \"$HOST_BORNE\"" "$IMAGE?offset=$root_at" 2>/dev/null || true
    [[ -s $HOST_BORNE ]] || die "could not copy /usr/bin/borne out of $IMAGE (debugfs)"
    chmod 0755 "$HOST_BORNE"
    host_from="the image's /usr/bin/borne"
fi
if ! out=$("$HOST_BORNE" --version 2>&1); then
    host_why="$host_from does not run on this machine ($(tail -1 <<<"$out")): give --borne FILE, a borne built here from the image's sources"
    say "borne: $host_why"
else
    "$HOST_BORNE" content extract-default "$TMP/pack" >/dev/null 2>&1 ||
        die "$host_from could not write its built-in pack ($HOST_BORNE content extract-default)"
    PACK_ID=$(sed -n 's/^id *= *"\(.*\)"/\1/p' "$TMP/pack/pack.toml")
    PACK_VERSION=$(sed -n 's/^version *= *"\(.*\)"/\1/p' "$TMP/pack/pack.toml")
    [[ -n $PACK_ID && -n $PACK_VERSION ]] || die "no id or version in the built-in pack's pack.toml ($TMP/pack)"
    say "borne: $out ($host_from); its built-in pack: $PACK_ID $PACK_VERSION"
fi
# The test's own bundle, unless one is given: the built-in pack one patch version up,
# signed with a key made for the run (the kiosk trusts it through borne.toml).
OWN_BUNDLE=''
if [[ -z $BUNDLE && -z $host_why ]]; then
    BUNDLE_VERSION=$(python3 -c 'import re, sys
m = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", sys.argv[1])
print(f"{m[1]}.{m[2]}.{int(m[3]) + 1}" if m else "")' "$PACK_VERSION")
    [[ -n $BUNDLE_VERSION ]] || die "the built-in pack's version $PACK_VERSION is not MAJOR.MINOR.PATCH: give --bundle"
    sed -i "0,/^version *=.*/s//version = \"$BUNDLE_VERSION\"/" "$TMP/pack/pack.toml"
    export BORNE_KEY_PASSWORD=smoke-test
    "$HOST_BORNE" keys generate --dir "$TMP/keys" >/dev/null
    "$HOST_BORNE" content build "$TMP/pack" --out "$TMP/smoke.borne" >/dev/null 2>&1 ||
        die "$HOST_BORNE content build $TMP/pack failed"
    "$HOST_BORNE" content sign "$TMP/smoke.borne" --key "$TMP/keys/borne.key" >/dev/null
    unset BORNE_KEY_PASSWORD
    BUNDLE=$TMP/smoke.borne
    PUBKEY=$(sed -n 2p "$TMP/keys/borne.pub")
    OWN_BUNDLE=1
    say "usb: the test's bundle: $PACK_ID $BUNDLE_VERSION, signed with a key of its own ($(stat -c %s "$BUNDLE") bytes)"
fi

# --- the disk: a scratch copy of the image on a bigger disk (room for the data partition)
say "disk: copy of $(basename "$IMAGE") on a 2 GiB disk"
DISK=$OUT/disk.raw
cp --sparse=always "$IMAGE" "$DISK"
truncate -s 2G "$DISK"
export MTOOLS_SKIP_CHECK=1
# The keypad is named: "auto" could take the USB keyboard plugged in later for one.
{
    echo "[display]"
    echo "rotation = ${ROTATION:-0}"
    echo "[keypad]"
    echo "device = \"$KEYPAD\""
    if [[ -n $PUBKEY ]]; then
        echo "[usb]"
        echo "trusted_keys = [\"$PUBKEY\"]"
    fi
} >"$OUT/borne.toml"
# The technicians' PIN, as `borne config set-pin` writes it (a salted hash).
PIN=1590
maint_why=''
if [[ $TOUCH != 1 ]]; then
    maint_why="no touch screen"
elif [[ -n $host_why ]]; then
    maint_why="no PIN can be written: $host_why"
elif ! out=$(printf '%s\n' "$PIN" | "$HOST_BORNE" config set-pin --config "$OUT/borne.toml" 2>&1); then
    maint_why="borne config set-pin failed: $(tail -1 <<<"$out")"
fi
if [[ -n $maint_why ]]; then
    say "maintenance: $maint_why: the maintenance screen is skipped"
    SKIPPED+=("maintenance screen")
fi
mcopy -o -i "$DISK@@1M" "$OUT/borne.toml" ::/borne.toml
cp /usr/share/OVMF/OVMF_VARS_4M.fd "$OUT/vars.fd"

# --- boot -----------------------------------------------------------------------
rm -f "$SERIAL" "$MON" "$QMP" "$WAV" "$OUT"/speech.wav "$OUT"/screen*.p?m "$OUT"/screen*.png
say "boot: qemu (TCG, q35, OVMF, virtio-gpu ${SCREEN}${sound_dev:+, HD Audio into $(basename "$WAV")})"
qemu-system-x86_64 -machine q35,accel=tcg -smp 2 -m 1024 \
    -drive if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd \
    -drive if=pflash,format=raw,unit=1,file="$OUT/vars.fd" \
    -drive file="$DISK",format=raw,if=virtio \
    -vga none -device virtio-gpu-pci,xres="${SCREEN%x*}",yres="${SCREEN#*x}" \
    -device qemu-xhci,id=xhci "${touch_dev[@]}" "${sound_dev[@]}" \
    -display none -serial file:"$SERIAL" -monitor unix:"$MON",server,nowait \
    -qmp unix:"$QMP",server,nowait \
    -nic none -no-reboot &
QEMU_PID=$!
qemu_t0=$SECONDS
FRAME='borne\[[0-9]+\].*first frame drawn'

# More than seven Ctrl+Alt+Del within 2 s make systemd reboot at once
# (CtrlAltDelBurstAction), even with ctrl-alt-del.target masked. Sent while the system is
# up and the kiosk is not yet (borne-data runs before it): nothing holds the keyboard, the
# kernel passes each to systemd, which logs that the target is masked. Twelve, 180 ms
# apart (sendkey holds each key 30 ms): closer, a busy systemd merges them into one
# signal; further apart, fewer than eight fall within 2 s.
CAD='Failed to enqueue .*ctrl-alt-del\.target'
CAD_SENT=12
cad_boot=skipped
if wait_serial 'borne-data: ' "$BOOT_TIMEOUT" >/dev/null; then
    burst=()
    for _ in $(seq "$CAD_SENT"); do burst+=("sendkey ctrl-alt-delete 30"); done
    monitor "${burst[@]}" >/dev/null
    sleep 8
    if ! kill -0 "$QEMU_PID" 2>/dev/null || grep -q 'Ctrl-Alt-Del was pressed more than 7 times' "$SERIAL"; then
        die "$CAD_SENT Ctrl+Alt+Del during boot rebooted the machine: CtrlAltDelBurstAction is not none (see $SERIAL)"
    fi
fi
if ! wait_serial "$FRAME" "$BOOT_TIMEOUT" >/dev/null; then
    die "no 'first frame drawn' on the serial console after ${BOOT_TIMEOUT}s (see $SERIAL)"
fi
boot_s=$((SECONDS - qemu_t0))
# The journal's copy on the console starts with the kernel's clock: time since boot.
guest_s=$(grep -Em1 "$FRAME" "$SERIAL" | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p')
say "first frame after ${boot_s}s (qemu start), ${guest_s:-?}s (kernel clock)"

say "settle: ${SETTLE}s (the watchdog period is 30s)"
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
grep -q 'borne-display: rotation' "$SERIAL" || die "borne-display did not run (see $SERIAL)"
if grep -q 'borne-setup: borne.toml is not valid' "$SERIAL"; then
    die "the kiosk refused the test's borne.toml ($OUT/borne.toml): $(grep -m1 'borne-setup: borne.toml is not valid' "$SERIAL")"
fi
cad_seen=$(grep -Ec "$CAD" "$SERIAL" || true)
# The most that systemd handled within 2 s (kernel clock of its log lines): over 7 is a
# burst.
cad_burst=$(grep -E "$CAD" "$SERIAL" | sed -n 's/^\[ *\([0-9.]*\)\].*/\1/p' | python3 -c '
import sys
t = [float(x) for x in sys.stdin.read().split()]
print(max((sum(1 for u in t if s <= u < s + 2) for s in t), default=0))')
if ((cad_burst > 7)); then
    cad_boot="$CAD_SENT sent during boot, $cad_seen reached systemd, $cad_burst of them within 2 s: ignored, no reboot"
    say "ctrl-alt-del: $cad_boot"
else
    say "ctrl-alt-del: only $cad_burst Ctrl+Alt+Del reached systemd within 2 s ($cad_seen of $CAD_SENT in all): the burst is not checked"
    cad_boot="skipped ($cad_seen of $CAD_SENT reached systemd, at most $cad_burst within 2 s)"
    SKIPPED+=("ctrl-alt-del burst at boot")
fi
grep -q "borne-display: rotation ${ROTATION:-0}," "$SERIAL" || die "display.rotation ${ROTATION:-0} was not applied (see $SERIAL)"
say "service: started once, no restart, no failed unit; data partition mounted"

[[ -s $OUT/screen.ppm ]] || die "no screendump"
if ! look=$(check_screen "$OUT/screen.ppm"); then die "the screen is blank: $look ($OUT/screen.png)"; fi
say "screen: $look -> $OUT/screen.png"

# --- speech -------------------------------------------------------------------------
# The keypad's Help key (KEY_KPASTERISK: the monitor's kp_multiply, on the keypad) on the
# attract screen turns audio mode on: the kiosk says its keypad instructions, in French,
# through ALSA's default device, the HD Audio card, whose output qemu writes to
# sound.wav. The kiosk opens the card for its first sound: before the key, nothing is
# played. After it, once SPEECH_LISTEN seconds were played (60 s of waiting at most),
# sox must find in them at least SPEECH_MIN s of sound (silences over 0.1 s cut out),
# with RMS and peak amplitudes over SPEECH_RMS and SPEECH_PEAK (full scale 1). Measured:
# silence (a card left muted) is 0 and 0; the kiosk's speech at the visit's volume 3/5,
# at ALSA's default levels, 3.5-4.4 s of sound in 6-8 s, RMS 0.035-0.040, peak 0.24-0.36.
SPEECH_LISTEN=6 SPEECH_RMS=0.01 SPEECH_PEAK=0.05
spoken=skipped
if [[ $SPEECH == 1 ]]; then
    grep -q 'Reached target sound.target' "$SERIAL" || die "no sound card: systemd never reached sound.target (see $SERIAL)"
    grep -Eq "borne\[[0-9]+\]: .*keypad connected .*name=\"$KEYPAD\"" "$SERIAL" ||
        die "the kiosk did not take the $KEYPAD for its keypad (see $SERIAL)"
    [[ -e $WAV ]] || die "qemu did not open $WAV"
    wav_before=$(stat -c %s "$WAV")
    before_s=$(wav_part "$WAV" 0)
    monitor "sendkey kp_multiply 50" >/dev/null
    t0=$SECONDS
    until heard_s=$(wav_part "$WAV" "$wav_before") && ((${heard_s%.*} >= SPEECH_LISTEN)); do
        kill -0 "$QEMU_PID" 2>/dev/null || die "qemu stopped after the keypad's Help key (see $SERIAL)"
        ((SECONDS - t0 < 60)) || break
        sleep 1
    done
    monitor "screendump $OUT/screen-speech.png -f png" >/dev/null
    heard_s=$(wav_part "$WAV" "$wav_before" "$OUT/speech.wav")
    if [[ $heard_s == 0.0 ]]; then
        die "the keypad's Help key played nothing within 60s: the kiosk did not open the sound card (see $SERIAL)"
    fi
    read -r first_s sound_s rms peak < <(sound_figures "$OUT/speech.wav")
    spoken="${sound_s}s of sound in the ${heard_s}s played after the keypad's Help key"
    spoken+=" (the first after ${first_s}s; ${before_s}s played before the key), RMS $rms, peak $peak"
    if ! python3 -c 'import sys; s, r, p, ms, mr, mp = map(float, sys.argv[1:]); sys.exit(not (s >= ms and r >= mr and p >= mp))' \
        "$sound_s" "$rms" "$peak" "$SPEECH_MIN" "$SPEECH_RMS" "$SPEECH_PEAK"; then
        die "the kiosk did not speak: $spoken; wanted ${SPEECH_MIN}s of sound, RMS $SPEECH_RMS, peak $SPEECH_PEAK ($OUT/speech.wav)"
    fi
    say "speech: $spoken -> $OUT/speech.wav"
fi

# --- maintenance screen -----------------------------------------------------------------
# The technicians' way in (src/maintenance/gesture.rs), on the attract screen: a press of
# at least 2 s in the top-left corner of the attract picture, then within 5 s three taps
# (each under 600 ms) in its bottom-right corner, nothing else touched in between. The
# attract picture is the window above the navigation bar (Theme.nav-height, 176 px); a
# corner is a square of 12% of its shorter side; both corners turn with the picture.
# Here a 3 s press, then taps of 0.15 s, 0.45 s apart, each at its corner's centre. Then
# the PIN on the pad, whose keys are found on the screendump; then tesseract must read,
# on the Identity panel's "Contenu affiché" line, the built-in pack's id and version;
# then the panel's Leave button ("Quitter", found by tesseract too) closes the screen.
maintenance="skipped ($maint_why)"
if [[ -z $maint_why ]]; then
    grep -Eq 'borne\[[0-9]+\]: .*maintenance screen' "$SERIAL" && die "the maintenance screen opened before the gesture (see $SERIAL)"
    # shellcheck disable=SC2086  # two numbers
    read -r lu lv ru rv < <(python3 -c 'import sys
w, h, nav = map(float, sys.argv[1:4])
c = 0.12 * min(w, h - nav)
print(f"{c / 2 / w:.4f} {c / 2 / h:.4f} {(w - c / 2) / w:.4f} {(h - nav - c / 2) / h:.4f}")' $WIN 176)
    touches "$(at "$lu" "$lv"),3.0,0.6" "$(at "$ru" "$rv"),0.15,0.45" "$(at "$ru" "$rv"),0.15,0.45" "$(at "$ru" "$rv"),0.15,0"
    # Milliseconds since the last touch was lifted.
    t0=$(date +%s%N)
    since() { echo $((($(date +%s%N) - t0) / 1000000)); }
    if ! wait_serial 'borne\[[0-9]+\]: .*maintenance screen asked for' 20 >/dev/null; then
        monitor "screendump $OUT/screen-gesture.png -f png" >/dev/null || true
        die "the gesture (3 s at ($lu, $lv) of the window, three taps at ($ru, $rv)) did not open the PIN pad (see $SERIAL, $OUT/screen-gesture.png)"
    fi
    pad_ms=$(since)
    sleep 2
    monitor "screendump $OUT/screen-pin.ppm" "screendump $OUT/screen-pin.png -f png" >/dev/null
    sleep 1
    window_ppm "$OUT/screen-pin.ppm" "$OUT/window-pin.ppm"
    pad=$(pin_pad "$OUT/window-pin.ppm" 2>&1) || die "no PIN pad on the screen: $pad ($OUT/screen-pin.png)"
    presses=()
    for key in $(grep -o . <<<"$PIN") ok; do
        read -r u v < <(awk -v k="$key" '$1 == k { print $2, $3 }' <<<"$pad")
        presses+=("$(at "$u" "$v"),0.15,0.5")
    done
    presses[-1]=${presses[-1]%,*},0
    touches "${presses[@]}"
    t0=$(date +%s%N)
    if ! wait_serial 'borne\[[0-9]+\]: .*maintenance screen entered' 20 >/dev/null; then
        monitor "screendump $OUT/screen-pin-typed.png -f png" >/dev/null || true
        die "the PIN typed on the pad did not open the maintenance screen (see $SERIAL, $OUT/screen-pin-typed.png)"
    fi
    enter_ms=$(since)
    t0=$(date +%s%N)
    # The Identity panel, read until the pack's line is there (45 s at most). Its values
    # come a moment after it opens; in a landscape window the line is below the fold: after
    # a read without it, a drag up the panel (0.85 -> 0.45 of the window's height, in 1 s)
    # scrolls it into view.
    t1=$SECONDS reads=0
    until reads=$((reads + 1)) && monitor "screendump $OUT/screen-maintenance.ppm" "screendump $OUT/screen-maintenance.png -f png" >/dev/null &&
        sleep 1 && window_ppm "$OUT/screen-maintenance.ppm" "$OUT/window-maintenance.ppm" &&
        IFS=$'\t' read -r seen line leave < <(read_identity "$OUT/window-maintenance.ppm" "$PACK_ID"); do
        ((SECONDS - t1 < 45)) || die "tesseract read no '$PACK_ID' on the Identity panel within 45s ($OUT/screen-maintenance.png)"
        ((reads > 1)) || touches "$(at 0.5 0.85),1.3,0.5,$(at 0.5 0.45)"
        sleep 1
    done
    read_ms=$(since)
    tesseract "$OUT/window-maintenance.ppm" "$OUT/maintenance-ocr" -l fra >/dev/null 2>&1 || true
    secs() { echo "$(($1 / 1000)).$(($1 % 1000 / 100))s"; }
    maintenance="PIN pad $(secs "$pad_ms") after the gesture's last tap, screen open $(secs "$enter_ms") after OK,"
    maintenance+=" content read $(secs "$read_ms") later (screendump $reads): tesseract read \"$line\" (rotation ${ROTATION:-0})"
    [[ $seen == "$PACK_VERSION" ]] ||
        die "the Identity panel shows $PACK_ID $seen, the image's built-in pack is $PACK_VERSION: $maintenance ($OUT/screen-maintenance.png, $OUT/maintenance-ocr.txt)"
    [[ -n $leave ]] || die "tesseract read no Leave button (Quitter) on the Identity panel ($OUT/screen-maintenance.png)"
    # shellcheck disable=SC2046,SC2086  # two numbers
    tap $(to_panel $leave)
    wait_serial 'borne\[[0-9]+\]: .*maintenance screen left' 10 >/dev/null ||
        die "the Leave button did not close the maintenance screen (see $SERIAL)"
    maintenance+=", the pack the image holds ($PACK_ID $PACK_VERSION); left by its Leave button"
    say "maintenance: $maintenance"
    sleep 3
fi

# --- touch --------------------------------------------------------------------------
# The bottom bar's "Aide" button (the same place on every screen, by design): a tap on
# its centre, then the most common colour of a strip inside it, left of its icon: the
# button's background, highlighted (blue) once its page is open. A tap that lands
# elsewhere opens another page (the attract screen opens the language page).
touched=skipped
if [[ $TOUCH == 1 ]]; then
    # shellcheck disable=SC2046  # two numbers
    tap $(to_panel 0.642 0.944)
    sleep 4
    monitor "screendump $OUT/screen-touch.ppm" >/dev/null
    monitor "screendump $OUT/screen-touch.png -f png" >/dev/null
    sleep 1
    read -r pct r g b < <(compare_screens "$OUT/screen.ppm" "$OUT/screen-touch.ppm" 0.585 0.915 0.6 0.99)
    touched="${pct}% of the screen changed, button colour $r,$g,$b (rotation ${ROTATION:-0})"
    if ((pct < 5)); then die "a tap on 'Aide' changed nothing: $touched ($OUT/screen-touch.png)"; fi
    if ((b - r < 100)); then die "a tap on 'Aide' did not open its page: $touched ($OUT/screen-touch.png)"; fi
    say "touch: 'Aide' tapped, its page is open: $touched"
fi

# --- keyboard ---------------------------------------------------------------------
# No key combination leaves the kiosk: console switching is locked, SysRq is off (Alt+
# SysRq+B would reboot at once), Ctrl+Alt+Del is masked (qemu runs with -no-reboot: a
# reboot ends it).
frames_before=$(grep -Ec "$FRAME" "$SERIAL" || true)
keys="no reboot"
if grep -Eq "keypad connected .*name=\"$KEYPAD\"" "$SERIAL"; then
    keys+=" (the kiosk holds the keyboard as its keypad)"
elif grep -Eq 'scanner connected device=.*keyboard' "$SERIAL"; then
    keys+=" (the kiosk holds the keyboard as its scanner)"
fi
monitor "sendkey ctrl-alt-f2" >/dev/null 2>&1 || true
sleep 3
if [[ $TOUCH == 1 ]]; then
    monitor "screendump $OUT/screen-keys.ppm" >/dev/null
    sleep 1
    read -r pct _ < <(compare_screens "$OUT/screen-touch.ppm" "$OUT/screen-keys.ppm" 0.585 0.915 0.6 0.99)
    ((pct < 3)) || die "the screen changed after Ctrl+Alt+F2 ($pct%): console switching is not locked"
    keys+=", Ctrl+Alt+F2 left the screen alone ($pct% changed)"
fi
monitor "sendkey alt-sysrq-b" >/dev/null 2>&1 || true
sleep 3
kill -0 "$QEMU_PID" 2>/dev/null || die "Alt+SysRq+B rebooted the kiosk: SysRq is on (see $SERIAL)"
monitor "sendkey ctrl-alt-delete" >/dev/null 2>&1 || true
sleep 6
kill -0 "$QEMU_PID" 2>/dev/null || die "Ctrl+Alt+Del rebooted the kiosk (see $SERIAL)"
if (($(grep -Ec "$FRAME" "$SERIAL" || true) > frames_before)); then
    # Slint's linuxkms backend ends its event loop on Ctrl+Alt+Del and Ctrl+Alt+Backspace
    # (systemd starts the kiosk again): the kiosk holds every keyboard so that it never
    # sees them.
    die "Ctrl+Alt+Del restarted the kiosk: the linuxkms backend saw the keyboard (see $SERIAL)"
fi
say "keyboard: Ctrl+Alt+F2, Alt+SysRq+B, Ctrl+Alt+Del: $keys"

# --- a keyboard plugged in after boot -------------------------------------------------
# qemu gives the monitor's keys to the keyboard plugged in last (it becomes the active
# one). The kiosk must hold it at once, libinput must not see it, and nothing typed on
# it may restart the kiosk, reboot, or change the screen.
hotplug=skipped
KBD='QEMU USB Keyboard'
if ! qemu-system-x86_64 -device help 2>/dev/null | grep -q '"usb-kbd"'; then
    say "hot-plug: this qemu has no usb-kbd: skipped"
    SKIPPED+=("keyboard plugged in after boot")
else
    grep -q 'input devices are grabbed as udev announces them' "$SERIAL" ||
        die "the kiosk does not watch udev for input devices (see $SERIAL)"
    if [[ $TOUCH == 1 ]]; then
        # A tap first: the inactivity clock (60 s by default) must not change the screen
        # while the keys are pressed.
        # shellcheck disable=SC2046  # two numbers
        tap $(to_panel 0.642 0.944)
        sleep 3
        monitor "screendump $OUT/screen-plug.ppm" >/dev/null
        sleep 1
    fi
    frames_before=$(grep -Ec "$FRAME" "$SERIAL" || true)
    cad_before=$(grep -Ec "$CAD" "$SERIAL" || true)
    GRAB="borne\[[0-9]+\]: .*(keyboard grabbed|scanner connected|keypad connected).*$KBD"
    t0=$(date +%s%N)
    monitor "device_add usb-kbd,bus=xhci.0,id=kbd2" >/dev/null
    until grep -Eq "$GRAB" "$SERIAL"; do
        kill -0 "$QEMU_PID" 2>/dev/null || die "qemu stopped after a keyboard was plugged in (see $SERIAL)"
        (($(date +%s%N) - t0 < 60000000000)) || die "the keyboard plugged in was not grabbed by the kiosk within 60s (see $SERIAL)"
        sleep 0.2
    done
    grab_ms=$((($(date +%s%N) - t0) / 1000000))
    grab_s=$((grab_ms / 1000)).$((grab_ms % 1000 / 100))
    line=$(grep -Em1 "$GRAB" "$SERIAL")
    [[ $line != *"keypad connected"* ]] || die "the keyboard plugged in was taken for the keypad: $line"
    [[ $line == *libinput=*hidden* ]] || die "the keyboard plugged in is not hidden from libinput: $line"
    kbd_dev=$(sed -n 's|.*device=\(/dev/input/event[0-9]*\).*|\1|p' <<<"$line")
    say "hot-plug: $KBD on $kbd_dev grabbed ${grab_s}s after plugging, hidden from libinput"
    # Ctrl+Alt+Backspace, seven Ctrl+Alt+Del well within 2 s, Ctrl+Alt+F2.
    burst=("sendkey ctrl-alt-backspace 10")
    for _ in {1..7}; do burst+=("sendkey ctrl-alt-delete 10"); done
    burst+=("sendkey ctrl-alt-f2 10")
    monitor "${burst[@]}" >/dev/null
    sleep 6
    kill -0 "$QEMU_PID" 2>/dev/null || die "keys on the keyboard plugged in rebooted the kiosk (see $SERIAL)"
    if (($(grep -Ec "$FRAME" "$SERIAL" || true) > frames_before)) ||
        grep -Eq 'borne\.service: (Scheduled restart|Watchdog timeout|Main process exited|Failed)' "$SERIAL"; then
        die "keys on the keyboard plugged in restarted the kiosk (see $SERIAL)"
    fi
    screen="screen not compared (no touch: the attract screen moves)"
    if [[ $TOUCH == 1 ]]; then
        monitor "screendump $OUT/screen-plugkeys.ppm" "screendump $OUT/screen-plugkeys.png -f png" >/dev/null
        sleep 1
        read -r pct _ < <(compare_screens "$OUT/screen-plug.ppm" "$OUT/screen-plugkeys.ppm" 0 0 1 1)
        ((pct < 3)) || die "the screen changed after keys on the keyboard plugged in ($pct%, $OUT/screen-plugkeys.png)"
        screen="$pct% of the screen changed"
    fi
    cad_after=$(grep -Ec "$CAD" "$SERIAL" || true)
    # The keys went to that keyboard, and from it to the kiosk's reader only: a line
    # typed on it is read as a scan from its device.
    monitor "sendkey x 50" "sendkey ret 50" >/dev/null
    wait_serial "scanner read a line device=\"?$kbd_dev\\b" 20 >/dev/null ||
        die "what was typed on the keyboard plugged in did not reach the kiosk's reader (see $SERIAL)"
    hotplug="$KBD grabbed ${grab_s}s after plugging (the kiosk's own rescan is every 30 s), hidden from libinput;"
    hotplug+=" Ctrl+Alt+Backspace, 7x Ctrl+Alt+Del, Ctrl+Alt+F2 on it: no restart, no reboot,"
    hotplug+=" $screen, $((cad_after - cad_before)) reached systemd; its text reached the kiosk's reader"
    say "hot-plug: $hotplug"
fi

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
    report="skipped (no bundle, and the test cannot make one: $host_why)"
    say "usb update: $report"
    SKIPPED+=("usb update")
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
    mcopy -o -i "$STICK@@1M" ::/borne/report.json "$OUT/report.json" 2>/dev/null || true
    # What became of the bundle: "installed ID VERSION" or "refused CODE: REASON".
    outcome=$(python3 -c 'import json, sys
try:
    b = json.load(open(sys.argv[1]))["bundles"][0]
except (OSError, ValueError, KeyError, IndexError):
    sys.exit()
i = b.get("installed")
print("installed %s %s" % (i["pack_id"], i["version"]) if i else "refused %s: %s" % (b.get("refused"), b.get("reason")))' "$OUT/report.json")
    report="found ($(grep -Ec '/report\.(txt|json)$' "$OUT/stick-files.txt") file(s)): ${outcome:-no bundle in report.json}"
    if [[ -n $OWN_BUNDLE && $outcome != "installed $PACK_ID $BUNDLE_VERSION" ]]; then
        die "the test's bundle ($PACK_ID $BUNDLE_VERSION) was not installed: ${outcome:-no bundle in report.json} ($OUT/report.txt)"
    fi
    [[ -z $OWN_BUNDLE ]] || report+=" (the test's own bundle)"
fi

{
    echo "date:         $(date -u '+%F %T') UTC"
    echo "image:        $IMAGE ($(stat -c %s "$IMAGE") bytes)"
    echo "first frame:  ${boot_s}s after qemu start, ${guest_s:-?}s after kernel start (TCG, 2 vCPU)"
    echo "screen:       $look"
    echo "speech:       $spoken"
    echo "maintenance:  $maintenance"
    echo "touch:        $touched"
    echo "ctrl-alt-del: $cad_boot"
    echo "keyboard:     $keys"
    echo "hot-plug:     $hotplug"
    echo "usb mount:    ${usb_s}s after plugging"
    echo "usb report:   $report"
    skipped=$(printf '%s, ' "${SKIPPED[@]}")
    skipped=${skipped%, }
    echo "skipped:      ${skipped:-none}"
} >"$OUT/figures.txt"
cat "$OUT/figures.txt" >&2
# The scratch disk and stick are only worth keeping after a failure.
rm -f "$DISK" "$STICK" "$OUT/vars.fd" "$OUT"/*.ppm "$WAV"
if ((${#SKIPPED[@]})); then
    [[ -n $ALLOW_SKIP ]] || die "checks skipped: $skipped (give --allow-skip to accept)"
    say "smoke test passed, with checks skipped ($skipped): $OUT"
else
    say "smoke test passed: $OUT"
fi
