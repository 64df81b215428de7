"""Who reported a figure: official or not, the air force or not, and the side it speaks for."""

import pytest

from etl.speakers import load_speakers

SIDES = [
    pytest.param("Russian defence ministry", "", "russia", id="side-word"),
    pytest.param("Ukraine’s Air Force", "", "ukraine", id="curly-possessive"),
    pytest.param("Kyiv Mayor Vitali Klitschko", "", "ukraine", id="capital-as-side-word"),
    pytest.param("Mayor Sergey Sobyanin", "RU", "russia", id="named-speaker"),
    pytest.param("Rosaviatsiya", "", "russia", id="named-agency"),
    pytest.param("Governor Oleh Kiper", "UA", "ukraine", id="official-takes-its-country"),
    pytest.param("Defense Ministry", "RU", "russia", id="bare-ministry-over-russia"),
    pytest.param("Local media", "UA", "", id="media-no-side"),
    pytest.param("", "UA", "", id="unattributed"),
    pytest.param("Russian and Ukrainian officials", "UA", "", id="both-sides-named"),
]


@pytest.mark.parametrize("reported_by, country, side", SIDES)
def test_side(reported_by, country, side):
    assert load_speakers().side(reported_by, country) == side


@pytest.mark.parametrize(
    "reported_by, official, air_force",
    [
        pytest.param("Ukraine's Air Force", True, True, id="air-force"),
        pytest.param("Ukrainian Air Force Commander Mykola Oleshchuk", True, True, id="its-commander"),
        pytest.param("air force spokesman Yuriy Ihnat", True, True, id="its-spokesman"),
        pytest.param("Russian air force", True, False, id="not-the-ukrainian-one"),
        pytest.param("Governor Oleh Syniehubov", True, False, id="governor"),
        pytest.param("city officials", True, False, id="officials"),
        pytest.param("Ukrinform", False, False, id="news-agency"),
        pytest.param("forceful critics", False, False, id="no-word-inside-another"),
    ],
)
def test_official_and_air_force(reported_by, official, air_force):
    speakers = load_speakers()
    assert (speakers.is_official(reported_by), speakers.is_air_force(reported_by)) == (official, air_force)
