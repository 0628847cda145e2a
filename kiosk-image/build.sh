#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR disable=SC2016  # $1 in hooks is mmdebstrap's, not ours
# Builds the kiosk's bootable x86_64 UEFI disk image from Debian, with mmdebstrap.
#
#   sudo kiosk-image/build.sh [--out DIR] [--binary FILE] [--refresh]
#
#   --out DIR      where the image goes (default: kiosk-image/out)
#   --binary FILE  use this kiosk binary (built with --features kiosk) instead of building it
#   --refresh      rebuild the Debian base even if its cached copy is up to date
#
# Writes borne-kiosk.img (raw), borne-kiosk.qcow2, borne-kiosk.img.bmap (when bmaptool
# is there), borne-kiosk.sha256 and build-info.txt. Every step has a time limit; the
# Debian base is cached in DIR/cache and rebuilt when the package list changes.
# Root is needed: the root file system keeps its owners. The network is needed only
# for the Debian mirror (the one apt already uses) and Rust's crate registry.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
# shellcheck source=lib.sh
. "$here/lib.sh"

export SUITE=${BORNE_SUITE:-trixie}
# The raw image must stay under this (bytes).
MAX_RAW=$((700 * 1000 * 1000))
ESP_MIB=128
IMG=borne-kiosk
# Kernel command line: read-only root under a RAM overlay, no shell anywhere (dracut's
# rescue shell off, reboot instead), boot messages on the serial port, not the screen.
CMDLINE="root=PARTLABEL=borne-root rootfstype=ext4 ro systemd.volatile=overlay systemd.gpt_auto=0 rd.shell=0 rd.emergency=reboot panic=10 quiet loglevel=3 systemd.show_status=error vt.global_cursor_default=0 console=tty1 console=ttyS0,115200"

# The sources' commit: `git rev-parse ARGS` or `git describe ARGS`, whoever owns the
# checkout (root builds a user's checkout too); empty without git.
git_src() {
    git -c safe.directory="$repo" -C "$repo" "$@" 2>/dev/null || true
}

# --- the steps (each runs as `build.sh __step NAME`, under its own time limit) ------

