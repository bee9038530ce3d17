"""Optional parts of simtool and what to install for them.

The core (`pip install simtool`: command line, simulator, every source, reports but PDF)
needs pyserial and platformdirs only, so it installs on gateways where Qt has no wheel
(armv7, musl). The desktop app and the PDF report need Qt: `pip install "simtool[gui]"`.
"""

from __future__ import annotations

GUI_EXTRA = 'pip install "simtool[gui]"'


def qt_available() -> bool:
    """PySide6 can be imported (looked up, not imported: importing Qt costs ~100 ms)."""
    from importlib.util import find_spec

    try:
        return find_spec("PySide6") is not None
    except (ImportError, ValueError):
        return False


def missing_qt(what: str) -> str | None:
    """A sentence saying what to install for `what` (the app, the PDF report) when Qt is not
    installed; None when it is."""
    if qt_available():
        return None
    from simtool.i18n import tr

    return tr("Extras", "{what} needs Qt (PySide6), which this installation of simtool does "
              "not have. Install it with: {command}").format(what=what, command=GUI_EXTRA)
