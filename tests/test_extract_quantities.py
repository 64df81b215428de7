"""etl/extract/quantities.py: what is a quantity, and what is not (dates, ages, tallies)."""

import pytest

from etl.extract import extract
from tests.conftest import extracted_rows as rows

NOT_FIGURES = [
    "Prosecutors say 1,013 civilians have been killed in the region during the full-scale invasion.",
    "Throughout the entire war, 40 drones have hit the town.",
    pytest.param("Talks were held in two previous rounds over 50 days in 2014.", id="rounds-days-years"),
    pytest.param("The region has a population of 2.5 million people.", id="population"),
    pytest.param("The Kremlin demanded that Kyiv give up three regions.", id="territorial-demand"),
    pytest.param("The pensioners, aged 61 and 63, were hurt on their way home.", id="ages"),
    pytest.param("Since the start of the war, the country has destroyed 9,000 drones.", id="war-long-tally"),
    pytest.param(
        "UNICEF says 1,300 schools have been damaged since Russia's full-scale invasion.",
        id="since-a-sides-full-scale-invasion",
    ),
    pytest.param("Russia has shelled 3,000 clinics since start of full-scale war.", id="since-start-of-no-article"),
    pytest.param(
        "Since the escalation of the war in 2022, 900 kindergartens have been hit.", id="since-the-escalation"
    ),
    pytest.param("In 2025 alone, 400 attacks on ambulances were recorded.", id="a-year-alone"),
    pytest.param("Call the hotline 1580 if your house was damaged.", id="a-hotline-number"),
    pytest.param("Doctors at Hospital No. 2 treated the wounded.", id="a-hospital-number"),
    pytest.param("12.10.2025 09:40 · Society · Views: 4 318", id="a-page-counter-after-a-stamp"),
    pytest.param("In July, Russia launched an average of roughly 200 drones a night.", id="an-average"),
    pytest.param("The air force downed drones averaging 60 a night in December.", id="averaging"),
    pytest.param("In winter Russia fired, on average, about 90 drones at Ukraine.", id="on-average-aside"),
    pytest.param("At 180 drones a night, the interceptors run out within weeks.", id="a-rate-a-night"),
    pytest.param("Russia now launches 150 drones per day at the front.", id="a-rate-per-day"),
    pytest.param("A drone hit Lebedyn, a town of some 25,000 people near the border.", id="a-towns-population"),
    pytest.param("Power was cut to Konotop, home to about 80,000 people.", id="home-to-a-population"),
    pytest.param(
        "Since they were formed in 2024, the mobile groups have downed 150 drones.", id="since-a-clause-and-year"
    ),
    pytest.param("Russia launched some 50,000 drones in the 12 months to October.", id="a-tally-over-twelve-months"),
    pytest.param("Over the past six months, strikes damaged 300 substations.", id="a-tally-over-six-months"),
    pytest.param("Over 20 vessels have been damaged in Russian attacks since July 2023.", id="attacks-since-a-month"),
    pytest.param("Since the summer of 2023, attacks have damaged 22 civilian vessels.", id="since-a-season-of-a-year"),
    pytest.param("Sea drones damaged a Project 22160 patrol ship.", id="a-ships-project-number"),
    pytest.param(
        "Since 24 February 2022, at least 900 civilians have been killed in the city.", id="since-the-invasion-day"
    ),
    pytest.param(
        "Since the beginning of the invasion, 400 civilians were killed in the region.", id="since-the-invasion"
    ),
    pytest.param("Sirens sounded for more than three hours on May 4.", id="duration-and-date"),
    pytest.param("It was the tenth attack this month and one of the largest this year.", id="ordinal-and-one-of"),
    pytest.param("Hundreds of prisoners were returned in the exchange of 390 soldiers.", id="prisoner-exchange"),
    pytest.param("Ukraine received 1,000 bodies, the headquarters said.", id="bodies-received-in-an-exchange"),
    pytest.param("Kyiv handed over 35 bodies to Russia on Thursday.", id="bodies-handed-over"),
    pytest.param("Mass graves with more than 300 bodies were found near the town.", id="a-mass-grave"),
    pytest.param("In 2025, Russia launched more than 40,000 drones at Ukraine.", id="a-years-tally"),
    pytest.param("Ukrainian defenders repelled nine Russian assaults near Pokrovsk.", id="ground-assaults-repelled"),
    pytest.param(
        "The occupiers attacked six times near Kupiansk over the past day.", id="ground-attacks-near-a-village"
    ),
    pytest.param(
        "Correction: An earlier version of this story said 9 people had been killed.", id="a-retracted-figure"
    ),
    pytest.param("A drone attack damaged the 110 kV substation.", id="a-voltage-counts-no-substations"),
    pytest.param("Region: 3 killed, 11 injured as bus collides with truck on highway", id="a-road-collision"),
    pytest.param("- County crash on Route 220 leaves 1 dead, 3 injured", id="a-crash-on-a-route"),
    pytest.param("- 3 killed as storm lashes the northern provinces", id="a-storm"),
    pytest.param(
        "Glide bombs have killed more than 100 people in the city since the war began.", id="since-the-war-began"
    ),
    pytest.param("The blaze at the depot covered 600 square metres.", id="an-area-counts-no-fires"),
    pytest.param(
        "Since the full-scale Russian invasion, monitors have verified 9,100 civilian deaths.",
        id="since-the-full-scale-russian-invasion",
    ),
    pytest.param(
        "Monitors counted 6,200 civilians killed since Russia launched its full-scale invasion.",
        id="since-russia-launched-its-invasion",
    ),
    pytest.param(
        "Between February and June 2026, the group recorded 58 drone attacks that killed 11 civilians.",
        id="a-tally-between-two-months",
    ),
    pytest.param("From March to August, strikes killed 140 people in the region.", id="a-tally-from-month-to-month"),
    pytest.param("Officials said three teenagers were among those killed.", id="among-those-killed-is-a-subset"),
    pytest.param("Among the 17 injured were two children.", id="among-a-counted-total-is-a-subset"),
    pytest.param(
        "Over the past day, the army destroyed 12 tanks, 30 artillery systems and 95 drones.",
        id="battlefield-losses-by-kind",
    ),
    pytest.param(
        "The General Staff also listed 1,100 invaders and 4 armoured combat vehicles.", id="personnel-and-armour"
    ),
    pytest.param(
        "Correction: a previous version of this news item said that 27 people were injured.",
        id="a-retracted-figure-of-a-news-item",
    ),
]


