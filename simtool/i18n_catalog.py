"""Load a translation catalogue without Qt (stub: the i18n work fills this in)."""

from __future__ import annotations


def load_catalogue(lang: str) -> dict[tuple[str, str], str]:
    return {}
