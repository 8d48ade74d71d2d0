"""newsclean: raw news text in, canonical documents with traceable repairs out."""

from .api import clean, clean_file
from .batch import Failed, Rendered, clean_many
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
    "Failed",
    "InputError",
    "Pipeline",
    "PluginError",
    "Rendered",
    "clean",
    "clean_file",
    "clean_many",
    "__version__",
]
