"""etl/extract/placenames.py and the place choice of figures.py."""

import pytest

from etl.extract import extract
from tests.conftest import extracted_rows as rows

PLACES = [
    pytest.param("Air defence shot down 14 drones over the Sumy region overnight.", "Sumy Oblast", id="region"),
    pytest.param("Three people were injured in Kharkov, the mayor said.", "Kharkiv", id="old-spelling"),
    pytest.param("Air defence shot down 9 drones over Odessa, officials said.", "Odesa", id="odessa"),
    pytest.param(
        "The ministry said it destroyed 25 drones, including 10 in the Kursk region.",
        "Kursk Oblast",
        id="sub-place-of-including",
    ),
    pytest.param(
        "Russia said it downed 40 drones launched from the Kharkiv region.", "Russia", id="launch-area-is-an-origin"
    ),
    pytest.param(
        "Ukraine's air force said Russia launched 50 drones overnight.",
        "Ukraine",
        id="national-total-defaults-to-the-target-country",
    ),
    pytest.param(
        "Twelve flights were delayed at Sheremetyevo Airport.", "Sheremetyevo International Airport", id="airport"
    ),
]


@pytest.mark.parametrize("text, place", PLACES)
def test_places(text, place):
    places = [f.place for f in extract(text).figures if f.value is not None]
    assert places and places[-1] == place


def test_each_gives_one_row_per_place():
    text = (
        "The ministry said it destroyed 9 drones over the Bryansk region "
        "and four each over the Oryol region and Crimea."
    )
    assert rows(text, "value", "place") == [(4, "Crimea"), (4, "Oryol Oblast"), (9, "Bryansk Oblast")]
