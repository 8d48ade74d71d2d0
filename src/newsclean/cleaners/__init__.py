"""The built-in cleaners, in pipeline order."""

from .boilerplate import Boilerplate
from .byline import Byline
from .captions import Captions
from .columns import Columns
from .dateline import Dateline
from .discussion import Discussion
from .double_spacing import DoubleSpacing
from .dropcaps import DropCaps
from .footnotes import Footnotes
from .furniture import Furniture
from .hyphenation import Hyphenation
from .interleave import Interleave
from .letterspacing import LetterSpacing
from .metadata import Metadata
from .reading_order import ReadingOrder
from .reflow import Reflow
from .unicode import Unicode
from .whitespace import Whitespace

BUILTINS = (
    Unicode,
    Columns,
    Interleave,
    Whitespace,
    DoubleSpacing,
    LetterSpacing,
    Footnotes,
    Furniture,
    DropCaps,
    Captions,
    ReadingOrder,
    Discussion,
    Metadata,
    Dateline,
    Byline,
    Boilerplate,
    Hyphenation,
    Reflow,
)

__all__ = [
    "BUILTINS",
    "Boilerplate",
    "Byline",
    "Captions",
    "Columns",
    "Dateline",
    "Discussion",
    "DoubleSpacing",
    "DropCaps",
    "Footnotes",
    "Furniture",
    "Hyphenation",
    "Interleave",
    "LetterSpacing",
    "Metadata",
    "ReadingOrder",
    "Reflow",
    "Unicode",
    "Whitespace",
]
