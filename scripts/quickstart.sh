#!/usr/bin/env bash
# Install simtool into .venv (system package python3-venv first, with sudo when not root)
# and run the checklist on the built-in simulated modem.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv
fi
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q ".[gui]"   # the app too; the command line alone: pip install .
echo "simtool is installed in .venv; here it checks a simulated modem (sim://healthy):"
echo
.venv/bin/simtool check --port sim://healthy
echo
echo "Next: .venv/bin/simtool check --port sim://no-sim   (other faults: simtool simulate --list)"
echo "      .venv/bin/simtool-gui                         (the desktop app)"
