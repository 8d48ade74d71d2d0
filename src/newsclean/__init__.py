"""newsclean: raw news text in, canonical documents with traceable repairs out."""

from .api import clean, clean_file
from .cleaner import Cleaner, Draft
from .errors import InputError
from .pipeline import Pipeline
from .records import Change, Document
from .registry import PluginError

__version__ = "0.1.0"

__all__ = [
    "Change",
    "Cleaner",
    "Document",
    "Draft",
    "InputError",
    "Pipeline",
    "PluginError",
    "clean",
    "clean_file",
    "__version__",
]
