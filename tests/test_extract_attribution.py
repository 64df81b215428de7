"""etl/extract/attribution.py: who reported a figure, in its sentence and across sentences."""

import pytest

from etl.extract import extract

ATTRIBUTION = [
    pytest.param(
        "The regional governor Ivan Petrenko said 3 people were killed.", "regional governor Ivan Petrenko", id="x-said"
    ),
    pytest.param(
        "Five drones were shot down, according to the Southern Defence Forces.",
        "Southern Defence Forces",
        id="according-to",
    ),
    pytest.param(
        "The Air Force said 20 drones were launched. It said 18 were shot down.", "Air Force", id="pronoun-resolved"
    ),
    pytest.param(
        "The regional governor said the attack lasted two hours. At least 5 people were injured in Odesa.",
        "regional governor",
        id="previous-sentence-of-the-paragraph",
    ),
    pytest.param(
        "Air defences shot down 20 drones over the Odesa region.\n"
        "The Southern Defence Forces reported this on Telegram.",
        "Southern Defence Forces",
        id="next-sentence-only-attributes",
    ),
    pytest.param(
        "Russia said it destroyed 12 drones over the Kursk region. "
        "The Russian defence ministry said the drones were launched at night.",
        "Russian defence ministry",
        id="bare-country-gives-way-to-named-source",
    ),
    pytest.param(
        "The air force said in a post that the attack lasted hours. According to the post, 30 drones were shot down.",
        "air force",
        id="document-stands-for-its-author",
    ),
    pytest.param(
        "City officials did not give details and said 4 people were injured in Dnipro.",
        "City officials",
        id="subject-of-a-coordinated-said",
    ),
    pytest.param(
        "Two people were killed in Kupiansk, the governor said. "
        "Kharkiv Governor Oleh Syniehubov said rescuers were at the scene.",
        "Kharkiv Governor Oleh Syniehubov",
        id="role-named-in-full-later",
    ),
    pytest.param(
        "Local officials said the sirens stopped at dawn.\nOvernight, Russia launched 40 drones at Ukraine.",
        "",
        id="no-source-across-paragraphs",
    ),
]


@pytest.mark.parametrize("text, source", ATTRIBUTION)
def test_reported_by(text, source):
    assert {f.reported_by for f in extract(text).figures} == {source}
