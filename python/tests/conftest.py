"""Paths shared by the tests: the repository (PARLEY_SOURCE_DIR, set by ctest) and the
optional community data (PARLEY_SHARED_DATA); tests that need the data skip without it."""
import os
import pathlib

import pytest

SOURCE = pathlib.Path(os.environ.get("PARLEY_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
SHARED = pathlib.Path(os.environ.get("PARLEY_SHARED_DATA", SOURCE.parent / "shared" / "data"))
FIXTURES = SOURCE / "tests" / "fixtures"
EXAMPLES = SOURCE / "scenarios" / "examples"
FLAGSHIP = SOURCE / "scenarios" / "russia-ukraine"


def shared(relative):
    """A path in the shared community data, or a skip when it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


@pytest.fixture
def laptop():
    import parley
    return parley.load(EXAMPLES / "laptop.yaml")
