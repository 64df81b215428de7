"""etl/extract/tokens.py: sentences and tokens."""

import pytest

from etl.extract import segment, tokenize
from tests.conftest import sources_by_value


def test_segment_keeps_abbreviations_inside_sentences():
    sentences = segment("Gov. Ivan Petrenko said 3 drones fell. Another line.")
    assert [s.text for s in sentences] == ["Gov. Ivan Petrenko said 3 drones fell.", "Another line."]


def test_a_clock_time_before_its_time_zone_ends_no_sentence():
    text = "Drones flew from 10 a.m. Moscow time to 8 a.m. GMT on Monday. The attack began at 4 a.m. Two died."
    assert [s.text for s in segment(text)] == [
        "Drones flew from 10 a.m. Moscow time to 8 a.m. GMT on Monday.",
        "The attack began at 4 a.m.",
        "Two died.",
    ]


@pytest.mark.parametrize(
    "text, sentences",
    [
        pytest.param(
            "Drones hit Sumy on the night of May 3 to 4.[1] Two died on June 9.[2][3] Nobody was hurt.",
            ["Drones hit Sumy on the night of May 3 to 4.", "Two died on June 9.", "Nobody was hurt."],
            id="a-footnote-mark-after-the-stop",
        ),
        pytest.param(
            "Drones hit Sumy [1]. Two died.", ["Drones hit Sumy [1].", "Two died."], id="a-mark-before-the-stop"
        ),
    ],
)
def test_a_footnote_mark_ends_its_sentence(text, sentences):
    assert [s.text for s in segment(text)] == sentences


@pytest.mark.parametrize(
    "text, sentences",
    [
        pytest.param(
            "SUMY. April 9 (Example) - Drones hit the city. Two died.",
            ["SUMY. April 9 (Example) - Drones hit the city.", "Two died."],
            id="a-city-in-capitals-before-a-month-is-a-dateline",
        ),
        pytest.param(
            "KRYVYI RIH. Sept. 2 - A missile hit a school.",
            ["KRYVYI RIH. Sept. 2 - A missile hit a school."],
            id="a-city-of-two-words-and-an-abbreviated-month",
        ),
        pytest.param("UPDATE. Drones hit the city.", ["UPDATE.", "Drones hit the city."], id="no-month-no-dateline"),
        pytest.param(
            "Drones hit SUMY. April was quiet.", ["Drones hit SUMY.", "April was quiet."], id="only-a-lines-first-words"
        ),
    ],
)
def test_a_datelines_city_ends_no_sentence(text, sentences):
    assert [s.text for s in segment(text)] == sentences


HEADLINES = [
    pytest.param("Russia Pounds Kyiv With Drones And Missiles Overnight", True, id="title-case-line"),
    pytest.param("Read also: Death toll from the strike on Odesa rises to four", True, id="a-teaser-for-another-story"),
    pytest.param("READ MORE: Drones hit Kharkiv", True, id="a-teaser-in-capitals"),
    pytest.param("Related stories: Russian drone strike on Sumy kills 2", True, id="a-teaser-with-a-long-label"),
    pytest.param("Related news: Russian drone strike on Sumy kills 2, injures 12", True, id="related-news"),
    pytest.param("Russia launched 40 drones overnight, the air force said.", False, id="a-sentence"),
]


@pytest.mark.parametrize("line, headline", HEADLINES)
def test_headlines_and_teasers(line, headline):
    assert segment(line)[0].headline is headline


def test_a_teaser_is_not_the_articles_lead():
    from etl.extract import extract

    text = "Read also: Four killed in the 15 August strike on Odesa\nIn the region, air defence shot down 11 drones."
    assert [(f.value, f.date_cue) for f in extract(text).figures if f.value] == [(4, "month_day:8-15"), (11, "")]


@pytest.mark.parametrize("suffix", [" — Example News", " | The Example Independent", " - Example"])
def test_the_title_with_its_sites_name_is_a_headline(suffix):
    line = "Drones hit the city overnight, five people were injured"
    assert segment(f"{line}\nMore text.", title=f"{line}{suffix}")[0].headline is True


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param("The U.N. mission said", ["The", "U.N.", "mission", "said"], id="dotted-initials-are-one-word"),
        pytest.param(
            "four U.S.-made missiles",
            ["four", "U.S.-made", "missiles"],
            id="dotted-initials-in-a-compound-are-one-word",
        ),
        pytest.param("Flightradar24 showed 60", ["Flightradar24", "showed", "60"], id="a-name-ending-in-digits"),
        pytest.param("a VL80 locomotive", ["a", "VL80", "locomotive"], id="a-model-ending-in-digits"),
        pytest.param("a U.K.-based group", ["a", "U.K.-based", "group"], id="dotted-initials-in-a-compound"),
        pytest.param("J. Smith said", ["J", ".", "Smith", "said"], id="one-initial-is-a-letter-and-a-stop"),
        pytest.param("the Yandex.Schedule service", ["the", "Yandex.Schedule", "service"], id="a-dotted-service-name"),
        pytest.param("Killed. The", ["Killed", ".", "The"], id="a-stop-before-a-space-ends-a-word"),
        pytest.param("near Chișinău airport", ["near", "Chișinău", "airport"], id="romanian-letters-in-a-word"),
        pytest.param("over Łódź and Šiauliai", ["over", "Łódź", "and", "Šiauliai"], id="polish-and-lithuanian-letters"),
    ],
)
def test_tokens(text, words):
    assert [t.text for t in tokenize(text)] == words


def test_a_name_in_central_european_letters_names_a_source_whole():
    said = "Two drones were shot down, the press service of Chișinău International Airport said."
    assert sources_by_value(said) == {2: "press service of Chișinău International Airport"}


def test_dotted_initials_name_a_source_whole():
    assert sources_by_value("The U.N. mission said a drone killed 5 people in Sumy.") == {5: "U.N. mission"}
