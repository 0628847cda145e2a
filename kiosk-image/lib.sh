# Shared by build.sh and smoke-test.sh: progress lines, timed steps, host packages.
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
