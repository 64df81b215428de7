"""etl/extract/heads.py: the noun a quantity counts."""

import pytest

from tests.conftest import extracted_rows as rows

KNOWN_MISSES = [
    pytest.param(
        "A man was killed when debris fell on his car.",
        [("killed", "", 1, "exact")],
        id="singular-casualty-counts-as-one",
    ),
]


@pytest.mark.xfail(strict=True, reason="not handled by the grammar yet")
@pytest.mark.parametrize("text, expected", KNOWN_MISSES)
def test_known_misses(text, expected):
    assert rows(text) == expected
