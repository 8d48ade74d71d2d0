"""The built-in cleaners, in pipeline order."""

from .hyphenation import Hyphenation
from .reflow import Reflow
from .spacing import DoubleSpacing
from .unicode import Unicode
from .whitespace import Whitespace

BUILTINS = (Unicode, Whitespace, DoubleSpacing, Hyphenation, Reflow)

__all__ = ["BUILTINS", "DoubleSpacing", "Hyphenation", "Reflow", "Unicode", "Whitespace"]
