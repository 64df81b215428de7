"""etl/extract/short_names.py: a body's acronym."""

import pytest

from etl.extract.short_names import is_acronym


@pytest.mark.parametrize(
    "word, expected",
    [("RMA", True), ("MoD", True), ("SES", True), ("Kyiv", False), ("A", False), ("Mr", False), ("UAV1", False)],
)
def test_short_names(word, expected):
    assert is_acronym(word) is expected
