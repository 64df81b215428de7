"""etl/extract/merge.py: restatements of one figure are one row."""

import pytest

from etl.extract import extract


def test_restated_figure_is_one_row():
    text = "Ukraine Downs 30 Drones Overnight\nUkraine's air force said it shot down 30 Shahed drones overnight."
    figures = [f for f in extract(text, title="Ukraine Downs 30 Drones Overnight").figures if f.value]
    assert [(f.value, f.weapon_model, f.headline) for f in figures] == [(30, "Shahed", False)]


def test_a_headlines_source_does_not_override_the_bodys():
    title = "Drone attack on Poltava injures at least five, Telegram channels report"
    text = (
        f"{title}\n"
        "Drones attacked Poltava overnight, Governor Ivan Petrenko said. According to him, five people were injured."
    )
    figures = [f for f in extract(text, title=f"{title} — Example News").figures if f.value]
    assert [(f.value, f.reported_by) for f in figures] == [(5, "Poltava Governor Ivan Petrenko")]


def test_two_body_figures_of_different_places_stay_two():
    text = (
        "Sumy community: in the evening, two drones hit the city. A 71-year-old man died of his wounds.\n\n"
        "Shostka community: a Shahed hit an industrial enterprise. According to the police, 1 person was killed."
    )
    figures = [f for f in extract(text).figures if f.metric == "killed"]
    assert sorted((f.value, f.place) for f in figures) == [(1, "Shostka"), (1, "Sumy")]


def test_a_headline_with_a_guessed_place_restates_the_body():
    title = "One killed as drones hit Sumy region"
    text = f"{title}\nShostka community: a Shahed hit an industrial enterprise. One person was killed, police said."
    figures = [f for f in extract(text, title=title).figures if f.metric == "killed"]
    assert [(f.value, f.headline) for f in figures] == [(1, False)]


def test_a_teaser_restating_the_body_is_one_row_with_the_bodys_day():
    text = "Russia launched 40 drones at Ukraine overnight, the air force said.\nRead also: Russia launched 40 drones"
    figures = [f for f in extract(text).figures if f.value]
    assert [(f.value, f.date_cue, f.headline) for f in figures] == [(40, "night", False)]


def test_a_lead_restates_one_person_not_two_in_places_apart():
    text = (
        "Drones attacked the Sumy region overnight. A woman was injured, the governor said.\n\n"
        "In Shostka, a drone hit a house. A woman was injured there.\n\n"
        "In the Krasnopillia community, a man was injured by an FPV drone."
    )
    figures = [f for f in extract(text).figures if f.metric == "injured"]
    assert sorted(f.place for f in figures) == ["Krasnopillia", "Shostka"]  # the lead's woman is Shostka's


def test_a_lead_and_two_reports_of_one_place_are_one_figure():
    text = (
        "Drones attacked the Kyiv region overnight. A man was killed, the company said.\n\n"
        "In the Kyiv region, a man was killed, the governor said. He died in Fastiv, officials said."
    )
    figures = [f for f in extract(text).figures if f.metric == "killed"]
    assert len(figures) == 1


NARROWER_PLACES = [  # (text, metric, place): a lead restated where the body names a narrower place
    pytest.param(
        "Guided bombs hit Zolochiv overnight, two people killed\n\n"
        "Russian troops dropped bombs on Zolochiv in the Bohodukhiv district. Two people were killed, the "
        "governor said.",
        "killed",
        "Zolochiv, Kharkiv Oblast",
        id="a-headline-town-the-body-places-among-its-namesakes",
    ),
    pytest.param(
        "A man was killed as drones attacked the Belgorod region, the governor said.\n\n"
        "In the town of Shebekino, a drone hit a car. One man was killed.",
        "killed",
        "Shebekino",
        id="a-casualty-in-a-town-of-the-region",
    ),
    pytest.param(
        "Drones attacked the Poltava region overnight, damaging 4 houses.\n\nIn Lubny, 4 houses were damaged.",
        "damaged",
        "Lubny",
        id="damage-in-a-town-of-the-region",
    ),
    pytest.param(
        "Russia launched 40 drones at Ukraine overnight.\n\nIn Odesa, 40 drones were launched at the port.",
        "launched",
        "Ukraine",
        id="a-national-launch-count-stays-national",
    ),
]


@pytest.mark.parametrize("text, metric, place", NARROWER_PLACES)
def test_a_restatement_in_a_narrower_place_places_the_figure(text, metric, place):
    assert [f.place for f in extract(text).figures if f.metric == metric and f.value] == [place]
