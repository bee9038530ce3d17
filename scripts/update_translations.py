#!/usr/bin/env python3
"""Collect every translatable string in simtool/, merge it into the .ts catalogues, compile .qm.

    .venv/bin/python scripts/update_translations.py            # extract, merge, lrelease
    .venv/bin/python scripts/update_translations.py --check    # exit 1 if strings are missing
    .venv/bin/python scripts/update_translations.py --apply zh_CN.json   # add translations

What counts as a translatable string (read with `ast`, never by importing the code):
- `tr("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")` (the Qt-free core);
- `QCoreApplication.translate("Context", "text")` (also QApplication/QGuiApplication);
- `self.tr("text")` in a class: the context is the class name, as Qt's own lupdate does;
- calls of a module's one-line marker wrapper, e.g. `def _m(text): return
  QT_TRANSLATE_NOOP("Causes", text)` makes `_m("text")` a message in context "Causes".
Context and text must be string literals (the context may also be a module-level constant
such as `CTX = "Checks"`); any other argument is listed as a warning, because
its text will reach the user untranslated unless it is marked somewhere else.

The merge keeps every existing translation, adds new strings as unfinished, marks strings
that left the code as vanished (Qt Linguist shows them as obsolete; lrelease drops them),
and forgets vanished strings that never had a translation.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simtool.fileio import write_atomic  # noqa: E402 - needs the repo root on sys.path
from simtool.i18n import SUPPORTED  # noqa: E402
from simtool.i18n_catalog import (  # noqa: E402
    CATALOGUE_PREFIX,
    INACTIVE_KINDS,
    Location,
    TsFile,
    TsMessage,
    parse_ts,
)

SOURCE_DIR = ROOT / "simtool"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "simtool" / "data" / "translations"

CONTEXT_MARKERS = {"tr", "QT_TRANSLATE_NOOP"}  # marker(context, text)
QT_APPLICATIONS = {"QCoreApplication", "QApplication", "QGuiApplication"}
NOT_LITERAL = "not literal, not extracted (fine when the text is marked where it is defined)"
NOT_SELF = ("context is the class of the object at run time, unknown here: "
            "use self.tr() or QCoreApplication.translate()")


@dataclass
class Flag:
    """A marker call whose arguments are not literals, so its text cannot be extracted."""

    path: str
    line: int
    call: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}: {self.why}"


@dataclass
class Extraction:
    # (context, source) -> where it occurs, in source order
    messages: dict[tuple[str, str], list[Location]] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)

    def add(self, context: str, source: str, location: Location) -> None:
        self.messages.setdefault((context, source), []).append(location)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _resolve(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    """A literal, or the name of a module-level string constant, as its text."""
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return _literal(node)


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound once to a string literal, e.g. `CTX = "Checks"`."""
    seen: dict[str, list[str | None]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            seen.setdefault(target.id, []).append(_literal(value))
    return {name: values[0] for name, values in seen.items()
            if len(values) == 1 and values[0] is not None}


def _marker_call(call: ast.Call) -> tuple[ast.expr | None, ast.expr | None] | None:
    """(context node, text node) when `call` is a (context, text) marker, else None."""
    func = call.func
    is_marker = isinstance(func, ast.Name) and func.id in CONTEXT_MARKERS
    is_translate = (isinstance(func, ast.Attribute) and func.attr == "translate"
                    and isinstance(func.value, ast.Name) and func.value.id in QT_APPLICATIONS)
    if not (is_marker or is_translate):
        return None
    args = list(call.args) + [None, None]
    return args[0], args[1]


def _wrappers(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module-level one-argument functions that only wrap a marker with a fixed context."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
            continue
        body = [s for s in node.body
                if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return):
            continue
        value = body[0].value
        if not isinstance(value, ast.Call):
            continue
        marker = _marker_call(value)
        if marker is None:
            continue
        context, text = _resolve(marker[0], constants), marker[1]
        parameter = node.args.args[0].arg
        if context is not None and isinstance(text, ast.Name) and text.id == parameter:
            found[node.name] = context
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: str, location_name: str, tree: ast.Module,
                 extraction: Extraction) -> None:
        self.path = path
        self.location_name = location_name
        self.constants = _module_constants(tree)
        self.wrappers = _wrappers(tree, self.constants)
        self.extraction = extraction
        self.classes: list[str] = []
        self.functions: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast API
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]  # noqa: N815

    def _flag(self, node: ast.Call, why: str = NOT_LITERAL) -> None:
        self.extraction.flags.append(Flag(self.path, node.lineno, ast.unparse(node)[:60], why))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        self.generic_visit(node)
        where = Location(self.location_name, node.lineno)
        func = node.func
        marker = _marker_call(node)
        if marker is not None:
            context = _resolve(marker[0], self.constants)
            text = _resolve(marker[1], self.constants)
            if context is not None and text is not None:
                self.extraction.add(context, text, where)
            elif not (self.functions and self.functions[-1] in self.wrappers):
                self._flag(node)
            return
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            text = _literal(node.args[0]) if node.args else None
            on_self = isinstance(func.value, ast.Name) and func.value.id == "self"
            if on_self and text is not None and self.classes:
                self.extraction.add(self.classes[-1], text, where)
            else:
                self._flag(node, NOT_SELF if text is not None and not on_self else NOT_LITERAL)
            return
        if isinstance(func, ast.Name) and func.id in self.wrappers:
            text = _literal(node.args[0]) if node.args else None
            if text is not None:
                self.extraction.add(self.wrappers[func.id], text, where)
            else:
                self._flag(node)


