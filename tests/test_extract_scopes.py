"""etl/extract/scopes.py: the part of its sentence an attribution speaks for."""

import pytest

from etl.extract.attribution import find_attributions
from etl.extract.tokens import segment
from etl.lexicon import load_lexicon

SCOPES = [  # (sentence, the text its first attribution speaks for; "" for the whole sentence)
    pytest.param(
        "Bombs struck Sumy, killing 3, as Moscow said its drones had hit targets in Russia.",
        ", as Moscow said its drones had hit targets in Russia.",
        id="a-speaker-opening-a-clause-says-what-follows",
    ),
    pytest.param("Bombs struck Sumy, killing 3, as the governor said on Telegram.", "", id="as-x-said-closing"),
    pytest.param(
        "Russia fired 90 drones, the air force said on Monday, as debris killed 2 in Kyiv.",
        "Russia fired 90 drones, the air force said on Monday",
        id="a-clause-the-story-tells-after-a-closing-speaker",
    ),
    pytest.param(
        "Air defences shot down 50 drones, the air force said, while 20 were lost to jamming.",
        "",
        id="a-while-clause-is-the-speakers",
    ),
    pytest.param(
        "Five people were injured (earlier the governor reported four).",
        "(earlier the governor reported four",
        id="a-parenthesis-with-its-own-number",
    ),
    pytest.param(
        "90,000 homes lost power, according to the grid company, and 2 people died, the governor said.",
        "90,000 homes lost power, according to the grid company, ",
        id="according-to-x-and-a-clause-another-speaker-closes",
    ),
    pytest.param(
        "90,000 homes lost power, according to the grid company, and repairs began at dawn.",
        "",
        id="according-to-x-and-a-clause-nobody-else-closes",
    ),
]


@pytest.mark.parametrize("text, scope", SCOPES)
def test_what_an_attribution_speaks_for(text, scope):
    sentence = segment(text)[0]
    found = find_attributions(sentence, load_lexicon())[0].scope
    assert (sentence.text[found[0] - sentence.start : found[1] - sentence.start] if found else "") == scope
