#!/usr/bin/env bash
# Setup steps behind `make run` and `make test`; needs only python3 (>= 3.11), make and apt.
#
#   scripts/setup.sh venv REQUIREMENTS...  create .venv if missing or broken, then pip install -r each
#   scripts/setup.sh chromium              install Debian's chromium with apt-get when /usr/bin/chromium is missing
#   scripts/setup.sh servers               install Debian's postgresql and haproxy when missing (the shared
#                                          store's catalog and the load balancer: tests/test_lake.py,
#                                          scripts/serve-cluster.sh)
#
# The Makefile calls `venv` only when a requirements file is newer than its stamp file.
set -euo pipefail

cd "$(dirname "$0")/.."

VENV=.venv
PYTHON=${PYTHON:-python3}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# apt-get install as root, or through sudo (prompting only when there is a terminal to answer on).
apt_install() {
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "need root or sudo to apt-get install $*"
        if [ -t 0 ]; then sudo=(sudo); else sudo=(sudo -n); fi
    fi
    command -v apt-get >/dev/null || die "apt-get not found: install $* with your package manager"
    say "apt-get install $*"
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

venv_ok() {
    [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null
}

make_venv() {
    command -v "$PYTHON" >/dev/null || die "$PYTHON not found"
    "$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' \
        || die "Python >= 3.11 is required ($PYTHON is $("$PYTHON" -V 2>&1))"
    if venv_ok; then
        return
    fi
    say "creating $VENV with $("$PYTHON" -V 2>&1)"
    rm -rf "$VENV"
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
        # Debian ships venv/ensurepip apart from python3, in python3-venv.
        rm -rf "$VENV"
        apt_install python3-venv
        "$PYTHON" -m venv "$VENV"
    fi
}

cmd=${1:-}
shift || true
case "$cmd" in
    venv)
        [ "$#" -gt 0 ] || die "usage: $0 venv REQUIREMENTS..."
        make_venv
        for req in "$@"; do
            say "pip install -r $req"
            "$VENV/bin/pip" install --disable-pip-version-check -q -r "$req"
        done
        ;;
    chromium)
        if [ -x "$CHROMIUM" ]; then
            exit 0
        fi
        apt_install chromium fonts-liberation
        [ -x "$CHROMIUM" ] || die "apt-get installed chromium but $CHROMIUM is still missing"
        ;;
    servers)
        missing=()
        compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
        command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
        if [ "${#missing[@]}" -eq 0 ]; then
            exit 0
        fi
        apt_install "${missing[@]}"
        ;;
    *)
        die "usage: $0 venv REQUIREMENTS... | chromium | servers"
        ;;
esac
