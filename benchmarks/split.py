"""The fixed fit/check split of newsclean's development data.

Thresholds and weights are fitted on the ``fit`` half and judged on the
``check`` half.  The split goes by site, not by document: pages of one site
share templates and bylines, so a document whose sibling was fitted on would
flatter the check half.  The half of a key is a hash, so it never moves when
documents are added or removed.

    >>> half("example.com") in ("fit", "check")
    True
    >>> site("https://www.example.com/a/b?c=1")
    'example.com'
    >>> half_of_url("https://www.example.com/news/1") == half("example.com")
    True
"""

from __future__ import annotations

import hashlib
from typing import Literal
from urllib.parse import urlsplit

Half = Literal["fit", "check"]


def half(key: str) -> Half:
    """``fit`` or ``check`` for a key, by the parity of the first byte of its SHA-1."""
    return "fit" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def site(url: str) -> str:
    """The site of a URL: its host in lower case, without a leading ``www.``."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    if not host:
        raise ValueError(f"not an absolute URL: {url!r}")
    return host.removeprefix("www.")


def half_of_url(url: str) -> Half:
    """The half of a document by the site it came from."""
    return half(site(url))