def _python_files(source_dir: Path) -> Iterator[Path]:
    # os.walk does not follow symlinks: simtool/resources points back at resources/.
    for folder, dirs, files in os.walk(source_dir):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                yield Path(folder) / name


def extract(source_dir: Path = SOURCE_DIR, ts_dir: Path = TS_DIR) -> Extraction:
    """Every translatable literal under `source_dir`, located relative to `ts_dir`."""
    extraction = Extraction()
    for path in _python_files(source_dir):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        shown = path.relative_to(source_dir.parent).as_posix()
        location_name = Path(os.path.relpath(path, ts_dir)).as_posix()
        _Visitor(shown, location_name, tree, extraction).visit(tree)
    return extraction


@dataclass
class MergeResult:
    messages: list[TsMessage]
    added: int = 0
    vanished: int = 0
    dropped: int = 0


def merge(existing: Iterable[TsMessage], extraction: Extraction) -> MergeResult:
    """The new message list: extracted strings with their old translations, then vanished."""
    old = {m.key: m for m in existing}
    result = MergeResult([])
    for key, locations in extraction.messages.items():
        previous = old.pop(key, None)
        if previous is None:
            result.added += 1
            result.messages.append(TsMessage(key[0], key[1], "", "unfinished",
                                             locations=tuple(locations)))
            continue
        kind = previous.kind
        if kind in INACTIVE_KINDS:  # back in the code: its translation is good again
            kind = "" if previous.translation else "unfinished"
        result.messages.append(replace(previous, kind=kind, locations=tuple(locations)))
    for message in old.values():
        if message.translation:
            result.vanished += message.kind not in INACTIVE_KINDS
            result.messages.append(replace(message, kind="vanished", locations=()))
        else:
            result.dropped += 1
    return result


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _body(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def render_ts(language: str, messages: Iterable[TsMessage]) -> str:
    """The .ts text, laid out like lupdate's: contexts sorted, messages in source order."""
    by_context: dict[str, list[TsMessage]] = {}
    for message in messages:
        by_context.setdefault(message.context, []).append(message)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{_attr(language)}" sourcelanguage="en">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_body(context)}</name>"]
        for message in by_context[context]:
            lines.append("    <message>")
            for loc in message.locations:
                lines.append(f'        <location filename="{_attr(loc.filename)}" '
                             f'line="{loc.line}"/>')
            lines.append(f"        <source>{_body(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_body(message.comment)}</comment>")
            kind = f' type="{message.kind}"' if message.kind else ""
            lines.append(f"        <translation{kind}>{_body(message.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{CATALOGUE_PREFIX}{lang}.ts"


def qm_file(lang: str) -> Path:
    return QM_DIR / f"{CATALOGUE_PREFIX}{lang}.qm"


def read_ts(path: Path) -> TsFile:
    if not path.exists():
        return TsFile(None, "en", ())
    return parse_ts(path.read_bytes())


def lrelease_command() -> str | None:
    """pyside6-lrelease from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_qm(ts: Path, qm: Path) -> None:
    command = lrelease_command()
    if command is None:
        raise SystemExit("pyside6-lrelease not found: pip install PySide6-Essentials")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([command, "-silent", str(ts), "-qm", str(qm)], check=True)


def apply_translations(messages: list[TsMessage], entries: list[dict[str, str]]
                       ) -> tuple[list[TsMessage], list[dict[str, str]]]:
    """Fill in translations from [{context, source, translation}]; returns the unused ones."""
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries}
    updated = []
    for message in messages:
        text = wanted.pop(message.key, None)
        if text:
            kind = message.kind if message.kind in INACTIVE_KINDS else ""
            message = replace(message, translation=text, kind=kind)
        updated.append(message)
    unused = [{"context": c, "source": s, "translation": t} for (c, s), t in wanted.items()]
    return updated, unused


def untranslated(messages: Iterable[TsMessage]) -> list[TsMessage]:
    return [m for m in messages if m.kind not in INACTIVE_KINDS and not m.finished]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--lang", action="append",
                        help="catalogue to update (default: every supported language)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if strings are missing or untranslated")
    parser.add_argument("--apply", metavar="JSON", type=Path,
                        help="translations to add: a list of {context, source, translation}")
    parser.add_argument("--no-lrelease", action="store_true", help="do not compile .qm")
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop vanished strings and their translations (like lupdate's)")
    parser.add_argument("--list-untranslated", action="store_true",
                        help="print the untranslated messages as JSON (for --apply)")
    args = parser.parse_args(argv)

    extraction = extract()
    for flag in extraction.flags:
        print(f"warning: {flag}", file=sys.stderr)
    languages = args.lang or [lang for lang in SUPPORTED if lang != "en"]
    status = 0
    for lang in languages:
        path = ts_path(lang)
        result = merge(read_ts(path).messages, extraction)
        messages = result.messages
        if args.no_obsolete:
            messages = [m for m in messages if m.kind not in INACTIVE_KINDS]
        if args.apply:
            entries = json.loads(args.apply.read_text(encoding="utf-8"))
            messages, unused = apply_translations(messages, entries)
            for entry in unused:
                print(f"warning: not in the catalogue: {entry['context']}: {entry['source']!r}",
                      file=sys.stderr)
        todo = untranslated(messages)
        text = render_ts(lang, messages)
        stale = not path.exists() or path.read_text(encoding="utf-8") != text
        print(f"{lang}: {len(extraction.messages)} strings, {result.added} new, "
              f"{result.vanished} vanished, {result.dropped} dropped, "
              f"{len(todo)} untranslated", file=sys.stderr)
        if args.list_untranslated:
            json.dump([{"context": m.context, "source": m.source, "translation": ""}
                       for m in todo], sys.stdout, ensure_ascii=False, indent=1)
            print()
        if args.check:
            # Moved line numbers alone do not make a catalogue stale; new or vanished strings do.
            missing = result.added + result.vanished + result.dropped
            if missing or todo:
                print(f"{lang}: {missing} strings to merge, {len(todo)} untranslated",
                      file=sys.stderr)
                status = 1
            continue
        if stale:
            write_atomic(path, text)
            path.chmod(0o644)  # mkstemp makes it private; this is a source file
        if not args.no_lrelease:
            compile_qm(path, qm_file(lang))
    return status


if __name__ == "__main__":
    sys.exit(main())
