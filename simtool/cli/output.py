"""Output that never crashes on the terminal's encoding.

A terminal or pipe whose encoding cannot write what simtool prints (an ISO-8859-1 or ASCII
locale, PYTHONIOENCODING=ascii) gets replacement characters instead of a UnicodeEncodeError;
Chinese output on such a stream falls back to English, and simtool says so once on stderr.
JSON stays exact: it is written with \\u escapes there (ensure_ascii).
"""

from __future__ import annotations

import sys
from typing import TextIO

SAMPLE = "中文诊断 ✔✘"      # what Chinese output needs (text, and the check marks)


def is_utf8(stream: TextIO | None) -> bool:
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding in ("utf8", "utf8sig")


def stdout_is_unicode() -> bool:
    """stdout can write any character (so JSON may carry them as they are)."""
    return is_utf8(sys.stdout) or _can_write(sys.stdout, SAMPLE + "\U0001f4f6")


def _can_write(stream: TextIO | None, text: str) -> bool:
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return False
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def make_output_safe() -> None:
    """Called once per command when stdout or stderr is not UTF-8."""
    from simtool.i18n import language, set_language

    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass
    if language() == "zh_CN" and not all(_can_write(s, SAMPLE[:4])
                                          for s in (sys.stdout, sys.stderr)):
        encoding = getattr(sys.stdout, "encoding", None) or "?"
        set_language("en")
        print(f"simtool: this terminal's encoding ({encoding}) cannot show Chinese, so the "
              "output is in English. For Chinese, use a UTF-8 locale (LANG=zh_CN.UTF-8) or "
              "set PYTHONIOENCODING=utf-8.", file=sys.stderr)
