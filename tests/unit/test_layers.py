"""Imports go down, never up (DESIGN.md, "Layers"): every `simtool` import in the package,
lazy ones inside functions included, is checked against the layer order below."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[2] / "simtool"

# Lowest first. A module may import its own layer and the layers below it.
LAYERS: list[set[str]] = [
    # the ground: the facts model and what every layer uses
    {"simtool", "errors", "i18n", "i18n_catalog", "log", "paths", "fileio", "facts", "quality",
     "safetext", "extras"},
    {"transport"},
    {"at"},
    {"vendors", "providers", "sim"},
    {"sources"},
    {"actions"},
    {"diagnosis"},
    {"report"},
    {"runner"},
    {"cli", "gui", "__main__"},     # the faces
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _unit(module: str) -> str:
    """'simtool.sources.at.reader' -> 'sources'; 'simtool' and its top-level names ->
    'simtool'; 'simtool.facts' -> 'facts'."""
    parts = module.split(".")
    is_module = len(parts) > 1 and ((PACKAGE / parts[1]).is_dir()
                                    or (PACKAGE / f"{parts[1]}.py").is_file())
    return parts[1] if is_module else "simtool"


def _source_of(module: str) -> str | None:
    """'simtool.sources.at.reader' -> 'at': which source package a module belongs to (None
    for the modules all sources share: simtool.sources.base, .discovery)."""
    parts = module.split(".")
    if len(parts) > 2 and parts[1] == "sources" and (PACKAGE / "sources" / parts[2]).is_dir():
        return parts[2]
    return None


def _modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        yield name, path


def _imports(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


MODULES = list(_modules())


def test_every_package_has_a_layer() -> None:
    units = {_unit(name) for name, _path in MODULES}
    assert units <= set(RANK), f"add to LAYERS: {sorted(units - set(RANK))}"


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[name for name, _ in MODULES])
def test_imports_go_down(module: str, path: Path) -> None:
    here = _unit(module)
    upward = sorted({name for name in _imports(path)
                     if name.split(".")[0] == "simtool"
                     and RANK.get(_unit(name), 0) > RANK[here]})
    assert not upward, f"{module} ({here}) imports a higher layer: {upward}"


@pytest.mark.parametrize(("module", "path"),
                         [(name, path) for name, path in MODULES if _source_of(name)],
                         ids=[name for name, _ in MODULES if _source_of(name)])
def test_sources_do_not_import_each_other(module: str, path: Path) -> None:
    mine = _source_of(module)
    others = sorted({name for name in _imports(path)
                     if _source_of(name) not in (None, mine)})
    assert not others, f"{module} imports another source: {others}"
