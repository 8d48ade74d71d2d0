"""The pipeline: cleaners in order, their changes applied and traced."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .cleaner import Cleaner, Draft
from .language import detect_language
from .registry import PluginError, builtin_classes, lookup, registered
from .settle import settle
from .tracking import TrackedText


class Pipeline:
    """An ordered list of configured cleaners.

    >>> Pipeline(disable=["reflow"]).names[:3]
    ('unicode', 'columns', 'interleave')
    """

    def __init__(
        self,
        cleaners: Sequence[Cleaner] | None = None,
        *,
        only: Iterable[str] = (),
        disable: Iterable[str] = (),
        options: Mapping[str, Mapping[str, Any]] | None = None,
        settle: bool = True,
    ) -> None:
        only, disable = list(only), list(disable)
        options = dict(options or {})
        for name in [*only, *disable, *options]:
            lookup(name)
        if cleaners is None:
            names = order(list(registered()))
            if only:
                names = [n for n in names if n in only]
            names = [n for n in names if n not in disable]
            cleaners = [configure(lookup(n).cls, options.get(n, {})) for n in names]
        self.cleaners: tuple[Cleaner, ...] = tuple(cleaners)
        # Cleaners that judge by context run again on the output until it holds (see ``settle``);
        # ``settle=False`` trades that guarantee for about a quarter less CPU time.
        self.settle = settle

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cleaners)

    def run(self, raw: str) -> Draft:
        draft = Draft(TrackedText(raw), language=detect_language(raw))
        for cleaner in self.cleaners:
            draft.tracked.apply(cleaner.propose(draft.text, draft), cleaner.name)
        if self.settle:
            settle(draft, self.cleaners)
        return draft

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"


def configure(cls: type[Cleaner], values: Mapping[str, Any]) -> Cleaner:
    """Build ``cls`` with ``values`` as options, converting strings from the command line."""
    fields = {f.name: f for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else {}
    kwargs = {}
    for key, value in values.items():
        if key not in fields:
            raise PluginError(f"cleaner {cls.name!r} has no option {key!r}; its options: {', '.join(fields) or 'none'}")
        default = fields[key].default
        kwargs[key] = _convert(value, type(default), f"{cls.name}.{key}") if isinstance(value, str) else value
    return cls(**kwargs)


def _convert(value: str, kind: type, where: str) -> Any:
    try:
        if kind is bool:
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(value)
        if kind in (int, float):
            return kind(value)
    except ValueError:
        raise PluginError(f"{where}: {value!r} is not a valid {kind.__name__}") from None
    return value


def order(names: list[str]) -> list[str]:
    """Order cleaners by their ``after``/``before`` constraints.

    Built-ins keep their listed order; a plugin is placed right after the
    cleaners it names in ``after`` (or right before those in ``before``),
    and runs last when it names none.  Unknown names and cycles are errors.
    """
    classes = {n: lookup(n).cls for n in names}
    for n, cls in classes.items():
        for other in (*cls.after, *cls.before):
            if other not in classes:
                raise PluginError(f"cleaner {n!r} wants to run next to unknown cleaner {other!r}")
    builtin = {c.name for c in builtin_classes()}
    seq = [n for n in names if n in builtin]
    for n in names:
        if n in builtin:
            continue
        cls = classes[n]
        placed_after = [seq.index(o) for o in cls.after if o in seq]
        placed_before = [seq.index(o) for o in cls.before if o in seq]
        if placed_after:
            seq.insert(max(placed_after) + 1, n)
        elif placed_before:
            seq.insert(min(placed_before), n)
        else:
            seq.append(n)
    preds: dict[str, set[str]] = {n: set(classes[n].after) for n in seq}
    for n in seq:
        for other in classes[n].before:
            preds[other].add(n)
    done: list[str] = []
    pending = list(seq)
    while pending:
        ready = next((n for n in pending if preds[n] <= set(done)), None)
        if ready is None:
            raise PluginError(f"cleaners {', '.join(pending)} wait on each other in a cycle")
        pending.remove(ready)
        done.append(ready)
    return done
