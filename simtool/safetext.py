"""Text from a modem, made safe to show: what a terminal, a Markdown viewer or a browser
would act on is taken out (issue 14: USSD answers in 8-bit or UCS2 and operator names can
carry ESC sequences that clear or rewrite a terminal, or bidi controls that reorder text).

`printable` is for values (an operator's answer, an APN): C0 and C1 control characters but
TAB and LF are dropped, CR becomes a line break, and so do the Unicode line and paragraph
separators; bidirectional overrides and zero-width characters are dropped. `visible` is for
transcripts, which must show what came: the same characters are written as escapes (\\x1b),
only CR, LF and TAB stay as they are. Pure.
"""

from __future__ import annotations

import re

_BIDI_AND_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
                      "\u2060\u2066\u2067\u2068\u2069\ufeff"
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20),
                                     *range(0x7F, 0xA0)))
_DROP = str.maketrans("", "", _CONTROLS + _BIDI_AND_INVISIBLE)
_LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85]")
_ESCAPED = re.compile(f"[{re.escape(_CONTROLS + _BIDI_AND_INVISIBLE)}]")


def printable(text: str) -> str:
    """`text` without control, bidi-override and invisible characters; line breaks as LF."""
    if text.isprintable():
        return text                 # the common case, and the fast one
    return _LINE_BREAKS.sub("\n", text).translate(_DROP)


def visible(text: str) -> str:
    """`text` with every control, bidi and invisible character but CR, LF, TAB written as
    an escape (ESC -> \\x1b, U+202E -> \\u202e), so a transcript shows what came."""
    if text.isprintable():
        return text
    return _ESCAPED.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
