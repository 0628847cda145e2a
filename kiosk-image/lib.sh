# Shared by build.sh and smoke-test.sh: progress lines, timed steps, host packages, the
# machine's Debian mirror.
# shellcheck shell=bash

# One progress line, with the seconds since the first script started (steps run as
# child processes share the clock).
export BORNE_T0=${BORNE_T0:-$(date +%s)}
say() { printf '[%4ss] %s\n' "$(($(date +%s) - BORNE_T0))" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the Debian packages whose commands are missing. Each argument is
# COMMAND:PACKAGE, or PATH:PACKAGE for a file (a path starts with /).
need_host() {
    local want=() item probe pkg
    for item in "$@"; do
        probe=${item%%:*} pkg=${item#*:}
        if [[ $probe == /* ]]; then
            [[ -e $probe ]] && continue
        else
            command -v "$probe" >/dev/null 2>&1 && continue
        fi
        want+=("$pkg")
    done
    ((${#want[@]})) || return 0
    say "installing host packages: ${want[*]}"
    [[ $(id -u) == 0 ]] || die "missing host packages; run: sudo apt-get install ${want[*]}"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get install -y -q --no-install-recommends "${want[@]}" >/dev/null ||
        { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${want[@]}" >/dev/null; }; }; then
        die "apt-get could not install: ${want[*]} (install them by hand, then run this again)"
    fi
}

# Same, for -dev packages found by their pkg-config name: PCNAME:PACKAGE.
need_host_pc() {
    local want=() item
    command -v pkg-config >/dev/null 2>&1 || want+=("pkg-config:pkg-config")
    for item in "$@"; do
        pkg-config --exists "${item%%:*}" 2>/dev/null || want+=("/nonexistent:${item#*:}")
    done
    ((${#want[@]})) && need_host "${want[@]}"
    return 0
}

# Debian's mirror as apt on this machine knows it (the first source whose address ends in
# /debian, in /etc/apt/sources.list, sources.list.d/*.list or *.sources), or
# BORNE_MIRROR: sets MIRROR, and SECURITY for debian-security (or BORNE_SECURITY_MIRROR;
# empty when apt has none).
debian_mirrors() {
    local uris
    uris=$({
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { print $i; break } }'
        awk '/^URIs:/ { for (i = 2; i <= NF; i++) print $i }' /etc/apt/sources.list.d/*.sources 2>/dev/null
    } || true)
    MIRROR=${BORNE_MIRROR:-$(grep -m1 '/debian/\?$' <<<"$uris" || true)}
    # shellcheck disable=SC2034  # build.sh uses it
    SECURITY=${BORNE_SECURITY_MIRROR:-$(grep -m1 'debian-security/\?$' <<<"$uris" || true)}
    [[ -n $MIRROR ]] || die "apt has no Debian mirror in /etc/apt/sources.list*: give one as BORNE_MIRROR"
}
