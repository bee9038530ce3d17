"""Translation catalogues without Qt.

The Qt Linguist sources `resources/translations/simtool_<lang>.ts` are the single source of
truth. They ship inside the package (as `simtool.resources`), so the Qt-free core reads the
.ts XML directly with the standard library; the GUI's QTranslator reads the `.qm` compiled
from the same file (simtool/data/translations/). Reading XML instead of the binary .qm keeps
this module short and needs no knowledge of Qt's hash tables; a catalogue of a few hundred
messages parses in a few milliseconds, once per process (simtool.i18n caches it).

Messages count the way `lrelease` counts them: an empty translation and a message marked
vanished/obsolete (its source text is gone from the code) are left out, so the CLI and the
GUI always agree.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

logger = logging.getLogger(__name__)

CATALOGUE_PREFIX = "simtool_"
# Translation "type" attributes lrelease leaves out of the compiled catalogue.
INACTIVE_KINDS = frozenset({"vanished", "obsolete"})


@dataclass(frozen=True)
class Location:
    filename: str  # relative to the .ts file, as Qt Linguist writes it
    line: int


@dataclass(frozen=True)
class TsMessage:
    """One <message> of a .ts file."""

    context: str
    source: str
    translation: str = ""
    kind: str = ""  # "" (finished), "unfinished", "vanished" or "obsolete"
    comment: str = ""
    locations: tuple[Location, ...] = field(default=())

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)

    @property
    def active(self) -> bool:
        """True when lrelease would ship this translation."""
        return bool(self.translation) and self.kind not in INACTIVE_KINDS

    @property
    def finished(self) -> bool:
        """True when a translator has done this message (not merely drafted it)."""
        return bool(self.translation) and self.kind == ""


@dataclass(frozen=True)
class TsFile:
    language: str | None
    source_language: str | None
    messages: tuple[TsMessage, ...]


def _text(element: ET.Element | None) -> str:
    return "" if element is None or element.text is None else element.text


def _translation(message: ET.Element) -> tuple[str, str]:
    element = message.find("translation")
    if element is None:
        return "", "unfinished"
    kind = element.get("type", "")
    forms = element.findall("numerusform")
    # simtool has no plural messages; if one appears, its first form is the best fallback.
    text = _text(forms[0]) if forms else _text(element)
    return text, kind


def _root(data: bytes | str) -> ET.Element:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValueError(f"not a .ts file: {exc}") from exc
    if root.tag != "TS":
        raise ValueError(f"not a .ts file: root element is <{root.tag}>")
    return root


def parse_ts(data: bytes | str) -> TsFile:
    """Parse the text of a Qt Linguist .ts file. Raises ValueError when it is not one."""
    root = _root(data)
    messages: list[TsMessage] = []
    for context in root.iter("context"):
        context_name = _text(context.find("name"))
        for message in context.iter("message"):
            translation, kind = _translation(message)
            locations = tuple(
                Location(loc.get("filename", ""), int(loc.get("line", "0") or 0))
                for loc in message.iter("location")
            )
            messages.append(TsMessage(
                context=context_name,
                source=_text(message.find("source")),
                translation=translation,
                kind=kind,
                comment=_text(message.find("comment")),
                locations=locations,
            ))
    return TsFile(root.get("language"), root.get("sourcelanguage"), tuple(messages))


def ts_resource(lang: str) -> Traversable:
    """The shipped .ts source of `lang` (it may not exist)."""
    return resources.files("simtool.resources") / "translations" / f"{CATALOGUE_PREFIX}{lang}.ts"


def qm_path(lang: str) -> Path | None:
    """The compiled .qm for the GUI's QTranslator, or None when there is none for `lang`."""
    folder = resources.files("simtool") / "data" / "translations"
    candidate = folder / f"{CATALOGUE_PREFIX}{lang}.qm"
    return Path(str(candidate)) if candidate.is_file() else None


def catalogue_from_ts(ts: TsFile) -> dict[tuple[str, str], str]:
    return {message.key: message.translation for message in ts.messages if message.active}


def catalogue_from_xml(data: bytes | str) -> dict[tuple[str, str], str]:
    """Same result as catalogue_from_ts(parse_ts(data)), in about half the time: the CLI
    pays for this on every Chinese run, so it skips locations, comments and dataclasses."""
    catalogue: dict[tuple[str, str], str] = {}
    for context in _root(data).iter("context"):
        context_name = _text(context.find("name"))
        for message in context.iter("message"):
            translation, kind = _translation(message)
            if translation and kind not in INACTIVE_KINDS:
                catalogue[(context_name, _text(message.find("source")))] = translation
    return catalogue


def load_catalogue(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation for `lang`; empty when there is none.

    Never raises: a missing or damaged catalogue means English, with a warning in the log.
    """
    resource = ts_resource(lang)
    try:
        data = resource.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return {}
    except OSError as exc:
        logger.warning("cannot read the %s translations: %s", lang, exc)
        return {}
    try:
        return catalogue_from_xml(data)
    except ValueError as exc:
        logger.warning("the %s translations are damaged, showing English: %s", lang, exc)
        return {}
