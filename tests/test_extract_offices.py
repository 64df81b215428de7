"""etl/extract/offices.py: offices by their acronyms and levels."""

import pytest

from etl.extract.offices import office_acronym_spelt, region_named, same_level, spelt_body, spelt_out
from etl.lexicon import load_lexicon
from etl.places import default_gazetteer

LEVELS = [
    pytest.param("the district military administration", "Oblast Military Administration", False, id="district-oblast"),
    pytest.param("the regional governor", "Poltava Oblast Military Administration", True, id="regional-oblast"),
    pytest.param("the head", "Poltava Oblast Military Administration", True, id="no-level-named"),
    pytest.param("the energy ministry", "Ministry of Defence", False, id="energy-defence"),
    pytest.param("the city council", "Poltava City Military Administration", True, id="city-city"),
]


@pytest.mark.parametrize("source, other, expected", LEVELS)
def test_levels_of_offices(source, other, expected):
    assert same_level(source, other, lex=load_lexicon()) is expected


SPELT_OUT = [
    pytest.param("RMA", "head of the Kharkiv Regional Military Administration", True, id="initials-in-a-row"),
    pytest.param("KCMA", "Kyiv City Military Administration", True, id="four-letters"),
    pytest.param("MoD", "Ministry of Defence", False, id="two-capitals-are-too-few"),
    pytest.param("SES", "State Emergency Service", True, id="a-service"),
    pytest.param("RMA", "Regional Administration of the Military", False, id="letters-out-of-order"),
    pytest.param("OMA", "Oblast Military and Civil Administration", False, id="a-word-between"),
]


@pytest.mark.parametrize("acronym, text, expected", SPELT_OUT)
def test_short_names_spelt_out(acronym, text, expected):
    assert spelt_out(acronym, text) is expected


SPELT_BODIES = [
    pytest.param(
        "RMA",
        "head of the Zaporizhzhia Regional Military Administration, Ivan Fedorov",
        "Zaporizhzhia Regional Military Administration",
        id="the-body-not-its-head",
    ),
    pytest.param("KCMA", "Kyiv City Military Administration", "Kyiv City Military Administration", id="whole-name"),
    pytest.param(
        "SES", "the State Emergency Service of Ukraine", "State Emergency Service", id="words-after-it-are-not-its"
    ),
]


@pytest.mark.parametrize("acronym, text, body", SPELT_BODIES)
def test_the_body_a_short_name_stands_for(acronym, text, body):
    assert spelt_body(acronym, text) == body


OFFICE_ACRONYMS = [
    pytest.param("Volyn OVA", "Volyn Oblast Military Administration (OVA)", id="a-regions-military-administration"),
    pytest.param("Kherson MVA", "Kherson City Military Administration (MVA)", id="a-citys-military-administration"),
    pytest.param("Sumy ODA", "Sumy Oblast State Administration (ODA)", id="a-state-administration"),
    pytest.param("OVA", "", id="no-place-is-left-to-the-article"),
    pytest.param("the Volyn OVA", "", id="a-lower-case-word-is-no-place"),
    pytest.param("Kharkiv SBU", "", id="an-acronym-of-no-office"),
    pytest.param(
        "head of the Poltava RMA",
        "head of the Poltava Regional Military Administration (RMA)",
        id="its-heads-title-kept",
    ),
    pytest.param("head of the RMA", "", id="a-head-of-no-place"),
]


@pytest.mark.parametrize("source, spelt", OFFICE_ACRONYMS)
def test_a_places_office_by_its_acronym(source, spelt):
    assert office_acronym_spelt(source, load_lexicon()) == spelt


REGIONS_NAMED = [  # (source, the figure's place, the source as the table gives it)
    pytest.param(
        "head of the region, Vyacheslav Gladkov",
        "Shebekino",
        "head of the Belgorod region, Vyacheslav Gladkov",
        id="the-region-is-the-figures",
    ),
    pytest.param("region's governor", "Belgorod", "Belgorod region's governor", id="the-regions-governor"),
    pytest.param("regional police", "Kharkiv", "Kharkiv regional police", id="a-regional-body"),
    pytest.param(
        "Oleh Syniehubov, head of the regional military administration",
        "Kharkiv Oblast",
        "Oleh Syniehubov, head of the Kharkiv regional military administration",
        id="a-name-then-its-office",
    ),
    pytest.param("Governor Ihor Taburets", "Cherkasy", "Cherkasy Governor Ihor Taburets", id="a-governors-title"),
    pytest.param(
        "Rostov region Governor Yuri Slyusar", "Taganrog", "Rostov region Governor Yuri Slyusar", id="a-region-named"
    ),
    pytest.param(
        "Volyn Oblast Military Administration (OVA)",
        "Lutsk",
        "Volyn Oblast Military Administration (OVA)",
        id="a-region-named-by-its-stem",
    ),
    pytest.param("regional governor", "Ukraine", "regional governor", id="a-national-figure-has-no-region"),
    pytest.param("regional governor", "Zolochiv", "regional governor", id="namesakes-in-two-regions"),
    pytest.param("regional governor", "Kyiv", "regional governor", id="a-city-that-is-its-own-region"),
    pytest.param("Air Force", "Kharkiv", "Air Force", id="no-regional-office"),
    pytest.param("Mayor Ihor Terekhov", "Kharkiv", "Mayor Ihor Terekhov", id="a-mayor-is-no-regions"),
    pytest.param(
        "Governor Alexander Gusev", "Voronezh Oblast", "Voronezh Governor Alexander Gusev", id="a-surname-like-a-town"
    ),
    pytest.param(
        "regional authorities in the city of Sumy",
        "Sumy",
        "regional authorities in the city of Sumy",
        id="a-place-the-source-is-in",
    ),
]


@pytest.mark.parametrize("source, place, expected", REGIONS_NAMED)
def test_a_regional_office_is_named_by_the_figures_region(source, place, expected):
    assert region_named(source, place, load_lexicon(), default_gazetteer()) == expected