A_NIGHT_BETWEEN_TWO_DAYS = "Between March 31 and April 1, Russian drones killed 3 people in Odesa."


SINGULARS = [  # a singular person: counted as one, or only saying who someone is
    pytest.param("A woman was killed in the strike.", [("killed", 1)], id="a-singular-subject"),
    pytest.param("Sadly, one of the dead was a 40-year-old teacher.", [], id="a-singular-after-was-says-who"),
    pytest.param("The youngest of the dead is a boy of 12.", [], id="a-singular-after-is-says-who"),
    pytest.param("There was a man injured in the blast.", [("injured", 1)], id="there-was-counts"),
]


@pytest.mark.parametrize("text, expected", SINGULARS)
def test_singular_people(text, expected):
    assert [(r[0], r[2]) for r in rows(text) if r[2] is not None] == expected


def test_a_drone_that_destroyed_tanks_is_still_read():
    assert [(r[0], r[2]) for r in rows("A Ukrainian drone destroyed 3 tanks near the village.")] == [("damaged", 3)]


def test_a_night_between_two_days_of_two_months_is_no_tally():
    assert [(r[0], r[2]) for r in rows(A_NIGHT_BETWEEN_TWO_DAYS)] == [("killed", 3)]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_numbers_that_are_not_figures(text):
    assert rows(text) == []


VAGUE = [
    pytest.param("Dozens of drones were shot down overnight.", ("intercepted", "drone"), id="dozens"),
    pytest.param("Several dozen drones were shot down overnight.", ("intercepted", "drone"), id="several-dozen"),
    pytest.param("A few dozen drones were shot down overnight.", ("intercepted", "drone"), id="a-few-dozen"),
    pytest.param("Numerous fires broke out after the attack.", ("fires", ""), id="numerous"),
    pytest.param("Witnesses heard multiple explosions in the city.", ("strikes", ""), id="multiple-explosions"),
]


@pytest.mark.parametrize("text, expected", VAGUE)
def test_vague_quantities_have_no_value(text, expected):
    figures = [(f.metric, f.weapon, f.value, f.qualifier) for f in extract(text).figures]
    assert figures == [(*expected, None, "unspecified")]


KNOWN_MISSES = [
    pytest.param(
        "Explosions rocked the city; a dozen or so homes were damaged.",
        [("damaged", "", 12, "approx")],
        id="or-so-qualifier",
    ),
]


@pytest.mark.xfail(strict=True, reason="not handled by the grammar yet")
@pytest.mark.parametrize("text, expected", KNOWN_MISSES)
def test_known_misses(text, expected):
    assert rows(text) == expected


def test_total_losses_are_a_war_long_tally():
    text = (
        "Russia launched 30 missiles overnight.\n"
        "The total losses include 96,410 UAVs and 4,078 cruise missiles, the General Staff said."
    )
    assert rows(text, "metric", "value") == [("launched", 30)]


