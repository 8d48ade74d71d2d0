import json
import os
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from hypothesis import settings

# The suite draws the same examples on every run, so a result can be reproduced
# anywhere; HYPOTHESIS_PROFILE=explore draws new ones on each run to hunt for bugs.
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
SCHEMA = json.loads(files("newsclean").joinpath("schema.json").read_text("utf-8"))


def validate(record: dict) -> None:
    """Every output the tests see must match the shipped JSON Schema."""
    jsonschema.validate(record, SCHEMA)


@pytest.fixture(params=SEEDS, ids=[p.stem[:3] for p in SEEDS])
def seed(request):
    return request.param
