"""Named cleaners: the built-ins and those of installed plugins.

Plugins register a ``Cleaner`` subclass under the entry-point group
``newsclean.cleaners``; they are loaded lazily, once, on first use.  A name
may be registered only once: a plugin cannot silently replace a built-in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.metadata import entry_points, version

from .cleaner import Cleaner

ENTRY_POINT_GROUP = "newsclean.cleaners"


class PluginError(ValueError):
    """A cleaner name, option or position that cannot be honoured."""


@dataclass(frozen=True)
class Registered:
    cls: type[Cleaner]
    distribution: str
    version: str


def builtin_classes() -> tuple[type[Cleaner], ...]:
    """Built-in cleaners, in pipeline order."""
    from .cleaners import BUILTINS

    return BUILTINS


@cache
def registered() -> dict[str, Registered]:
    """Every known cleaner by name: built-ins first, then plugins."""
    own = version("newsclean") if _installed("newsclean") else "dev"
    found: dict[str, Registered] = {}
    for cls in builtin_classes():
        found[cls.name] = Registered(cls, "newsclean", own)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        try:
            cls = ep.load()
        except Exception as exc:  # a broken plugin must say which one it is
            raise PluginError(f"plugin entry point {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
        if not (isinstance(cls, type) and issubclass(cls, Cleaner)):
            raise PluginError(f"plugin entry point {ep.name!r} ({ep.value}) is not a newsclean.Cleaner subclass")
        if not cls.name:
            raise PluginError(f"plugin {ep.value} does not set a `name`")
        if cls.name in found and found[cls.name].cls is not cls:
            raise PluginError(
                f"plugin {ep.value} registers the name {cls.name!r}, which "
                f"{found[cls.name].distribution} already uses; rename the plugin's cleaner"
            )
        dist = ep.dist.name if ep.dist else "unknown"
        ver = ep.dist.version if ep.dist else "unknown"
        found[cls.name] = Registered(cls, dist, ver)
    return found


def lookup(name: str) -> Registered:
    known = registered()
    if name not in known:
        raise PluginError(f"unknown cleaner {name!r}; known cleaners: {', '.join(known)}")
    return known[name]


def _installed(dist: str) -> bool:
    try:
        version(dist)
    except Exception:
        return False
    return True
