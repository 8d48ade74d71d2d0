"""Agency datelines (``WASHINGTON (Reuters) -``) out of the body, into metadata."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsclean import Change, Cleaner, Draft

# A place in capitals, optionally a date, the agency in brackets, a dash.
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]{1,40}?(?:, [A-Z][a-zA-Z.]{1,20})?)"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}))? "
    r"\((?P<agency>[A-Z][A-Za-z&. ]{1,30})\) ?[-–—] ?",
    re.M,
)


@dataclass(frozen=True)
class Datelines(Cleaner):
    """Move agency datelines (``WASHINGTON (Reuters) -``) from paragraph starts into metadata."""

    name = "datelines"
    after = ("reflow",)
    deletes = frozenset({"dateline"})
    set_publisher: bool = True

    def propose(self, text: str, draft: Draft) -> Iterator[Change]:
        for m in _DATELINE.finditer(text):
            if self.set_publisher:
                draft.set_once("publisher", m.group("agency"))
            yield Change(m.start(), m.end(), "", "agency dateline", remove=True, into="publisher")
