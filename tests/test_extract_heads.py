"""etl/extract/heads.py: the noun a quantity counts."""

import pytest

from tests.conftest import extracted_rows as rows

HEADS = [
    pytest.param(
        "Rescuers recovered two more bodies from the rubble on Monday.",
        [("killed", "", 2, "exact")],
        id="bodies-recovered-are-the-dead",
    ),
    pytest.param(
        "The bodies of three people were pulled from the ruins of the house.",
        [("killed", "", 3, "exact")],
        id="the-bodies-of-people-are-the-dead",
    ),
    pytest.param(
        "Two passenger carriages and a tram were damaged at the station.",
        [("damaged", "", 2, "exact")],
        id="passenger-carriages-are-carriages-not-passengers",
    ),
    pytest.param(
        "Four trolleybuses and three minibuses were damaged at the depot.",
        [("damaged", "", 3, "exact"), ("damaged", "", 4, "exact")],
        id="trolleybuses-and-minibuses",
    ),
    pytest.param(
        "The General Staff said the strike destroyed two S-400 launchers near the airfield.",
        [("damaged", "", 2, "exact")],
        id="launchers-hit-on-the-ground-are-damaged-objects",
    ),
    pytest.param(
        "Drones destroyed three radar stations and two radars at the base.",
        [("damaged", "", 2, "exact"), ("damaged", "", 3, "exact")],
        id="radars-and-radar-stations",
    ),
    pytest.param(
        "Saboteurs hit two ground control stations at the air base.",
        [("damaged", "", 2, "exact")],
        id="control-stations",
    ),
    pytest.param(
        "Crews from 12 fire stations fought the blaze.",
        [],
        id="a-fire-station-a-crew-came-from-is-no-damage",
    ),
    pytest.param(
        "The fleet destroyed six uncrewed surface vessels heading for the coast.",
        [("intercepted", "drone", 6, "exact")],
        id="sea-drones-are-drones",
    ),
    pytest.param(
        "At least five people were killed and 14 wounded.",
        [("injured", "", 14, "at_least"), ("killed", "", 5, "at_least")],
        id="a-qualifier-carries-to-a-coordinated-count",
    ),
    pytest.param(
        "At least five people were killed in one town, while in the city far to the north 14 people were wounded.",
        [("injured", "", 14, "exact"), ("killed", "", 5, "at_least")],
        id="a-qualifier-does-not-reach-a-distant-count",
    ),
    pytest.param(
        "Russia fired 31 ballistic and cruise missiles at the capital.",
        [("launched", "missile", 31, "exact")],
        id="coordinated-kinds-of-one-weapon",
    ),
    pytest.param(
        "Air defences shot down four HIMARS multiple launch rocket system projectiles.",
        [("intercepted", "missile", 4, "exact")],
        id="a-launch-inside-a-weapons-name-is-no-launch",
    ),
    pytest.param(
        "Air defences shot down two Neptune-MD long-range missiles.",
        [("intercepted", "cruise_missile", 2, "exact")],
        id="a-variant-of-a-named-missile",
    ),
    pytest.param(
        "Five people were injured. Two of them remain in serious condition, the governor said.",
        [("injured", "", 5, "exact")],
        id="those-of-them-in-a-state-are-no-count",
    ),
    pytest.param(
        "The number of injured has risen to 12. Three of them are in a serious condition.",
        [("injured", "", 12, "exact")],
        id="those-in-a-condition-after-a-risen-toll-are-no-count",
    ),
    pytest.param(
        "The number of wounded rose to eight; two of them remain in a critical condition.",
        [("injured", "", 8, "exact")],
        id="a-condition-with-its-article",
    ),
    pytest.param(
        "Nine people were hurt. Six of the injured were taken to hospital, among them a 10-year-old boy.",
        [("injured", "", 9, "exact")],
        id="a-singular-after-a-subset-cue-is-one-of-them",
    ),
    pytest.param("A man was killed when debris fell on his car.", [("killed", "", 1, "exact")], id="singular-casualty"),
    pytest.param(
        "Shelling injured a woman in the town, officials said.", [("injured", "", 1, "exact")], id="singular-object"
    ),
    pytest.param("A 9-year-old was killed in a separate strike.", [("killed", "", 1, "exact")], id="age-as-person"),
    pytest.param(
        "A 70-year-old woman and a 68-year-old man died in the fire.",
        [("killed", "", 2, "exact")],
        id="coordinated-singulars-add-up",
    ),
    pytest.param(
        "Two people died; the second victim, a man, died in hospital.",
        [("killed", "", 2, "exact")],
        id="apposition-is-no-new-count",
    ),
    pytest.param("A resident said the blast woke the street.", [], id="singular-without-casualty-verb"),
    pytest.param(
        "In the Valuyki district, a driver was hurt when a drone hit his truck.",
        [("injured", "", 1, "exact")],
        id="singular-after-an-opening-phrase",
    ),
    pytest.param(
        "In Bilozerka, a village near Kherson, a man was injured by shelling.",
        [("injured", "", 1, "exact")],
        id="singular-after-an-opening-with-its-own-apposition",
    ),
    pytest.param(
        "Two people were hurt, a man and a woman.", [("injured", "", 2, "exact")], id="coordinated-apposition"
    ),
    pytest.param(
        "Two people were killed in the Sumy region and another in the Kharkiv region.",
        [("killed", "", 1, "exact"), ("killed", "", 2, "exact")],
        id="and-another-in-a-place",
    ),
    pytest.param(
        "One man died and another was injured.",
        [("injured", "", 1, "exact"), ("killed", "", 1, "exact")],
        id="another-was-injured",
    ),
    pytest.param("Another drone hit a house.", [], id="another-drone-is-no-count"),
    pytest.param(
        "Eight people were wounded, two of them teenagers.", [("injured", "", 8, "exact")], id="of-them-who-they-were"
    ),
    pytest.param(
        "Nine people were wounded, one of them a 12-year-old girl.",
        [("injured", "", 9, "exact")],
        id="one-of-them-a-girl-is-who-she-was",
    ),
    pytest.param(
        "Seven are injured, two of them in serious condition.", [("injured", "", 7, "exact")], id="of-them-in-condition"
    ),
    pytest.param(
        "A family of four died when a drone hit their home.", [("killed", "", 4, "exact")], id="a-family-of-four"
    ),
    pytest.param(
        "The death toll has risen to three after a man died in hospital.",
        [("killed", "", 3, "exact")],
        id="a-toll-and-the-death-that-raised-it",
    ),
    pytest.param(
        "The governor said the number of people injured in the morning strike on the port had risen to seven.",
        [("injured", "", 7, "exact")],
        id="a-toll-phrase-far-from-its-number",
    ),
    pytest.param(
        "The number of people killed in Tuesday's Russian missile and drone attack on the western Ukrainian city of "
        "Poltava has risen to 15.",
        [("killed", "", 15, "exact")],
        id="a-toll-phrase-before-a-long-subject",
    ),
    pytest.param(
        "By noon the death toll had risen to four, and the number of injured to 31.",
        [("injured", "", 31, "exact"), ("killed", "", 4, "exact")],
        id="two-tolls-each-number-its-nearer",
    ),
    pytest.param(
        "The injury toll in Sumy rose to nine.", [("injured", "", 9, "exact")], id="an-injury-toll-is-no-death-toll"
    ),
    pytest.param(
        "Strike on Sumy: injury toll rises to nine", [("injured", "", 9, "exact")], id="an-injury-toll-in-a-headline"
    ),
    pytest.param(
        "Strike on Sumy: one killed, injured toll rises to nine",
        [("injured", "", 9, "exact"), ("killed", "", 1, "exact")],
        id="an-injured-toll-in-a-headline",
    ),
    pytest.param("The strike killed 40 cows on a farm.", [], id="animals-killed-are-no-casualties"),
    pytest.param(
        "The number of wounded rose to 12 and the death toll to two.",
        [("injured", "", 12, "exact"), ("killed", "", 2, "exact")],
        id="two-tolls-the-injured-first",
    ),
    pytest.param(
        "Among the injured were two children, and 16 people were hospitalized.",
        [],
        id="among-the-injured-is-a-subset",
    ),
    pytest.param(
        "Russia launched 96 strike and decoy drones.",
        [("launched", "drone", 96, "exact")],
        id="strike-and-decoy-drones",
    ),
    pytest.param(
        "Four people were injured, two of them are in hospital.",
        [("injured", "", 4, "exact")],
        id="in-hospital-is-no-count",
    ),
    pytest.param("Six passengers were wounded.", [("injured", "", 6, "exact")], id="passengers-as-casualties"),
    pytest.param(
        "The company said two of its power plants were damaged.",
        [("damaged", "", 2, "exact")],
        id="plants-of-a-company",
    ),
    pytest.param(
        "Thirty people were hurt, three of whom later died.",
        [("injured", "", 30, "exact"), ("killed", "", 3, "exact")],
        id="of-whom-takes-its-own-verb",
    ),
    pytest.param(
        "The strike killed two people and wounded nine others.",
        [("injured", "", 9, "exact"), ("killed", "", 2, "exact")],
        id="others",
    ),
    pytest.param(
        "Russian attacks killed 4 and injured 17 across the region.",
        [("injured", "", 17, "exact"), ("killed", "", 4, "exact")],
        id="number-right-after-a-casualty-verb",
    ),
    pytest.param(
        "Officials counted eleven drone strikes on the city.",
        [("strikes", "drone", 11, "exact")],
        id="weapon-as-modifier-of-an-event",
    ),
    pytest.param(
        "The army carried out 40 airstrikes on the town.", [("strikes", "", 40, "exact")], id="event-noun-as-head"
    ),
    pytest.param(
        "Troops shelled the district at least 120 times overnight.",
        [("strikes", "", 120, "at_least")],
        id="n-times-with-an-attack-verb",
    ),
    pytest.param("It was one of the largest attacks of the war.", [], id="superlative-is-a-rank"),
    pytest.param("Seven of the ten largest attacks came in autumn.", [], id="a-part-of-a-ranking-is-a-rank"),
    pytest.param("The five biggest attacks of the month hit Kyiv.", [], id="a-rankings-length-is-no-count"),
    pytest.param("Russian forces launched two waves of drones at the port.", [], id="measure-noun"),
    pytest.param(
        "Falling debris damaged 3 petrol stations and 12 cars.",
        [("damaged", "", 3, "exact"), ("damaged", "", 12, "exact")],
        id="wider-set-of-damaged-objects",
    ),
    pytest.param(
        "Two warehouse workers were injured when the roof collapsed.",
        [("injured", "", 2, "exact")],
        id="compound-counts-its-last-noun",
    ),
    pytest.param(
        "Debris started three house fires in the suburb.", [("fires", "", 3, "exact")], id="compound-house-fires"
    ),
    pytest.param(
        "In four districts homes were damaged by debris.",
        [("districts_affected", "", 4, "exact")],
        id="a-plural-ends-the-compound",
    ),
    pytest.param(
        "At the airport 14 outbound and 6 inbound flights were delayed.",
        [("flights_delayed", "", 6, "exact"), ("flights_delayed", "", 14, "exact")],
        id="coordinated-adjectives-share-the-next-head",
    ),
    pytest.param(
        "Two Russian and three Belarusian trucks were damaged at the crossing.",
        [("damaged", "", 2, "exact"), ("damaged", "", 3, "exact")],
        id="coordinated-side-adjectives-share-the-head",
    ),
    pytest.param(
        "Drones attacked Kharkiv overnight. Twelve fire crews were sent to the depot.",
        [],
        id="a-head-word-describing-a-noun-is-no-head",
    ),
    pytest.param("Drones attacked Kharkiv, sparking two fires.", [("fires", "", 2, "exact")], id="fires-still-fires"),
]


@pytest.mark.parametrize("text, expected", HEADS)
def test_heads(text, expected):
    assert rows(text) == expected
