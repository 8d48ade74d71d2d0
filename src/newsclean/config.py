"""Settings from ``newsclean.toml`` or the ``[tool.newsclean]`` table of ``pyproject.toml``.

Precedence, lowest first: built-in defaults, the config file, command-line
flags (and, from Python, the arguments given to ``Pipeline``)::

    [tool.newsclean]
    disable = ["double_spacing"]

    [tool.newsclean.options.hyphenation]
    # option = value
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_KEYS = {"only", "disable", "options"}


def load_config(path: Path | None = None, cwd: Path | None = None) -> dict[str, Any]:
    """The settings table from ``path``, or from the files found in ``cwd``."""
    if path is not None:
        table = _read(path, nested=path.name == "pyproject.toml")
        if table is None:
            raise InputError(f"{path}: no [tool.newsclean] table")
        return _checked(table, path)
    here = cwd or Path.cwd()
    for name, nested in (("newsclean.toml", False), ("pyproject.toml", True)):
        candidate = here / name
        if candidate.is_file():
            table = _read(candidate, nested)
            if table is not None:
                return _checked(table, candidate)
    return {}


def _read(path: Path, nested: bool) -> dict[str, Any] | None:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"cannot read config {path}: {exc}") from None
    if nested:
        return data.get("tool", {}).get("newsclean")
    return data


def _checked(table: dict[str, Any], path: Path) -> dict[str, Any]:
    unknown = set(table) - _KEYS
    if unknown:
        raise InputError(f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}")
    return table
