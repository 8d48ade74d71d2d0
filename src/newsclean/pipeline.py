"""The pipeline: cleaners in order, their changes applied and traced."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from time import process_time
from typing import Any

from .cleaner import Cleaner, Draft
from .language import detect_language
from .registry import PluginError, builtin_classes, lookup, registered
from .settle import settle
from .tracking import TrackedText


@dataclass(slots=True)
class CleanerStats:
    """What one cleaner cost and did over the documents a pipeline ran on (``--stats``)."""

    name: str
    documents: int = 0
    documents_skipped: int = 0  # its ``could_apply`` said no
    documents_touched: int = 0  # it changed the text
    changes: int = 0
    seconds: float = 0.0  # CPU time, its ``could_apply`` included


def stats_table(stats: Sequence[CleanerStats]) -> str:
    """The stats as a plain table, costliest cleaner first.

    >>> print(stats_table([CleanerStats("unicode", 2, 1, 1, 3, 0.5)]))
    cleaner           docs  skipped  touched  changes   cpu s  share
    unicode              2        1        1        3   0.500   100%
    """
    total = sum(s.seconds for s in stats) or 1.0
    rows = [f"{'cleaner':<15} {'docs':>6} {'skipped':>8} {'touched':>8} {'changes':>8} {'cpu s':>7} {'share':>6}"]
    for s in sorted(stats, key=lambda s: -s.seconds):
        rows.append(
            f"{s.name:<15} {s.documents:>6} {s.documents_skipped:>8} {s.documents_touched:>8} {s.changes:>8}"
            f" {s.seconds:>7.3f} {s.seconds / total:>6.0%}"
        )
    return "\n".join(rows)


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
        if both := sorted(set(only) & set(disable)):
            raise PluginError(f"cleaner {', '.join(map(repr, both))} is both chosen (only) and switched off (disable)")
        for name in [*only, *disable, *options]:
            lookup(name)
        if cleaners is None:
            names = order(list(registered()))
            if only:
                names = [n for n in names if n in only]
            names = [n for n in names if n not in disable]
            cleaners = [configure(lookup(n).cls, options.get(n, {})) for n in names]
        self.cleaners: tuple[Cleaner, ...] = tuple(cleaners)
        self.stats: tuple[CleanerStats, ...] = ()
        self.reset_stats()
        # Cleaners that judge by context run again on the output until it holds (see ``settle``);
        # ``settle=False`` trades that guarantee for about a quarter less CPU time.
        self.settle = settle

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cleaners)

    def run(self, raw: str) -> Draft:
        draft = Draft(TrackedText(raw), language=detect_language(raw))
        for cleaner, stat in zip(self.cleaners, self.stats, strict=True):
            start = process_time()
            if cleaner.could_apply(draft.text, draft):
                changes = draft.tracked.apply(cleaner.propose(draft.text, draft), cleaner.name)
                stat.documents_touched += changes > 0
                stat.changes += changes
            else:
                stat.documents_skipped += 1
            stat.documents += 1
            stat.seconds += process_time() - start
        if self.settle:
            settle(draft, self.cleaners)
        return draft

    def reset_stats(self) -> None:
        """Start counting time and work afresh."""
        self.stats = tuple(CleanerStats(c.name) for c in self.cleaners)

    def __repr__(self) -> str:
        return f"Pipeline({', '.join(self.names)})"


def configure(cls: type[Cleaner], values: Mapping[str, Any]) -> Cleaner:
    """Build ``cls`` with ``values`` as options, converting strings from the command line."""
    fields = {f.name: f for f in dataclasses.fields(cls)} if dataclasses.is_dataclass(cls) else {}
    kwargs = {}
    for key, value in values.items():
        if key not in fields:
            raise PluginError(f"cleaner {cls.name!r} has no option {key!r}; its options: {', '.join(fields) or 'none'}")
        kind = type(fields[key].default)
        where = f"{cls.name}.{key}"
        value = _convert(value, kind, where) if isinstance(value, str) and kind is not str else value
        kwargs[key] = _checked(value, kind, cls.ranges.get(key), where)
    return cls(**kwargs)


def _checked(value: Any, kind: type, bounds: tuple[Any, Any] | None, where: str) -> Any:
    """Refuse an option value of the wrong type, not finite (``nan``) or out of the cleaner's declared range."""
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind in (bool, int, float, str) and (type(value) is not kind):
        raise PluginError(f"{where}: {value!r} is not a valid {kind.__name__}")
    if kind in (int, float):
        if not math.isfinite(value):
            raise PluginError(f"{where}: {value!r} is not a finite number")
        low, high = bounds or ((0, None) if kind is int else (None, None))
        if low is not None and value < low or high is not None and value > high:
            span = f"{'' if low is None else low}..{'' if high is None else high}"
            raise PluginError(f"{where}: {value!r} is out of range ({span})")
    return value


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
