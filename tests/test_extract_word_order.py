"""etl/extract/word_order.py: speakers named where translations from Ukrainian and Russian put them."""

import pytest

from tests.conftest import sources_by_value

TRANSLATED = [  # (text, {value: source}): sentences written in a literal translation's word order
    pytest.param(
        "As of 08:30, the air defence shot down 112 drones, informed the Air Force.",
        {112: "Air Force"},
        id="a-listener-verb-after-a-comma-with-its-speaker-after-it",
    ),
    pytest.param(
        "In the night the air defence destroyed 17 drones over the region.\n"
        "About this informed the head of the Khmelnytskyi OVA Serhiy Tyurin.",
        {17: "head of the Khmelnytskyi OVA Serhiy Tyurin"},
        id="about-this-informed-names-who-gave-the-sentence-before",
    ),
    pytest.param(
        "The air defence destroyed 18 drones over the Kursk region.\n"
        "This was reported in the Ministry of Defence of Russia.",
        {18: "Ministry of Defence of Russia"},
        id="reported-in-a-body-is-reported-by-it",
    ),
    pytest.param(
        "As informed the head of the Vinnytsia OVA Serhiy Borzov, 11 enemy UAVs were destroyed over the region.",
        {11: "head of the Vinnytsia OVA Serhiy Borzov"},
        id="as-informed-is-according-to",
    ),
    pytest.param(
        "As reported by the city council, five houses were damaged in the district.",
        {5: "city council"},
        id="as-reported-by",
    ),
]

NOT_SPEAKERS = [  # the same verbs where the words after them are their listener or a time
    pytest.param(
        "Russian aircraft dropped three guided bombs on Bilozerka, the head of the settlement administration, "
        "Oleksandr Tolokonnikov, told MOST.",
        {3: "head of the settlement administration, Oleksandr Tolokonnikov"},
        id="a-subject-before-the-comma-told-its-listener",
    ),
    pytest.param("Five houses were damaged. It was reported in the morning.", {5: ""}, id="reported-in-a-time"),
    pytest.param("As noted above, five houses were damaged in Sumy.", {5: ""}, id="as-noted-above-names-nobody"),
]


@pytest.mark.parametrize("text, expected", TRANSLATED + NOT_SPEAKERS)
def test_speakers_in_a_translations_word_order(text, expected):
    assert sources_by_value(text) == expected
