"""etl/extract/agents.py: the body that imposed a disruption reports it."""

import pytest

from tests.conftest import sources_by_value

AGENTS = [
    pytest.param("Rosaviatsiya closed 3 airports in the south.", {3: "Rosaviatsiya"}, id="the-agency-closed"),
    pytest.param(
        "Civil aviation authorities briefly grounded flights at four regional airports.",
        {4: "Civil aviation authorities"},
        id="an-adverb-between",
    ),
    pytest.param("Aeroflot cancelled 40 flights on Monday.", {40: "Aeroflot"}, id="an-airline-cancelled"),
    pytest.param(
        "Russia's aviation agency, Rosaviatsiya, introduced restrictions at 6 airports.",
        {6: "Russia's aviation agency, Rosaviatsiya"},
        id="a-body-named-in-apposition",
    ),
    pytest.param("Rosaviatsiya had closed 3 airports by noon.", {3: "Rosaviatsiya"}, id="a-perfect-tense"),
    pytest.param("Restrictions at 3 airports have been lifted.", {3: ""}, id="a-passive-names-no-agent"),
    pytest.param("Kazan closed 2 airports.", {2: ""}, id="a-place-is-no-agent"),
    pytest.param(
        "Aeroflot cancelled 40 flights, Sheremetyevo airport said.", {40: "Sheremetyevo airport"}, id="a-speaker-first"
    ),
]


@pytest.mark.parametrize("text, expected", AGENTS)
def test_who_imposed_a_disruption_reports_it(text, expected):
    assert sources_by_value(text) == expected
