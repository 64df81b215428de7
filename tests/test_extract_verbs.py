"""etl/extract/verbs.py (with heads and mentions): the metric of each figure from its verb."""

import pytest

from tests.conftest import extracted_rows as rows

FIGURES = [
    pytest.param(
        "Air defence repelled the attacks of 40 drones on the city.",
        [("intercepted", "drone", 40, "exact")],
        id="the-attacks-of-drones-repelled-are-interceptions",
    ),
    pytest.param(
        "Drones attacked the city five times overnight.", [("strikes", "drone", 5, "exact")], id="times-a-city-was-hit"
    ),
    pytest.param(
        "Strikes by 9 missiles and 21 drones were recorded at 6 locations.",
        [("districts_affected", "", 6, "exact"), ("hit", "drone", 21, "exact"), ("hit", "missile", 9, "exact")],
        id="strikes-by-weapons-recorded-are-hits",
    ),
    pytest.param(
        "Russia launched strikes by 40 drones on Odesa.",
        [("launched", "drone", 40, "exact")],
        id="strikes-by-weapons-launched-are-launched",
    ),
    pytest.param(
        "The mayor put the number of injured at 27, saying 15 of them had been hospitalised.",
        [("injured", "", 27, "exact")],
        id="the-hospitalised-part-of-a-toll-is-no-count",
    ),
    pytest.param(
        "The governor put the number of injured at 18, of whom 7 were hospitalized.",
        [("injured", "", 18, "exact")],
        id="of-whom-hospitalised-is-no-count",
    ),
    pytest.param(
        "Eleven people were hospitalized after the strike.", [], id="a-hospitalised-count-is-no-casualty-count"
    ),
    pytest.param(
        "Drones killed 4 people in Sumy, the deadliest attack in 2025, officials said.",
        [("killed", "", 4, "exact")],
        id="a-year-that-only-compares-leaves-the-figure",
    ),
    pytest.param(
        "About 900 passengers were waiting in the Pulkovo terminal by the morning.",
        [("passengers_stranded", "", 900, "approx")],
        id="waiting-in-a-named-terminal-is-stranded",
    ),
    pytest.param(
        "A woman who was injured in the strike on the market died in hospital on Sunday.",
        [("killed", "", 1, "exact")],
        id="injured-in-a-relative-clause-then-died-is-killed",
    ),
    pytest.param(
        "A man who was wounded when debris fell on his car has died, the mayor said.",
        [("killed", "", 1, "exact")],
        id="wounded-then-died-past-a-when-clause",
    ),
    pytest.param(
        "An elderly woman, who was wounded when a drone hit her house, died in hospital overnight.",
        [("killed", "", 1, "exact")],
        id="wounded-then-died-past-a-relative-clause-between-commas",
    ),
    pytest.param(
        "A driver, who was injured in the strike, is in a serious condition.",
        [("injured", "", 1, "exact")],
        id="injured-between-commas-and-nothing-more-stays-injured",
    ),
    pytest.param(
        "Two people who were injured in the attack were taken to hospital.",
        [("injured", "", 2, "exact")],
        id="injured-in-a-relative-clause-and-nothing-more-stays-injured",
    ),
    pytest.param(
        "A man who was killed in the strike was 45.",
        [("killed", "", 1, "exact")],
        id="killed-in-a-relative-clause-stays-killed",
    ),
    pytest.param(
        "The ministry said 41 drones had been destroyed. It later reported a further 23 overnight.",
        [("intercepted", "drone", 23, "exact"), ("intercepted", "drone", 41, "exact")],
        id="a-further-number-counts-what-was-counted-before",
    ),
    pytest.param(
        "At Pulkovo, 30 flights were delayed. Another 24 were sent to alternate airfields.",
        [("flights_delayed", "", 30, "exact")],
        id="a-further-number-with-a-verb-of-its-own-is-not-more-of-the-same",
    ),
    pytest.param(
        "Russia launched 300 drones, 12 missiles overnight, 280 drones and 9 missiles downed",
        [
            ("intercepted", "drone", 280, "exact"),
            ("intercepted", "missile", 9, "exact"),
            ("launched", "drone", 300, "exact"),
            ("launched", "missile", 12, "exact"),
        ],
        id="a-headlines-list-with-its-own-passive-after-a-comma",
    ),
    pytest.param(
        "Russia attacks Ukraine with 64 drones, 51 UAVs neutralized",
        [("intercepted", "drone", 51, "exact"), ("launched", "drone", 64, "exact")],
        id="a-headlines-passive-without-its-auxiliary",
    ),
    pytest.param(
        "Drone hits minibus in Sumy: driver killed, seven passengers injured",
        [("injured", "", 7, "exact")],
        id="a-headlines-passive-closing-its-own-clause-is-no-later-counts-verb",
    ),
    pytest.param(
        "Air defences shot down 20 drones, 15 missiles launched from Kursk and 3 guided bombs.",
        [
            ("intercepted", "drone", 20, "exact"),
            ("intercepted", "guided_bomb", 3, "exact"),
            ("intercepted", "missile", 15, "exact"),
        ],
        id="a-participle-with-its-own-words-modifies",
    ),
    pytest.param(
        "Russia launched 64 drones, 5 were shot down.",
        [("intercepted", "drone", 5, "exact"), ("launched", "drone", 64, "exact")],
        id="a-headless-number-with-its-own-verb-is-no-list-item",
    ),
    pytest.param(
        "Of those, 150 drones were shot down or disabled by electronic jamming.",
        [("intercepted_or_suppressed", "drone", 150, "exact")],
        id="disabled-by-electronic-jamming-is-suppressed",
    ),
    pytest.param(
        "A fire at a substation cut power to about 3,000 homes.",
        [("power_outages", "", 3000, "approx")],
        id="cut-power-to-homes",
    ),
    pytest.param(
        "Debris fell on a substation, cutting electricity to 4,500 residents.",
        [("power_outages", "", 4500, "exact")],
        id="cutting-electricity-to-residents",
    ),
    pytest.param(
        "The strike knocked out power to 12,000 consumers in the city.",
        [("power_outages", "", 12000, "exact")],
        id="knocked-out-power-to",
    ),
    pytest.param(
        "More than 40 drones were destroyed and suppressed over the region.",
        [("intercepted_or_suppressed", "drone", 40, "at_least")],
        id="destroyed-and-suppressed-is-one-verb",
    ),
    pytest.param(
        "Air defence units shot down or electronically suppressed 90 drones.",
        [("intercepted_or_suppressed", "drone", 90, "exact")],
        id="an-adverb-inside-a-lumped-verb",
    ),
    pytest.param(
        "Air defences shot down or neutralized 75 drones overnight.",
        [("intercepted_or_suppressed", "drone", 75, "exact")],
        id="shot-down-or-neutralized-is-lumped",
    ),
    pytest.param(
        "Overnight, the enemy lost 38 drones over the south of the country.",
        [("intercepted", "drone", 38, "exact")],
        id="the-enemy-lost-n-drones-is-downed",
    ),
    pytest.param("The enemy lost 1,200 soldiers.", [], id="the-enemy-lost-soldiers-is-no-figure"),
    pytest.param(
        "About 12,000 consumers were disconnected after the strike.",
        [("power_outages", "", 12000, "approx")],
        id="disconnected-consumers-have-no-power",
    ),
    pytest.param("About 1,900 apartment buildings were left without heating.", [], id="heating-is-no-power-outage"),
    pytest.param(
        "Some 5,000 homes were left without heat and power.",
        [("power_outages", "", 5000, "approx")],
        id="heat-and-power-is-a-power-outage",
    ),
    pytest.param(
        "About 2,500 passengers spent the night at the city's airport waiting for their flights.",
        [("passengers_stranded", "", 2500, "approx")],
        id="passengers-spending-the-night-at-an-airport",
    ),
    pytest.param(
        "Some 1,800 passengers were waiting for departure.",
        [("passengers_stranded", "", 1800, "approx")],
        id="passengers-waiting-for-departure",
    ),
    pytest.param(
        "The consequences of the attack were recorded in three districts of the city.",
        [("districts_affected", "", 3, "exact")],
        id="districts-where-consequences-were-recorded",
    ),
    pytest.param(
        "About 900 passengers were waiting in the terminal for their flights.",
        [("passengers_stranded", "", 900, "approx")],
        id="passengers-waiting-in-the-terminal",
    ),
    pytest.param(
        "Two schools and three educational institutions were damaged.",
        [("damaged", "", 2, "exact"), ("damaged", "", 3, "exact")],
        id="institutions-are-buildings",
    ),
    pytest.param("She spent the night in a metro station with her two daughters.", [], id="a-night-in-a-shelter"),
    pytest.param(
        "The air force recorded 143 drones, of which 97 were shot down.",
        [("intercepted", "drone", 97, "exact"), ("launched", "drone", 143, "exact")],
        id="recorded-n-weapons-were-launched",
    ),
    pytest.param(
        "Hits by 14 strike drones were recorded in the region.",
        [("hit", "drone", 14, "exact")],
        id="hits-recorded-stay-hits",
    ),
    pytest.param(
        "Some 70,000 residents of the region had no electricity by noon.",
        [("power_outages", "", 70000, "approx")],
        id="had-no-electricity",
    ),
    pytest.param(
        "Power was cut to 1,500 residents of the district.",
        [("power_outages", "", 1500, "exact")],
        id="power-was-cut-to",
    ),
    pytest.param(
        "Russian troops struck the Saltivskyi district of the city of Kharkiv with two guided bombs.",
        [("launched", "guided_bomb", 2, "exact")],
        id="struck-a-long-named-target-with-n",
    ),
    pytest.param(
        "Russia launched 120 drones and 7 missiles at Ukraine overnight.",
        [("launched", "drone", 120, "exact"), ("launched", "missile", 7, "exact")],
        id="list-of-weapons",
    ),
    pytest.param(
        "Air defence units shot down 95 of 120 drones.",
        [("intercepted", "drone", 95, "exact"), ("launched", "drone", 120, "exact")],
        id="n-of-m",
    ),
    pytest.param(
        "The army said it had downed more than 1,200 drones over the weekend.",
        [("intercepted", "drone", 1200, "at_least")],
        id="digits-with-comma-and-qualifier",
    ),
    pytest.param(
        "Some 40 drones were jammed by electronic warfare.",
        [("suppressed", "drone", 40, "approx")],
        id="suppressed-approx",
    ),
    pytest.param(
        "Officials said 60 drones were either intercepted or jammed.",
        [("intercepted_or_suppressed", "drone", 60, "exact")],
        id="intercepted-or-jammed",
    ),
    pytest.param(
        "Up to thirty guided bombs were dropped, and two people were killed.",
        [("killed", "", 2, "exact"), ("launched", "guided_bomb", 30, "at_most")],
        id="number-words-and-dropped-bombs",
    ),
    pytest.param(
        "Nine Kalibr cruise missiles were launched from a submarine.",
        [("launched", "cruise_missile", 9, "exact")],
        id="model-and-class",
    ),
    pytest.param(
        "At least seven people were injured and 14 apartment buildings were damaged.",
        [("damaged", "", 14, "exact"), ("injured", "", 7, "at_least")],
        id="casualty-and-damage",
    ),
    pytest.param(
        "The strike killed four civilians, including two children.",
        [("killed", "", 4, "exact")],
        id="demographic-subset-is-not-a-row",
    ),
    pytest.param("Firefighters put out 12 fires across the city.", [("fires", "", 12, "exact")], id="fires"),
    pytest.param(
        "Attacks hit 9 districts of the region, officials said.",
        [("districts_affected", "", 9, "exact")],
        id="districts-affected",
    ),
    pytest.param(
        "About 15,000 households were left without power.", [("power_outages", "", 15000, "approx")], id="power-outages"
    ),
    pytest.param(
        "Some 20 flights were delayed and 6 were cancelled at the airport.",
        [("flights_cancelled", "", 6, "exact"), ("flights_delayed", "", 20, "approx")],
        id="flights",
    ),
    pytest.param(
        "The airport said 12 flights had been delayed and four flights cancelled.",
        [("flights_cancelled", "", 4, "exact"), ("flights_delayed", "", 12, "exact")],
        id="a-second-subjects-participle-is-its-verb",
    ),
    pytest.param(
        "Debris damaged 12 houses and three cars parked in the yard.",
        [("damaged", "", 3, "exact"), ("damaged", "", 12, "exact")],
        id="a-second-objects-participle-that-is-no-trigger-leaves-the-verb-before",
    ),
    pytest.param(
        "Rescuers said 4 people were rescued from the rubble and 2 were injured.",
        [("injured", "", 2, "exact")],
        id="the-rescued-are-no-casualty-count",
    ),
    pytest.param("Two missiles hit an industrial site.", [("hit", "missile", 2, "exact")], id="hit"),
    pytest.param(
        "The ministry said 30 drones were destroyed. Eleven more were lost to jamming.",
        [("intercepted", "drone", 30, "exact"), ("suppressed", "drone", 11, "exact")],
        id="ellipsis",
    ),
    pytest.param(
        "Forces downed all 12 missiles launched at the capital overnight.",
        [("intercepted", "missile", 12, "exact"), ("launched", "missile", 12, "exact")],
        id="all-n",
    ),
    pytest.param(
        "Air defence destroyed both missiles over the city.", [("intercepted", "missile", 2, "exact")], id="both-is-two"
    ),
    pytest.param(
        "About a dozen drones were shot down near the border.", [("intercepted", "drone", 12, "approx")], id="a-dozen"
    ),
    pytest.param(
        "Air defence shot down or disabled 210 of the drones, the air force said.",
        [("intercepted_or_suppressed", "drone", 210, "exact")],
        id="shot-down-or-disabled-is-either",
    ),
    pytest.param(
        "The army said the enemy launched 90 drones, 35 of them towards the Poltava region, and that 70 were "
        "shot down.",
        [("intercepted", "drone", 70, "exact"), ("launched", "drone", 35, "exact"), ("launched", "drone", 90, "exact")],
        id="a-verbless-part-is-launched-like-its-whole",
    ),
    pytest.param(
        "Russia fired 120 aerial weapons—of which 60 drones were shot down.",
        [("intercepted", "drone", 60, "exact"), ("launched", "drone_or_missile", 120, "exact")],
        id="dash-separates-clauses",
    ),
    pytest.param(
        "Air defences downed 14 missiles and 30 drones, and officials said that two missiles and five drones struck "
        "homes.",
        [
            ("hit", "drone", 5, "exact"),
            ("hit", "missile", 2, "exact"),
            ("intercepted", "drone", 30, "exact"),
            ("intercepted", "missile", 14, "exact"),
        ],
        id="a-that-clause-has-its-own-verb",
    ),
    pytest.param(
        "Russia struck the region with 120 drones, and 95 of them were shot down.",
        [("intercepted", "drone", 95, "exact"), ("launched", "drone", 120, "exact")],
        id="a-part-after-comma-and-is-no-item-of-its-wholes-list",
    ),
    pytest.param(
        "Russia struck the region with 120 drones and 8 missiles, and 95 of the drones and 6 of the missiles were "
        "shot down.",
        [
            ("intercepted", "drone", 95, "exact"),
            ("intercepted", "missile", 6, "exact"),
            ("launched", "drone", 120, "exact"),
            ("launched", "missile", 8, "exact"),
        ],
        id="parts-listed-after-their-wholes-share-their-own-verb",
    ),
    pytest.param(
        "Russia struck Kharkiv overnight on Dec. 6 with 20 drones.",
        [("launched", "drone", 20, "exact")],
        id="struck-a-place-on-a-day-with-weapons-launched-them",
    ),
    pytest.param(
        "Debris damaged 12 apartment buildings, as well as five cars.",
        [("damaged", "", 5, "exact"), ("damaged", "", 12, "exact")],
        id="a-list-after-a-compound-noun-shares-its-verb",
    ),
    pytest.param(
        "The depot was attacked on May 3, when the ministry reported two drones shot down nearby.",
        [("intercepted", "drone", 2, "exact")],
        id="a-when-clause-has-its-own-verb",
    ),
    pytest.param(
        "The attack included 16 ballistic missiles, nine of them shot down.",
        [("intercepted", "ballistic_missile", 9, "exact"), ("launched", "ballistic_missile", 16, "exact")],
        id="a-parts-verb-is-not-its-wholes",
    ),
    pytest.param("More than 5,000 households were left without gas supply.", [], id="gas-is-no-power-outage"),
    pytest.param(
        "About 20,000 subscribers were cut off.", [("power_outages", "", 20000, "approx")], id="subscribers-cut-off"
    ),
    pytest.param(
        "The company said 7,300 customers were affected.",
        [("power_outages", "", 7300, "exact")],
        id="customers-affected-are-without-power",
    ),
    pytest.param("Seven settlements were cut off from water supply.", [], id="cut-off-from-water-is-no-power-outage"),
    pytest.param(
        "Crews restored electricity to 12,000 of the affected consumers.",
        [],
        id="restored-to-the-affected-is-no-outage",
    ),
    pytest.param(
        "A channel with 1.3 million subscribers called for strikes on Kyiv.",
        [],
        id="subscribers-of-a-channel-lose-nothing",
    ),
    pytest.param(
        "The strike injured four people and left about 9,000 homes without electricity.",
        [("injured", "", 4, "exact"), ("power_outages", "", 9000, "approx")],
        id="a-second-verb-governs-its-own-count",
    ),
    pytest.param(
        "The shelling killed two people and left 3,500 residents without power.",
        [("killed", "", 2, "exact"), ("power_outages", "", 3500, "exact")],
        id="left-governs-people-without-power",
    ),
    pytest.param(
        "Air defences shot down 40 drones and all eight missiles.",
        [("intercepted", "drone", 40, "exact"), ("intercepted", "missile", 8, "exact")],
        id="all-before-a-second-count-is-no-verb",
    ),
    pytest.param(
        "Investigators questioned 23 people, among them relatives of those killed.",
        [],
        id="those-killed-is-no-verb-of-a-count-before-it",
    ),
    pytest.param(
        "The blast broke windows in three high-rise buildings.",
        [("damaged", "", 3, "exact")],
        id="broke-windows-in-buildings-is-damage",
    ),
    pytest.param(
        "Two firefighters suffered burns and a boy suffered minor cuts.",
        [("injured", "", 1, "exact"), ("injured", "", 2, "exact")],
        id="suffered-burns-and-cuts-is-injury",
    ),
]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_figures(text, expected):
    assert rows(text) == expected


def test_a_whole_the_clause_opens_with_lends_no_verb_and_breaks_nothing():
    """ "Of the missiles," is a whole of no sentence's own: asking it for a verb once skipped the sentence."""
    from etl.extract import extract

    found = extract("Russia launched 41 missiles overnight. Of the missiles, 29 were over the Kursk region.")
    assert found.faults == ()
    assert [(f.metric, f.value) for f in found.figures] == [("launched", 41)]
