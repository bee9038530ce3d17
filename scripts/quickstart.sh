#!/usr/bin/env bash
# Install simtool into .venv (system packages first, with sudo when not root: python3-venv,
# and the libraries the desktop app needs to start under X11, scripts/debian-gui-packages.txt)
# and run the checklist on the built-in simulated modem.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
missing=""
python3 -c "import ensurepip, venv" 2>/dev/null || missing="python3-venv"
if command -v dpkg >/dev/null; then
    for p in $(grep -v '^#' scripts/debian-gui-packages.txt); do
        dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
fi
if [ -n "$missing" ] && command -v apt-get >/dev/null; then
    echo "Installing system packages:$missing"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q ".[gui]"   # the app too; the command line alone: pip install .
echo "simtool is installed in .venv; here it checks a simulated modem (sim://healthy):"
echo
.venv/bin/simtool check --port sim://healthy
echo
echo "Next: .venv/bin/simtool check --port sim://no-sim   (other faults: simtool simulate --list)"
echo "      .venv/bin/simtool-gui                         (the desktop app)"
