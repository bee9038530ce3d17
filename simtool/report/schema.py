"""The JSON Schema of the report contract (simtool.report/1), shipped as package data.

Scripts can validate our output with any draft 2020-12 validator; we validate with
`jsonschema` when it is installed (it is a test dependency, not a runtime one).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "report.schema.json"


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files("simtool").joinpath("data", SCHEMA_FILE).read_text(encoding="utf-8")


def load_schema() -> dict[str, Any]:
    """A fresh copy of the shipped schema (callers may modify it)."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def validate(data: dict[str, Any]) -> list[str]:
    """Every way `data` breaks the contract, as readable lines; [] when it is valid."""
    try:
        import jsonschema  # type: ignore[import-untyped]  # no stubs in the venv
    except ImportError:  # runtime installs may lack it: say so instead of pretending
        return ["jsonschema is not installed: cannot validate"]
    validator = jsonschema.Draft202012Validator(load_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    return [f"{_where(e.absolute_path)}: {e.message}" for e in errors]


def _where(path: Any) -> str:
    parts = [f"[{p}]" if isinstance(p, int) else f".{p}" for p in path]
    return "$" + "".join(parts)
