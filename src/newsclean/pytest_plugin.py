"""pytest plugin (entry point ``pytest11``): the conformance check as a fixture.

def test_my_cleaner(newsclean_conformance):
    newsclean_conformance(MyCleaner())
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from .cleaner import Cleaner


@pytest.fixture
def newsclean_conformance() -> Callable[..., None]:
    """``check_cleaner``: every invariant checked on generated text."""
    from .testing import check_cleaner

    return check_cleaner


def cleaner_params(cleaners: list[Cleaner]) -> pytest.MarkDecorator:
    """``@cleaner_params([...])`` parametrizes a test over cleaners, one id each."""
    return pytest.mark.parametrize("cleaner", cleaners, ids=[c.name for c in cleaners])
