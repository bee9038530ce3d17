"""End to end (issue 21, hole 6): `simtool apn` when the modem refuses the write.

The modem is tests/hostile_modem.py's in `refuse` mode on a pseudo-terminal (a real AT
interpreter whose state outlives the command), so after simtool has run the test reads what
the modem has now. simtool itself is a `python -m simtool` process, as a user runs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from hostile_modem import HostileModem  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

PASSWORD = "s3cret-7301"


def apn(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "SIMTOOL_HOME": str(home),
           "SIMTOOL_TEST_PASSWORD": PASSWORD}
    return subprocess.run([sys.executable, "-m", "simtool", "apn", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


def contexts(modem: HostileModem) -> dict[int, str]:
    return {cid: context.apn for cid, context in modem.modem.contexts.items()}


def test_a_refused_login_says_so_and_leaves_the_apn_as_it_was(tmp_path: Path) -> None:
    with HostileModem("refuse", scenario="wrong-apn", refuse="+CGAUTH=") as modem:
        before = contexts(modem)
        done = apn(tmp_path, "--port", modem.path, "--set", "cmnet", "--user", "card",
                   "--password-env", "SIMTOOL_TEST_PASSWORD", "--allow-write")
        after = contexts(modem)
        writes = [line for line in modem.received if line.upper().startswith("AT+CGDCONT=")]
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert "The modem refused the user name and password: ERROR." in done.stderr
    assert "The APN was put back as it was" in done.stderr
    assert PASSWORD not in done.stderr
    assert after == before and before[1] != "cmnet"
    assert len(writes) == 2                  # the new APN, then the old one back
    # Nothing was changed, so there is nothing to undo.
    assert not list((tmp_path / "state" / "apn-undo").glob("*.json"))


def test_a_refused_apn_write_says_so_and_exits_1(tmp_path: Path) -> None:
    with HostileModem("refuse", scenario="wrong-apn", refuse="+CGDCONT=") as modem:
        before = contexts(modem)
        done = apn(tmp_path, "--port", modem.path, "--set", "cmnet", "--allow-write")
        after = contexts(modem)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert done.stderr.strip().endswith("The modem refused the APN: ERROR")
    assert after == before
    assert not list((tmp_path / "state" / "apn-undo").glob("*.json"))