# The Debian base: packages installed, kernel and initrd made; cached as a tar file
# keyed on everything that goes into it.
step_base() {
    debian_mirrors
    [[ -n $SECURITY ]] || die "apt has no debian-security source in /etc/apt/sources.list*: give one as BORNE_SECURITY_MIRROR"
    local pkgs args key tar
    pkgs=$(sed 's/#.*//' "$here/packages.txt" | xargs | tr ' ' ',')
    args=(--mode=root --variant=minbase --arch=amd64 "--include=$pkgs"
        --aptopt='APT::Install-Recommends "false"'
        # No documentation, manuals or translations (copyright files stay).
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright'
        --dpkgopt='path-exclude=/usr/share/man/*' --dpkgopt='path-exclude=/usr/share/info/*'
        --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/lintian/*'
        # Kernel drivers a kiosk never uses (wireless, TV/cameras, clusters, old buses).
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/drivers/net/wireless/*'
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/drivers/media/*'
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/drivers/infiniband/*'
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/drivers/isdn/*'
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/drivers/staging/*'
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/net/wireless/*'
        --dpkgopt='path-exclude=/usr/lib/modules/*/kernel/net/mac80211/*'
        # The initrd settings must be there before the kernel's package makes the initrd.
        --setup-hook='mkdir -p "$1/etc/dracut.conf.d"'
        --setup-hook="copy-in $here/rootfs/etc/dracut.conf.d/10-borne.conf /etc/dracut.conf.d/"
        --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/*.bin'
        "$SUITE" - "deb $MIRROR $SUITE main" "deb $MIRROR $SUITE-updates main"
        "deb $SECURITY $SUITE-security main")
    key=$({ printf '%s\n' base-v1 "${args[@]//$here/}"; cat "$here/rootfs/etc/dracut.conf.d/10-borne.conf"; } | sha256sum | cut -c1-16)
    tar=$OUT/cache/base-$key.tar
    if [[ -s $tar && -z ${REFRESH:-} ]]; then
        say "Debian base $SUITE up to date ($tar)"
        return
    fi
    mkdir -p "$OUT/cache"
    say "Debian $SUITE from $MIRROR (the first time: a few minutes)"
    mmdebstrap "${args[@]}" >"$tar.tmp"
    rm -f "$OUT"/cache/base-*.tar
    mv "$tar.tmp" "$tar"
    ln -sfn "$(basename "$tar")" "$OUT/cache/base.tar"
}

# The kiosk binary, built with the kiosk feature (linuxkms, libinput, software renderer).
step_app() {
    mkdir -p "$WORK"
    if [[ -n ${BINARY:-} ]]; then
        install -m 0755 "$BINARY" "$WORK/borne"
        return
    fi
    local target=${CARGO_TARGET_DIR:-$repo/target/kiosk}
    local build=(nice -n 10 cargo build --release --no-default-features --features kiosk)
    # The commit the maintenance screen shows (build.rs would ask git, which may refuse
    # a checkout owned by another user).
    local commit
    commit=$(git_src rev-parse --short=12 HEAD)
    if [[ -n ${SUDO_USER:-} && $SUDO_USER != root ]]; then
        # Built by the user who ran sudo, with their Rust toolchain.
        runuser -u "$SUDO_USER" -- env CARGO_TARGET_DIR="$target" BORNE_GIT_COMMIT="$commit" bash -lc 'cd "$1" && shift && "$@"' _ "$repo" "${build[@]}"
    else
        command -v cargo >/dev/null || die "cargo not found: install Rust (https://rustup.rs), or pass --binary FILE"
        (cd "$repo" && CARGO_TARGET_DIR="$target" BORNE_GIT_COMMIT="$commit" "${build[@]}")
    fi
    install -m 0755 "$target/release/borne" "$WORK/borne"
}

# The root file system: the base, this folder's rootfs/ tree, the kiosk and its user.
step_rootfs() {
    local r=$WORK/rootfs
    rm -rf "$r"
    mkdir -p "$r"
    tar -C "$r" --numeric-owner --xattrs --xattrs-include='*' -xpf "$OUT/cache/base.tar"
    tar -C "$here/rootfs" --owner=0 --group=0 -cf - . | tar -C "$r" --no-overwrite-dir -xpf -
    install -m 0755 "$WORK/borne" "$r/usr/bin/borne"
    install -D -m 0644 "$here/README.md" "$r/usr/share/doc/borne/README.md"
    install -D -m 0644 "$repo/LICENSE" "$r/usr/share/doc/borne/copyright"

    # Every library the kiosk needs is in the image, and it runs there.
    if chroot "$r" ldd /usr/bin/borne | grep 'not found'; then die "libraries missing from the image (add them to packages.txt)"; fi
    chroot "$r" /usr/bin/borne config example >"$WORK/borne.example.toml"
    # Speech: eSpeak NG speaks French with its own data; ALSA has its configuration and
    # alsactl, which unmutes each card (udev rule); the kernel has the drivers of an HD
    # Audio card (udev loads them at boot) and of a USB one.
    local kver wav m
    wav=$(chroot "$r" espeak-ng -v fr --stdout 'Bonjour.' | wc -c)
    ((wav > 10000)) || die "espeak-ng does not speak French in the image ($wav bytes of WAV)"
    [[ -f $r/usr/share/alsa/alsa.conf ]] || die "ALSA's configuration (libasound2-data) is missing from the image"
    [[ -x $r/usr/sbin/alsactl ]] || die "alsactl (alsa-utils) is missing from the image: sound cards would stay muted"
    kver=$(basename "$(find "$r/usr/lib/modules" -mindepth 1 -maxdepth 1 -type d | head -1)")
    for m in snd-hda-intel snd-hda-codec-generic snd-usb-audio; do
        chroot "$r" modprobe -S "$kver" --show-depends "$m" >/dev/null 2>&1 || die "kernel module $m missing from the image (a module exclude?)"
    done

    # The kiosk's user: no shell, no password; the screen, input devices, printers, and
    # its own log for the maintenance screen (systemd-journal).
    local g
    for g in video render input lp dialout audio systemd-journal; do
        grep -q "^$g:" "$r/etc/group" || groupadd --root "$r" --system "$g"
    done
    grep -q '^borne:' "$r/etc/passwd" ||
        useradd --root "$r" --system --user-group --home-dir /var/lib/borne --no-create-home \
            --shell /usr/sbin/nologin --groups video,render,input,lp,dialout,audio,systemd-journal borne
    # Nobody logs in: root has no password either.
    usermod --root "$r" --lock root
    chroot "$r" id -nG borne | grep -qw audio || die "the kiosk's user is not in the audio group"

    systemctl --root "$r" enable borne.service borne-setup.service borne-data.service systemd-networkd.service 2>/dev/null
    systemctl --root "$r" set-default multi-user.target 2>/dev/null
    # No login prompt on any screen or port, no rescue shell, no reboot from Ctrl+Alt+Del;
    # nothing that writes to the read-only root or waits for a network.
    systemctl --root "$r" mask getty@.service serial-getty@.service autovt@.service getty-static.service \
        console-getty.service container-getty@.service debug-shell.service emergency.service \
        rescue.service ctrl-alt-del.target systemd-networkd-wait-online.service \
        systemd-firstboot.service systemd-boot-random-seed.service apt-daily.timer \
        apt-daily-upgrade.timer dpkg-db-backup.timer e2scrub_all.timer e2scrub_reap.service \
        fstrim.timer alsa-restore.service >/dev/null 2>&1
    # One machine-id per image (the root is read-only): the network uses MAC-based ids.
    systemd-id128 new >"$r/etc/machine-id"
    mkdir -p "$r/boot/efi" "$r/data" "$r/var/lib/borne" "$r/media"

    # Kernel, initrd and boot loader go to the boot partition, not the root.
    cp "$r"/boot/vmlinuz-* "$WORK/vmlinuz"
    cp "$r"/boot/initrd.img-* "$WORK/initrd.img"
    cp "$r/usr/lib/systemd/boot/efi/systemd-bootx64.efi" "$WORK/BOOTX64.EFI"
    find "$r/boot" -mindepth 1 -maxdepth 1 ! -name efi -exec rm -rf {} +
    rm -f "$r"/vmlinuz* "$r"/initrd.img*
    rm -rf "$r"/var/lib/apt/lists/* "$r"/var/cache/apt/* "$r"/var/log/* "$r"/tmp/* "$r"/var/tmp/*
    mkdir -p "$r/var/log/journal"
    # Font caches again: the tar copy dropped the nanoseconds of the font folders' times,
    # and a cache that does not match is rebuilt by every start of the kiosk.
    chroot "$r" fc-cache -s -f
    # /etc and /var are up to date with /usr: no hwdb or ldconfig rebuild at each boot.
    chroot "$r" /usr/lib/systemd/systemd-update-done
    local src_commit version
    src_commit=$(git_src describe --always --dirty --abbrev=12)
    version=$(chroot "$r" borne --version)
    printf '%s\n' "kiosk image ${src_commit:-(no git)}, $version, Debian $SUITE, built $(date -u +%F)" \
        >"$r/etc/borne-image"
    # The same for the maintenance screen, one KEY=VALUE a line (src/diagnostics/identity.rs).
    {
        echo "# How this kiosk image was built: written by kiosk-image/build.sh."
        echo "BUILD_DATE=$(date -u +%FT%TZ)"
        echo "DEBIAN_SUITE=$SUITE"
        echo "SOURCE_COMMIT=${src_commit:-unknown}"
        echo "BORNE_VERSION=${version#borne }"
    } >"$r/usr/lib/borne/build-info"
    chmod 0644 "$r/usr/lib/borne/build-info"
}

# The boot partition (FAT32): systemd-boot, kernel, initrd, the settings' example.
step_esp() {
    local esp=$WORK/esp.img conf
    rm -f "$esp"
    mkfs.vfat -F 32 -n BORNE -C "$esp" $((ESP_MIB * 1024)) >/dev/null
    export MTOOLS_SKIP_CHECK=1
    mmd -i "$esp" ::/EFI ::/EFI/BOOT ::/loader ::/loader/entries
    mcopy -i "$esp" "$WORK/BOOTX64.EFI" ::/EFI/BOOT/BOOTX64.EFI
    mcopy -i "$esp" "$WORK/vmlinuz" ::/vmlinuz
    mcopy -i "$esp" "$WORK/initrd.img" ::/initrd.img
    mcopy -i "$esp" "$here/esp/loader.conf" ::/loader/loader.conf
    conf=$WORK/borne.conf
    sed "s|@CMDLINE@|$CMDLINE|" "$here/esp/borne.conf.in" >"$conf"
    mcopy -i "$esp" "$conf" ::/loader/entries/borne.conf
    # Text files a technician opens on any computer: CRLF line ends.
    sed 's/$/\r/' "$here/esp/README.txt" >"$WORK/README.txt"
    mcopy -i "$esp" "$WORK/README.txt" ::/README.txt
    sed 's/$/\r/' "$WORK/borne.example.toml" >"$WORK/borne.example.crlf"
    mcopy -i "$esp" "$WORK/borne.example.crlf" ::/borne.example.toml
    say "boot partition: $(($(cat "$WORK/vmlinuz" "$WORK/initrd.img" "$WORK/BOOTX64.EFI" | wc -c) / 1048576)) MiB of boot files, $ESP_MIB MiB partition"
}

# The root partition (ext4, read-only: no journal), shrunk to its contents.
step_root() {
    local img=$WORK/root.img kib
    kib=$(du -sk "$WORK/rootfs" | cut -f1)
    rm -f "$img"
    # 4 KiB blocks always (mke2fs would pick 1 KiB under 512 MiB), and no flex_bg: with
    # it, resize2fs -M cannot shrink below about 1.5 times the contents.
    mkfs.ext4 -q -F -L borne-root -d "$WORK/rootfs" -m 0 -b 4096 -i 8192 -O ^has_journal,^flex_bg "$img" $((kib * 13 / 10 / 1024 + 64))M >/dev/null 2>&1
    e2fsck -fy "$img" >/dev/null 2>&1
    resize2fs -M "$img" >/dev/null 2>&1
    e2fsck -fy "$img" >/dev/null 2>&1
    # A little room to spare (16 MiB), so that a file system check never complains.
    local bs blocks mib
    bs=$(dumpe2fs -h "$img" 2>/dev/null | awk -F: '/^Block size/ { print $2 + 0 }')
    blocks=$(dumpe2fs -h "$img" 2>/dev/null | awk -F: '/^Block count/ { print $2 + 0 }')
    mib=$((blocks * bs / 1048576 + 16))
    resize2fs "$img" $((mib * 1048576 / bs)) >/dev/null 2>&1
    truncate -s $((mib * 1048576)) "$img"
    say "root file system: $((kib / 1024)) MiB of files, $(($(stat -c %s "$img") / 1048576)) MiB partition"
}

# The disk: GPT with the boot and root partitions (the data partition is made on
# first boot), then qcow2, bmap and checksums.
step_disk() {
    local raw=$OUT/$IMG.img esp_s root_s start2 total
    esp_s=$((ESP_MIB * 2048))
    root_s=$(($(stat -c %s "$WORK/root.img") / 512))
    start2=$((2048 + esp_s))
    total=$((start2 + root_s + 2048))
    rm -f "$raw.tmp"
    truncate -s $((total * 512)) "$raw.tmp"
    sfdisk -q --no-reread --no-tell-kernel "$raw.tmp" <<EOF
label: gpt
first-lba: 2048
start=2048, size=$esp_s, type=C12A7328-F81F-11D2-BA4B-00A0C93EC93B, name="borne-esp"
start=$start2, size=$root_s, type=0FC63DAF-8483-4772-8E79-3D69D8477DE4, name="borne-root"
EOF
    dd if="$WORK/esp.img" of="$raw.tmp" bs=1M seek=1 conv=notrunc,sparse status=none
    dd if="$WORK/root.img" of="$raw.tmp" bs=1M seek=$((start2 / 2048)) conv=notrunc,sparse status=none
    mv -f "$raw.tmp" "$raw"
    local size
    size=$(stat -c %s "$raw")
    ((size <= MAX_RAW)) || die "raw image is $size bytes, over the $MAX_RAW limit"
    say "qcow2 (compressed)"
    rm -f "$OUT/$IMG.qcow2"
    qemu-img convert -c -O qcow2 "$raw" "$OUT/$IMG.qcow2.tmp"
    mv -f "$OUT/$IMG.qcow2.tmp" "$OUT/$IMG.qcow2"
    rm -f "$OUT/$IMG.img.bmap"
    if command -v bmaptool >/dev/null; then bmaptool -q create -o "$OUT/$IMG.img.bmap" "$raw"; fi
    (cd "$OUT" && sha256sum "$IMG.img" "$IMG.qcow2" >"$IMG.sha256")
}

# --- driver -----------------------------------------------------------------------

if [[ ${1:-} == __step ]]; then
    "step_$2"
    exit
fi

OUT=$here/out BINARY='' REFRESH=''
while (($#)); do
    case $1 in
        --out) OUT=$2; shift 2 ;;
        --binary) BINARY=$(realpath "$2"); shift 2 ;;
        --refresh) REFRESH=1; shift ;;
        -h | --help) sed -n '3,16p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[[ $(id -u) == 0 ]] || die "run as root (sudo $0): the image's files keep their owners"
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
export OUT BINARY REFRESH WORK=$OUT/work

say "host tools"
need_host mmdebstrap:mmdebstrap mkfs.vfat:dosfstools mcopy:mtools sfdisk:fdisk \
    mkfs.ext4:e2fsprogs qemu-img:qemu-utils bmaptool:bmap-tools systemd-id128:systemd
[[ -n $BINARY ]] || need_host_pc libudev:libudev-dev libinput:libinput-dev \
    xkbcommon:libxkbcommon-dev fontconfig:libfontconfig1-dev alsa:libasound2-dev

# NAME LIMIT-SECONDS DESCRIPTION
steps=(
    "app 3600 kiosk binary (cargo, release, --features kiosk)"
    "base 1800 Debian base (mmdebstrap, cached)"
    "rootfs 600 root file system"
    "esp 300 boot partition"
    "root 600 root partition"
    "disk 900 disk image, qcow2, checksums"
)
times=()
n=0
for s in "${steps[@]}"; do
    read -r name limit what <<<"$s"
    n=$((n + 1))
    say "[$n/${#steps[@]}] $what (limit ${limit}s)"
    t0=$SECONDS
    rc=0
    timeout --kill-after=20 "$limit" "$0" __step "$name" || rc=$?
    ((rc != 124 && rc != 137)) || die "step '$name' took longer than ${limit}s"
    ((rc == 0)) || die "step '$name' failed ($rc)"
    times+=("$name $((SECONDS - t0))s")
done

raw=$OUT/$IMG.img
{
    echo "image:   $IMG.img, $IMG.qcow2 (Debian $SUITE, x86_64 UEFI)"
    echo "source:  $(git -C "$repo" describe --always --dirty 2>/dev/null || echo unknown)"
    echo "built:   $(date -u '+%F %T') UTC in ${SECONDS}s (${times[*]})"
    echo "raw:     $(stat -c %s "$raw") bytes ($(du -k "$raw" | cut -f1) KiB allocated)"
    echo "qcow2:   $(stat -c %s "$OUT/$IMG.qcow2") bytes"
} >"$OUT/build-info.txt"
cat "$OUT/build-info.txt" >&2
say "done: $OUT"
