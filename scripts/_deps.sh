# Sourced by scripts/demo and scripts/test: installs the Debian packages Parallax builds and runs
# with, when any is missing. Quiet when everything is present.
# POSIX sh. Needs root (or sudo) only when something must be installed.
PARALLAX_APT_PACKAGES="libblas-dev liblapack-dev libopenblas0-pthread libxml2-dev"

parallax_ensure_deps() {
    missing=""
    for p in $PARALLAX_APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        echo "Installing system packages:$missing" >&2
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >&2
    fi
    if ! command -v swift >/dev/null 2>&1; then
        if [ -x /opt/swift/usr/bin/swift ]; then
            PATH="/opt/swift/usr/bin:$PATH"; export PATH
        else
            echo "error: the Swift toolchain (swift 6.x) is not on PATH; install it from swift.org" >&2
            exit 1
        fi
    fi
}
