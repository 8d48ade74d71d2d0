import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
SCHEMA = json.loads(files("newsclean").joinpath("schema.json").read_text("utf-8"))


def validate(record: dict) -> None:
    """Every output the tests see must match the shipped JSON Schema."""
    jsonschema.validate(record, SCHEMA)


@pytest.fixture(params=SEEDS, ids=[p.stem[:3] for p in SEEDS])
def seed(request):
    return request.param
