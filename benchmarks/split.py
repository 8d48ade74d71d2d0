"""The fixed fit/check split of all development data.

Every change is judged on the check half; parameters are fitted on the fit
half only.  Pages are split by site, so that no site's template is seen on
both sides, and a PDF goes with the site of the article it was typeset from.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

Half = Literal["fit", "check"]
HALVES: tuple[Half, Half] = ("fit", "check")


def site(url: str) -> str:
    """The site a page belongs to: its host without ``www.``."""
    host = (urlsplit(url).hostname or url).lower()
    return host.removeprefix("www.")


def half(key: str) -> Half:
    """The half ``key`` (a site) falls in: a stable hash, the same on every machine."""
    return "fit" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def gold_half(gold: Path) -> Half:
    """The half of one gold file, by the site of its page (``url``) or of its source article (``source_url``)."""
    record = json.loads(gold.read_text("utf-8"))
    return half(site(record.get("url") or record.get("source_url") or record.get("id") or gold.stem))
