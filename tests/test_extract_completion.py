"""etl/extract/completion.py and figures.actor_side: the attacking side."""

import pytest

from etl.extract import extract

ATTACKERS = [
    pytest.param("Russia launched 40 drones at Ukraine.", "russia", id="actor-verb"),
    pytest.param(
        "The ministry said 12 Ukrainian drones were destroyed over the Belgorod region.",
        "ukraine",
        id="adjective-on-weapon",
    ),
    pytest.param("Three people were killed in Zaporizhzhia, the governor said.", "russia", id="place-in-ukraine"),
    pytest.param("Six drones were shot down over the Moscow region, the mayor said.", "ukraine", id="place-in-russia"),
]


@pytest.mark.parametrize("text, attacker", ATTACKERS)
def test_attacker(text, attacker):
    assert {f.attacker for f in extract(text).figures} == {attacker}