NUMBERS = [
    pytest.param(
        "Russia launched 1\u00a0200 drones.", [("launched", "drone", 1200, "exact")], id="no-break-space-group"
    ),
    pytest.param(
        "Russia launched 1\u200b200 drones.", [("launched", "drone", 1200, "exact")], id="zero-width-space-group"
    ),
    pytest.param(
        "As a result, 23 560 consumers were left without the power supply.",
        [("power_outages", "", 23560, "exact")],
        id="a-space-groups-digits",
    ),
    pytest.param(
        "About 2 000 residents were left without electricity.",
        [("power_outages", "", 2000, "approx")],
        id="a-grouped-two-thousand-is-no-year",
    ),
    pytest.param("In 2025 100 drones hit the city.", [("hit", "drone", 100, "exact")], id="a-year-then-a-count"),
    pytest.param("Russia launched 1e3 drones.", [("launched", "drone", 1000, "exact")], id="scientific-notation"),
    pytest.param(
        "Over 1 mln consumers were left without power.",
        [("power_outages", "", 1000000, "at_least")],
        id="mln-is-a-million",
    ),
    pytest.param(
        "Some 2.4 mn households had no electricity.",
        [("power_outages", "", 2400000, "approx")],
        id="mn-is-a-million",
    ),
    pytest.param("Officials said 5 hundred drones flew.", [], id="digits-and-hundred-is-no-number"),
    pytest.param("Officials counted -5 drones.", [], id="negative-is-no-count"),
    pytest.param("Russia launched " + "9" * 400 + " drones.", [], id="400-digits-is-no-count"),
    pytest.param(
        "The strike on Kharkiv injured a dozen", [("injured", "", 12, "approx")], id="number-phrase-at-the-end"
    ),
    pytest.param(
        "Russia launched more than a dozen drones.",
        [("launched", "drone", 12, "at_least")],
        id="a-qualified-number-phrase",
    ),
]


@pytest.mark.parametrize("text, expected", NUMBERS)
def test_numbers(text, expected):
    assert rows(text) == expected


def test_a_tally_since_the_start_of_the_week_counts_and_names_no_day():
    figures = extract(
        "In total, since the beginning of the week, four civilians have been killed in the region."
    ).figures
    assert [(f.metric, f.value, f.date_cue) for f in figures] == [("killed", 4, "approx")]


def test_one_after_another_counts_nothing():
    figures = extract('"I heard three explosions, one after another," said a resident.').figures
    assert [(f.metric, f.value) for f in figures] == [("strikes", 3)]


def test_a_storm_shadow_is_no_storm():
    assert rows("Ukraine fired 4 Storm Shadow missiles at the bridge.") == [("launched", "cruise_missile", 4, "exact")]


def test_a_page_counter_counts_nothing():
    assert rows("Three people were injured in the city.\n\nViews: 1843") == [("injured", "", 3, "exact")]


PEOPLE_COUNTS = [  # people counted by singular nouns and by parts of a staff
    pytest.param("A locomotive driver was killed in Sumy.", [("killed", 1)], id="a-thing-naming-the-persons-work"),
    pytest.param(
        "A driver was killed and his assistant injured in Sumy.",
        [("killed", 1), ("injured", 1)],
        id="a-possessive-person-before-an-elliptical-verb",
    ),
    pytest.param(
        "A driver was killed and 3 people injured when a drone struck a train.",
        [("killed", 1), ("injured", 3)],
        id="a-second-subject-takes-its-own-verb",
    ),
    pytest.param(
        "The company said three of its employees were injured.",
        [("injured", 3)],
        id="part-of-a-bodys-staff-is-a-count",
    ),
    pytest.param("The company said one of its power plants was damaged.", [], id="one-of-its-sites-says-which"),
    pytest.param("Four members of one family were injured in Kherson.", [("injured", 4)], id="members-of-a-family"),
    pytest.param("Two crew members were hurt.", [("injured", 2)], id="crew-members"),
    pytest.param("A shell hit a minibus in Nikopol, killing its driver.", [("killed", 1)], id="its-driver-is-one"),
    pytest.param("Their daughter was wounded by shrapnel.", [("injured", 1)], id="their-daughter-is-one"),
    pytest.param(
        "Their children were evacuated after 12 drones hit the town.", [("hit", 12)], id="their-children-are-no-count"
    ),
    pytest.param(
        "Air defence shot down 20 drones and two of the missiles launched by Russia.",
        [("intercepted", 20), ("intercepted", 2)],
        id="a-weapon-modified-by-a-participle-keeps-the-verb-before",
    ),
]


@pytest.mark.parametrize("text, figures", PEOPLE_COUNTS)
def test_people_counted(text, figures):
    assert [(f.metric, f.value) for f in extract(text).figures if f.value] == figures
