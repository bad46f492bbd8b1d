#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run the whole test suite.
#   Debian's chromium (the browser tests drive it headless), a virtual environment with kg
#   and its test extras (pytest, playwright, SPARQLWrapper, the oxigraph server, nbclient …).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
    # wait for another apt-get or dpkg to let go of its lock rather than fail at once
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
exec .venv/bin/python -m pytest -q "$@"
