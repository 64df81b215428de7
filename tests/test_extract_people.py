"""etl/extract/people.py: what a source's words name (a person, a title and surname, a body)."""

import pytest

from etl.extract.people import is_person_name, is_vacant_title, names_body, placed_role, titled_surname
from etl.lexicon import load_lexicon

NAMES = [
    pytest.param("Kyrylo Tymoshenko", True, id="a-person"),
    pytest.param("Oleh Syniehubov", True, id="another-person"),
    pytest.param("Governor Oleh Syniehubov", False, id="a-title-first"),
    pytest.param("Tymoshenko", False, id="a-surname-alone"),
    pytest.param("the regional governor", False, id="a-role"),
]


@pytest.mark.parametrize("source, person", NAMES)
def test_person_names(source, person):
    assert is_person_name(source) is person


VACANT_TITLES = [
    pytest.param("head of the Kharkiv Regional Military Administration", True, id="an-office-alone"),
    pytest.param("head of the Sumy OVA", True, id="an-acronym-is-no-name"),
    pytest.param("head of the Kharkiv Regional Military Administration Oleh Syniehubov", False, id="with-its-holder"),
    pytest.param("the regional governor", False, id="a-role-is-no-title"),
]


@pytest.mark.parametrize("source, vacant", VACANT_TITLES)
def test_titles_named_without_their_holder(source, vacant):
    assert is_vacant_title(source, load_lexicon()) is vacant


BODIES = [
    pytest.param("Air Force", True, id="air-force"),
    pytest.param("State Emergency Service", True, id="emergency-service"),
    pytest.param("Yurii Ihnat", False, id="a-person-is-no-body"),
]


@pytest.mark.parametrize("source, body", BODIES)
def test_names_of_bodies(source, body):
    assert names_body(source, load_lexicon()) is body


TITLED = [
    pytest.param("Mayor Terekhov", ("Mayor", "Terekhov"), id="title-and-surname"),
    pytest.param("Kharkiv Regional Governor Syniehubov", ("Kharkiv Regional Governor", "Syniehubov"), id="long-title"),
    pytest.param("Gov. Gladkov", ("Gov.", "Gladkov"), id="abbreviated"),
    pytest.param("Ihor Terekhov", None, id="a-first-name-is-no-title"),
    pytest.param("Mayor Ihor Terekhov", None, id="named-in-full"),
    pytest.param("the mayor", None, id="a-role-alone"),
]


@pytest.mark.parametrize("source, expected", TITLED)
def test_titled_surnames(source, expected):
    assert titled_surname(source, load_lexicon()) == expected


PLACED_ROLES = [
    pytest.param("Lviv mayor", ("Lviv", "mayor"), id="a-towns-mayor"),
    pytest.param("Kharkiv Oblast Governor", ("Kharkiv", "governor"), id="a-regions-governor"),
    pytest.param("Mayor Ihor Terekhov", None, id="a-titled-name"),
    pytest.param("Lviv mayor Andriy Sadovyi", None, id="a-name-after-the-role"),
    pytest.param("Lviv city council", None, id="a-body-is-no-person"),
    pytest.param("Regional governor", None, id="no-place"),
]


@pytest.mark.parametrize("source, expected", PLACED_ROLES)
def test_a_places_role_without_a_name(source, expected):
    assert placed_role(source, load_lexicon()) == expected
