"""Find patterns whose work grows faster than their input.

Every compiled pattern at module level in newsclean is run (unanchored, as
``finditer`` runs it) over long runs of one shape (capitals, spaces, a list
of names, ...) at two sizes; a pattern whose CPU time grows much more than
the input does is listed with the shape.  Run it after adding a pattern:

    python benchmarks/regex_audit.py            # 2,000 and 8,000 characters
    python benchmarks/regex_audit.py 4000       # 4,000 and 16,000

It prints nothing but the count when every pattern is linear on every shape.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import time

import regex

import newsclean

SHAPES = {
    "capitals": "A",
    "lower": "a",
    "digits": "1",
    "spaces": " ",
    "capitalised words": "A ",
    "names": "Ann Lee, ",
    "initials": "A.",
    "lines": "A\n",
    "blank lines": "\n\n",
    "quotes": "“a ",
    "dashes": "- ",
    "addresses": "http://a.b/",
    "hyphens": "Ab-",
    "tabs": "a\t",
    "speech": "Ann said ",
    "parentheses": "(A ",
    "colons": "A: ",
    "numbered": "1. ",
    "line-end hyphens": "a-\n",
}
GROWTH = 8  # 4x the input: linear work grows ~4x, quadratic ~16x
NOTICEABLE = 0.03  # seconds of CPU at the larger size below which growth is noise


def patterns() -> dict[str, regex.Pattern | re.Pattern]:
    found: dict[str, regex.Pattern | re.Pattern] = {}
    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                isinstance(value, (regex.Pattern, re.Pattern))
                and isinstance(value.pattern, str)
                and id(value) not in seen
            ):
                seen.add(id(value))
                found[f"{info.name}.{name}"] = value
    return found


def cost(pattern: regex.Pattern | re.Pattern, text: str) -> float:
    start = time.process_time()
    for _ in pattern.finditer(text):
        pass
    return time.process_time() - start


def main(size: int = 2000) -> int:
    found = patterns()
    print(f"{len(found)} patterns, {len(SHAPES)} shapes, {size} and {4 * size} characters")
    slow = 0
    for name, pattern in found.items():
        for shape, unit in SHAPES.items():
            small = (unit * size)[:size]
            large = (unit * 4 * size)[: 4 * size]
            a, b = cost(pattern, small), cost(pattern, large)
            if b > NOTICEABLE and b > GROWTH * max(a, 1e-4):
                slow += 1
                print(f"{name}: {shape}: {a:.3f}s -> {b:.3f}s")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000))
