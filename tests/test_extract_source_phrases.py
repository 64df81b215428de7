"""etl/extract/source_phrases.py: the words that name a source around a cue."""

import pytest

from etl.extract.source_phrases import noun_phrase_before, phrase_text, source_after, subject_before
from etl.extract.tokens import segment
from etl.lexicon import load_lexicon

AFTER_A_CUE = [  # the phrase from the first word after "according to"
    pytest.param("according to the State Emergency Service, 4 were hurt", "State Emergency Service", id="a-body"),
    pytest.param(
        "according to the State Emergency Service (SES), 4 were hurt",
        "State Emergency Service (SES)",
        id="with-its-short-name",
    ),
    pytest.param(
        "according to the governor, Ivan Petrenko, 4 were hurt", "governor, Ivan Petrenko", id="a-role-then-its-name"
    ),
    pytest.param("according to data from the ministry, 4 were hurt", "ministry", id="data-from-a-body"),
    pytest.param(
        "according to figures compiled by Ukrainian officials, 4 were hurt",
        "Ukrainian officials",
        id="figures-compiled-by-a-group",
    ),
    pytest.param("according to a tally kept by the UN, 4 were hurt", "UN", id="a-tally-kept-by-a-body"),
    pytest.param("according to a count by the BBC, 4 were hurt", "BBC", id="a-count-by-an-outlet"),
    pytest.param("according to him, Russian troops fired 4 missiles", "", id="a-pronoun-is-no-phrase"),
    pytest.param(
        'according to the Moscow-installed "mayor" of Horlivka, 4 were hurt',
        'Moscow-installed "mayor" of Horlivka',
        id="a-role-in-scare-quotes",
    ),
    pytest.param(
        "according to Vladimir Saldo, the Moscow-installed governor of the region, 4 were hurt",
        "Vladimir Saldo, the Moscow-installed governor of the region",
        id="a-name-then-an-installed-governor",
    ),
    pytest.param(
        'according to Denis Pushilin, Russian-installed "head" of the region, 4 were hurt',
        'Denis Pushilin, Russian-installed "head" of the region',
        id="a-name-then-a-scare-quoted-role",
    ),
]


@pytest.mark.parametrize("text, expected", AFTER_A_CUE)
def test_source_after_a_cue(text, expected):
    sentence = segment(text)[0]
    words = source_after(sentence.tokens, 2, load_lexicon())
    assert (phrase_text(sentence, words) if words else "") == expected


BEFORE_A_VERB = [  # the phrase ending right before "said"
    pytest.param("Regional Gov. Ivan Petrenko said", "Regional Gov. Ivan Petrenko", id="an-abbreviated-title"),
    pytest.param(
        "The head of the Poltava Regional Military Administration (RMA) Ivan Petrenko said",
        "head of the Poltava Regional Military Administration (RMA) Ivan Petrenko",
        id="a-short-name-inside",
    ),
    pytest.param("Officials in the Kursk region said", "Officials in the Kursk region", id="officials-in-a-place"),
    pytest.param(
        "The Federal Air Transport Agency (Rosaviatsiya) said",
        "Federal Air Transport Agency (Rosaviatsiya)",
        id="a-short-name-that-is-a-word",
    ),
    pytest.param("Drones hit the city, it said", "", id="a-pronoun-is-no-phrase"),
    pytest.param(
        'Drones hit the city, the Operational Command "South" said',
        'Operational Command "South"',
        id="a-name-in-quotation-marks",
    ),
    pytest.param(
        "Drones hit the city, the Group of Forces “Vostok” said",
        "Group of Forces “Vostok”",
        id="a-name-in-curly-quotation-marks",
    ),
    pytest.param('He called it "Terrible" and said', "", id="a-quoted-word-after-no-source-word"),
    pytest.param(
        'Commander Petro "Sokil" Ivanenko said', 'Commander Petro "Sokil" Ivanenko', id="a-nickname-inside-a-name"
    ),
    pytest.param(
        "Drones hit the city, Petro “Sokil” Ivanenko said",
        "Petro “Sokil” Ivanenko",
        id="a-nickname-in-curly-quotation-marks",
    ),
    pytest.param('He called it "Terrible" Ivanenko said', "Ivanenko", id="a-quoted-word-before-a-name-is-no-nickname"),
]


def phrase_before_said(text: str, finder) -> str:
    """The phrase ``finder`` reads back from the token before "said" in ``text``."""
    sentence = segment(text)[0]
    said = next(i for i, t in enumerate(sentence.tokens) if t.lower == "said")
    words = finder(sentence.tokens, said - 1, load_lexicon())
    return phrase_text(sentence, words) if words else ""


@pytest.mark.parametrize("text, expected", BEFORE_A_VERB)
def test_noun_phrase_before_a_verb(text, expected):
    assert phrase_before_said(text, noun_phrase_before) == expected


SUBJECTS = [  # the speaker ending at the comma before "said"
    pytest.param(
        "Petro Ivanenko, the mayor of Lubny, a town on the Sula River that is home to a large bakery, said",
        "Petro Ivanenko, the mayor of Lubny",
        id="a-place-described-in-apposition-is-skipped",
    ),
    pytest.param(
        "Ivan Petrenko, the Russian-installed mayor of Lubny, the region's largest town, said",
        "Ivan Petrenko, the Russian-installed mayor of Lubny",
        id="a-place-described-after-a-speakers-title-keeps-the-name-before-it",
    ),
    pytest.param(
        "The mayor of Lubny, a small town near Poltava, said", "mayor of Lubny", id="the-kind-of-place-after-adjectives"
    ),
    pytest.param(
        "Petro Ivanenko, the region's governor, said",
        "Petro Ivanenko, the region's governor",
        id="a-title-naming-a-region-is-kept",
    ),
    pytest.param(
        "DTEK, the country's largest private energy company, said",
        "DTEK, the country's largest private energy company",
        id="a-description-of-a-body-is-kept",
    ),
    pytest.param(
        "Ivan Petrenko, the mayor of Lubny, further up the river, said",
        "Ivan Petrenko, the mayor of Lubny",
        id="a-location-aside-after-an-apposition-keeps-the-name",
    ),
    pytest.param(
        'Ivan Petrenko, the Russian-installed "mayor" of the occupied part of the Lubny district, said',
        'Ivan Petrenko, the Russian-installed "mayor" of the occupied part of the Lubny district',
        id="quotation-marks-in-an-apposition-are-no-words",
    ),
    pytest.param(
        "Russia's Federal Air Transport Agency, known as Rosaviatsiya, said",
        "Russia's Federal Air Transport Agency",
        id="a-name-it-is-known-as-is-an-aside",
    ),
    pytest.param(
        "Ivan Petrenko, the mayor of Lubny, near the border, said",
        "Ivan Petrenko, the mayor of Lubny",
        id="a-place-aside-after-an-apposition-keeps-the-name",
    ),
    pytest.param(
        "In Lubny, the mayor, near the border, said", "mayor", id="a-place-before-a-title-is-no-name-in-apposition"
    ),
]


@pytest.mark.parametrize("text, expected", SUBJECTS)
def test_subject_before_a_verb(text, expected):
    assert phrase_before_said(text, subject_before) == expected
