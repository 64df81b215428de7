"""etl/extract/figures.py: a figure's evidence."""

import pytest

from etl.extract import extract
from etl.extract.figures import stated_rank
from etl.lexicon import load_lexicon
from tests.conftest import extracted_rows as rows


def test_evidence_span_points_into_the_text():
    text = "Officials said.\nOvernight, Russia launched 33 drones at Odesa."
    (figure,) = extract(text).figures
    assert text[figure.char_start : figure.char_end] == "33 drones"
    assert figure.sentence == "Overnight, Russia launched 33 drones at Odesa."


FRAMES = [  # whole sentences as news reports write them, and the figures each should give
    pytest.param(
        "The police counted 210 strikes on the region: 6 airstrikes with guided bombs, 120 drone strikes and 84 "
        "artillery strikes.",
        [
            ("strikes", "", 84, "exact"),
            ("strikes", "", 210, "exact"),
            ("strikes", "drone", 120, "exact"),
            ("strikes", "guided_bomb", 6, "exact"),
        ],
        id="the-weapon-of-one-count-is-not-the-others",
    ),
    pytest.param(
        "About 900 residents of three villages were left without electricity.",
        [("power_outages", "", 900, "approx")],
        id="residents-of-n-villages-is-where-they-live",
    ),
    pytest.param(
        "Russia attacked Ukraine with 85 drones and 3 ballistic missiles overnight, the air force said.",
        [("launched", "ballistic_missile", 3, "exact"), ("launched", "drone", 85, "exact")],
        id="russia-attacked-ukraine-with-85-drones",
    ),
    pytest.param(
        "Of the 85 drones, 60 were shot down and 20 were lost to electronic warfare.",
        [
            ("intercepted", "drone", 60, "exact"),
            ("launched", "drone", 85, "exact"),
            ("suppressed", "drone", 20, "exact"),
        ],
        id="of-the-85-drones-60-were",
    ),
    pytest.param(
        "Ukraine's air defences neutralised 70 of 85 drones.",
        [("intercepted", "drone", 70, "exact"), ("launched", "drone", 85, "exact")],
        id="ukraine-s-air-defences-neutralised-70",
    ),
    pytest.param(
        "The strike killed at least 12 people and wounded more than 40.",
        [("injured", "", 40, "at_least"), ("killed", "", 12, "at_least")],
        id="the-strike-killed-at-least-12",
    ),
    pytest.param(
        "The death toll rose to 15, officials said.", [("killed", "", 15, "exact")], id="the-death-toll-rose-to-15"
    ),
    pytest.param(
        "The number of injured has risen to 31.", [("injured", "", 31, "exact")], id="the-number-of-injured-has-risen"
    ),
    pytest.param(
        "Nine people, including a child, were killed in the attack.",
        [("killed", "", 9, "exact")],
        id="nine-people-including-a-child-were",
    ),
    pytest.param(
        "Three civilians were killed and 11 more were injured in Russian shelling of Kherson.",
        [("injured", "", 11, "exact"), ("killed", "", 3, "exact")],
        id="three-civilians-were-killed-and-11",
    ),
    pytest.param(
        "Russian forces shelled 27 settlements in the region over the past day.",
        [("districts_affected", "", 27, "exact")],
        id="russian-forces-shelled-27-settlements-in",
    ),
    pytest.param(
        "More than 200,000 customers were left without electricity after the attack.",
        [("power_outages", "", 200000, "at_least")],
        id="more-than-200-000-customers-were",
    ),
    pytest.param(
        "Around 50 flights were cancelled and 120 delayed at Moscow airports.",
        [("flights_cancelled", "", 50, "approx"), ("flights_delayed", "", 120, "exact")],
        id="around-50-flights-were-cancelled-and",
    ),
    pytest.param(
        "Temporary restrictions were introduced at four airports.",
        [("airport_restrictions", "", 4, "exact")],
        id="temporary-restrictions-were-introduced-at-four",
    ),
    pytest.param(
        "Two drones hit an oil depot, starting a fire.",
        [("hit", "drone", 2, "exact")],
        id="two-drones-hit-an-oil-depot",
    ),
    pytest.param(
        "The drone attack damaged 14 residential buildings and 30 cars.",
        [("damaged", "", 14, "exact"), ("damaged", "", 30, "exact")],
        id="the-drone-attack-damaged-14-residential",
    ),
    pytest.param(
        "Over 100 drones were launched at Kyiv, according to the city administration.",
        [("launched", "drone", 100, "at_least")],
        id="over-100-drones-were-launched-at",
    ),
    pytest.param(
        "Air defence forces destroyed 23 Ukrainian UAVs over the Bryansk region, the ministry said.",
        [("intercepted", "drone", 23, "exact")],
        id="air-defence-forces-destroyed-23-ukrainian",
    ),
    pytest.param(
        "Six Kalibr cruise missiles were fired from the Black Sea; all were intercepted.",
        [("intercepted", "cruise_missile", 6, "exact"), ("launched", "cruise_missile", 6, "exact")],
        id="six-kalibr-cruise-missiles-were-fired",
    ),
    pytest.param(
        "Ukraine said it downed all 40 drones launched by Russia.",
        [("intercepted", "drone", 40, "exact"), ("launched", "drone", 40, "exact")],
        id="ukraine-said-it-downed-all-40",
    ),
    pytest.param(
        "The attack involved 300 drones and nearly 30 missiles.",
        [("launched", "drone", 300, "exact"), ("launched", "missile", 30, "approx")],
        id="the-attack-involved-300-drones-and",
    ),
    pytest.param(
        "Russia has launched more than 1,800 drones at Ukraine this week, Zelensky said.",
        [("launched", "drone", 1800, "at_least")],
        id="russia-has-launched-more-than-1",
    ),
    pytest.param(
        "Two people died in hospital, raising the death toll to five.",
        [("killed", "", 2, "exact"), ("killed", "", 5, "exact")],
        id="two-people-died-in-hospital-raising",
    ),
    pytest.param(
        "A drone struck a nine-storey building, injuring two residents.",
        [("injured", "", 2, "exact")],
        id="a-drone-struck-a-nine-storey",
    ),
    pytest.param(
        "The army said 18 of the 20 missiles were intercepted.",
        [("intercepted", "missile", 18, "exact"), ("launched", "missile", 20, "exact")],
        id="the-army-said-18-of-the",
    ),
    pytest.param(
        "Moscow's airports suspended flights for three hours; 45 flights were diverted.",
        [],
        id="moscow-s-airports-suspended-flights-for",
    ),
    pytest.param(
        "The ministry said the remaining four drones did not reach their targets.",
        [],
        id="the-ministry-said-the-remaining-four",
    ),
    pytest.param("No one was injured, the governor said.", [], id="no-one-was-injured-the-governor"),
    pytest.param(
        "Russia lost 1,200 soldiers in the past day, the General Staff said.", [], id="russia-lost-1-200-soldiers-in"
    ),
    pytest.param(
        "Around 300 residents were evacuated from the area.", [], id="around-300-residents-were-evacuated-from"
    ),
    pytest.param("The bridge is 19 kilometres long and carries 4 lanes.", [], id="the-bridge-is-19-kilometres-long"),
    pytest.param(
        "Russia fired 4 S-300 missiles at Kharkiv, killing one and wounding six.",
        [("injured", "", 6, "exact"), ("killed", "", 1, "exact"), ("launched", "missile", 4, "exact")],
        id="russia-fired-4-s-300-missiles",
    ),
    pytest.param(
        "Russian troops struck the city with two guided aerial bombs.",
        [("launched", "guided_bomb", 2, "exact")],
        id="russian-troops-struck-the-city-with",
    ),
    pytest.param(
        "In total, 47 drones were shot down over eight regions.",
        [("intercepted", "drone", 47, "exact")],
        id="in-total-47-drones-were-shot",
    ),
    pytest.param(
        "The enemy attacked with 43 Shahed-type strike UAVs; 35 were downed.",
        [("intercepted", "drone", 35, "exact"), ("launched", "drone", 43, "exact")],
        id="the-enemy-attacked-with-43-shahed",
    ),
    pytest.param(
        "Russian troops launched 12 attacks on the city, injuring 8.",
        [("injured", "", 8, "exact"), ("strikes", "", 12, "exact")],
        id="russian-troops-launched-12-attacks-on",
    ),
    pytest.param("Three of the missiles were not shot down.", [], id="three-of-the-missiles-were-not"),
    pytest.param("Russia did not launch any missiles overnight.", [], id="russia-did-not-launch-any-missiles"),
    pytest.param(
        "More than 120 firefighters were deployed to the depot, and nobody was hurt, it said.",
        [],
        id="nobody-was-hurt-is-no-verb-of-the-count-before",
    ),
    pytest.param(
        "No one was killed, but 5 people were injured in the blast.",
        [("injured", "", 5, "exact")],
        id="no-one-was-killed-leaves-the-next-clause",
    ),
    pytest.param(
        "Russia launched 326 missiles and drones at Ukraine overnight: how many were shot down.",
        [("launched", "drone_or_missile", 326, "exact")],
        id="how-many-were-shot-down-asks-and-leaves-the-count-its-verb",
    ),
    pytest.param(
        "On Saturday Russia aimed 471 drones and 38 missiles at the power grid.",
        [("launched", "drone", 471, "exact"), ("launched", "missile", 38, "exact")],
        id="aimed-n-drones-at-is-launched",
    ),
    pytest.param(
        "Drones aimed at Kyiv were shot down overnight, 27 in all.",
        [("intercepted", "drone", 27, "exact")],
        id="drones-aimed-at-a-city-are-no-launch-of-their-own",
    ),
    pytest.param(
        "The emergency service received 28 new fire and rescue vehicles from Japan.",
        [],
        id="a-coordinated-modifier-before-its-noun-counts-nothing",
    ),
    pytest.param(
        "He put the number of injured at 44; 28 of them remained in hospital, six in serious condition.",
        [("injured", "", 44, "exact")],
        id="an-item-after-a-part-in-hospital-counts-no-one-more",
    ),
    pytest.param(
        "Russia launched 36 missiles overnight. Air defence shot down 30 missiles. "
        "The missiles included 28 Kh-101 cruise missiles.",
        [
            ("intercepted", "missile", 30, "exact"),
            ("launched", "cruise_missile", 28, "exact"),
            ("launched", "missile", 36, "exact"),
        ],
        id="what-the-missiles-included-is-what-was-launched",
    ),
    pytest.param(
        "Two tankers moored at the berth were damaged, and three ambulances were destroyed.",
        [("damaged", "", 2, "exact"), ("damaged", "", 3, "exact")],
        id="tankers-and-ambulances-can-be-damaged",
    ),
    pytest.param(
        "A grain terminal and three civilian vessels were damaged.",
        [("damaged", "", 3, "exact")],
        id="a-people-word-before-an-object-only-describes-it",
    ),
    pytest.param(
        "Windows had been broken in 11 apartment buildings, the city said.",
        [("damaged", "", 11, "exact")],
        id="windows-broken-in-n-buildings",
    ),
    pytest.param(
        "Three tractors and two compressor stations were destroyed.",
        [("damaged", "", 2, "exact"), ("damaged", "", 3, "exact")],
        id="farm-machinery-and-compressor-stations",
    ),
    pytest.param(
        "Russia launched 500 drones overnight, far above the average of 150 a night.",
        [("launched", "drone", 500, "exact")],
        id="an-average-beside-a-count-leaves-the-count",
    ),
    pytest.param(
        "Russia launched 500 drones overnight, the largest attack in the past 12 months.",
        [("launched", "drone", 500, "exact")],
        id="the-largest-in-the-past-months-compares-and-counts-no-tally",
    ),
    pytest.param(
        "A total of 12 houses were damaged and 3 destroyed.",
        [("damaged", "", 3, "exact"), ("damaged", "", 12, "exact")],
        id="a-total-of-12-houses-were",
    ),
    pytest.param(
        "Some 5,000 households in Odesa remain without power.",
        [("power_outages", "", 5000, "approx")],
        id="some-5-000-households-in-odesa",
    ),
    pytest.param(
        "The attack left 1.2 million people without power.",
        [("power_outages", "", 1200000, "exact")],
        id="the-attack-left-1-2-million",
    ),
    pytest.param("The attack left 1.2 million people without heating.", [], id="heating-has-no-metric"),
    pytest.param(
        "Fourteen drones were destroyed, with debris damaging two homes.",
        [("damaged", "", 2, "exact"), ("intercepted", "drone", 14, "exact")],
        id="fourteen-drones-were-destroyed-with-debris",
    ),
    pytest.param(
        "Russia could launch up to 1,000 drones a night by autumn, analysts warned.",
        [],
        id="russia-could-launch-up-to-1",
    ),
    pytest.param(
        "The attack killed a woman and injured her son.",
        [("injured", "", 1, "exact"), ("killed", "", 1, "exact")],
        id="the-attack-killed-a-woman-and",
    ),
    pytest.param(
        "Since the start of the full-scale invasion, Russia has fired more than 10,000 missiles at Ukraine.",
        [],
        id="since-the-start-of-the-full",
    ),
    pytest.param(
        "In total, Russia has launched over 30,000 Shahed drones at Ukraine since 2022.",
        [],
        id="in-total-russia-has-launched-over",
    ),
    pytest.param("That compares with 300 drones the previous night.", [], id="that-compares-with-300-drones-the"),
    pytest.param(
        "The previous record was 728 drones, launched on July 9.",
        [("launched", "drone", 728, "exact")],
        id="the-previous-record-was-728-drones",
    ),
    pytest.param(
        "A 54-year-old man was wounded by shrapnel in the Kupiansk district.",
        [("injured", "", 1, "exact")],
        id="a-54-year-old-man-was",
    ),
    pytest.param(
        "Debris from a downed drone injured two people and damaged 5 private houses.",
        [("damaged", "", 5, "exact"), ("injured", "", 2, "exact")],
        id="debris-from-a-downed-drone-injured",
    ),
    pytest.param(
        "Of the 40 drones, 25 were shot down and 12 were jammed.",
        [
            ("intercepted", "drone", 25, "exact"),
            ("launched", "drone", 40, "exact"),
            ("suppressed", "drone", 12, "exact"),
        ],
        id="of-the-40-drones-25-were",
    ),
    pytest.param(
        "The Ukrainian air force said 23 drones were shot down or suppressed by electronic warfare.",
        [("intercepted_or_suppressed", "drone", 23, "exact")],
        id="the-ukrainian-air-force-said-23",
    ),
    pytest.param(
        "Ukraine's air force said 19 drones were locally lost, likely due to electronic warfare.",
        [("suppressed", "drone", 19, "exact")],
        id="ukraine-s-air-force-said-19",
    ),
    pytest.param(
        "Russian troops hit the town 46 times over the past day, injuring seven residents.",
        [("injured", "", 7, "exact"), ("strikes", "", 46, "exact")],
        id="russian-troops-hit-the-town-46",
    ),
    pytest.param(
        "Kharkiv was hit by 3 guided bombs on Sunday.",
        [("hit", "guided_bomb", 3, "exact")],
        id="kharkiv-was-hit-by-3-guided",
    ),
    pytest.param(
        "About 60,000 people in Odesa were left without water and power.",
        [("power_outages", "", 60000, "approx")],
        id="about-60-000-people-in-odesa",
    ),
    pytest.param(
        "Three people, including a 12-year-old girl, were wounded.",
        [("injured", "", 3, "exact")],
        id="three-people-including-a-12-year",
    ),
    pytest.param(
        "The strike on the market killed 17 and wounded 32, the ministry said.",
        [("injured", "", 32, "exact"), ("killed", "", 17, "exact")],
        id="the-strike-on-the-market-killed",
    ),
    pytest.param(
        "Nineteen drones were destroyed over the Kursk region and two over the Belgorod region.",
        [("intercepted", "drone", 2, "exact"), ("intercepted", "drone", 19, "exact")],
        id="nineteen-drones-were-destroyed-over-the",
    ),
    pytest.param(
        "More than 100 flights were delayed or cancelled at Sheremetyevo.",
        [("flights_disrupted", "", 100, "at_least")],
        id="more-than-100-flights-were-delayed",
    ),
    pytest.param(
        "Some 2,000 passengers were stranded at the airport.",
        [("passengers_stranded", "", 2000, "approx")],
        id="some-2-000-passengers-were-stranded",
    ),
    pytest.param("A fire broke out at the depot after a drone attack.", [], id="a-fire-broke-out-at-the"),
    pytest.param(
        "Two missiles struck an energy facility in the Lviv region.",
        [("hit", "missile", 2, "exact")],
        id="two-missiles-struck-an-energy-facility",
    ),
    pytest.param(
        "Two of the missiles hit their targets.", [("hit", "missile", 2, "exact")], id="two-of-the-missiles-hit-their"
    ),
    pytest.param(
        "Ukraine hit a Russian refinery with 15 drones overnight, the General Staff said.",
        [("launched", "drone", 15, "exact")],
        id="ukraine-hit-a-russian-refinery-with",
    ),
    pytest.param(
        "Russian forces dropped 60 glide bombs on the region over the past day.",
        [("launched", "guided_bomb", 60, "exact")],
        id="russian-forces-dropped-60-glide-bombs",
    ),
    pytest.param(
        "The enemy carried out 12 air strikes using 20 guided aerial bombs.",
        [("launched", "guided_bomb", 20, "exact"), ("strikes", "", 12, "exact")],
        id="the-enemy-carried-out-12-air",
    ),
    pytest.param(
        "At least 6 people, among them a child, were killed.",
        [("killed", "", 6, "at_least")],
        id="at-least-6-people-among-them",
    ),
    pytest.param(
        "The ministry said its forces had intercepted 41 Ukrainian drones: 20 over Bryansk, 21 over Kursk.",
        [
            ("intercepted", "drone", 20, "exact"),
            ("intercepted", "drone", 21, "exact"),
            ("intercepted", "drone", 41, "exact"),
        ],
        id="russia-s-defence-ministry-said-its",
    ),
    pytest.param(
        "Air defence units downed 75 drones overnight:\n\n- 42 — over the territory of the Oryol region;\n"
        "- 33 – over Lipetsk region.",
        [
            ("intercepted", "drone", 33, "exact"),
            ("intercepted", "drone", 42, "exact"),
            ("intercepted", "drone", 75, "exact"),
        ],
        id="a-list-by-place-with-a-dash-after-each-number",
    ),
    pytest.param(
        "The ministry said 56 drones were destroyed: 30 – over the Belgorod region, 26 – over the Kursk region.",
        [
            ("intercepted", "drone", 26, "exact"),
            ("intercepted", "drone", 30, "exact"),
            ("intercepted", "drone", 56, "exact"),
        ],
        id="items-by-place-with-a-dash-in-one-sentence",
    ),
    pytest.param(
        "On-duty air defense systems destroyed and intercepted 24 Ukrainian aircraft-type drones "
        "over the territory of the Kursk region.",
        [("intercepted", "drone", 24, "exact")],
        id="on-duty-air-defense-systems-destroyed",
    ),
    pytest.param(
        "The Kyiv regime attempted a terrorist attack using 12 fixed-wing UAVs, all of which were destroyed.",
        [("intercepted", "drone", 12, "exact"), ("launched", "drone", 12, "exact")],
        id="the-kyiv-regime-attempted-to-carry",
    ),
    pytest.param(
        "Air defenses shot down 47 drones overnight, including 15 over the Moscow region and 11 over the Tula region.",
        [
            ("intercepted", "drone", 11, "exact"),
            ("intercepted", "drone", 15, "exact"),
            ("intercepted", "drone", 47, "exact"),
        ],
        id="air-defenses-shot-down-47-drones",
    ),
    pytest.param(
        "The governor reported that 3 people had been injured and 2 apartment buildings damaged.",
        [("damaged", "", 2, "exact"), ("injured", "", 3, "exact")],
        id="the-governor-reported-that-3-people",
    ),
    pytest.param(
        "Sobyanin said air defenses repelled an attack by 5 drones flying toward Moscow.",
        [("intercepted", "drone", 5, "exact")],
        id="sobyanin-said-air-defenses-repelled-an",
    ),
    pytest.param(
        "Ukrainian drones attacked the refinery, sparking a fire; two workers were hurt.",
        [("injured", "", 2, "exact")],
        id="ukrainian-drones-attacked-the-refinery-sparking",
    ),
    pytest.param(
        "Rosaviatsiya said restrictions were imposed at 8 airports in central Russia.",
        [("airport_restrictions", "", 8, "exact")],
        id="rosaviatsiya-said-restrictions-were-imposed-at",
    ),
    pytest.param(
        "More than 130 flights were delayed and 40 cancelled at Sheremetyevo on Sunday.",
        [("flights_cancelled", "", 40, "exact"), ("flights_delayed", "", 130, "at_least")],
        id="more-than-130-flights-were-delayed",
    ),
    pytest.param(
        "Ukraine's air force said it shot down 40 of the 50 drones and 3 of the 4 missiles.",
        [
            ("intercepted", "drone", 40, "exact"),
            ("intercepted", "missile", 3, "exact"),
            ("launched", "drone", 50, "exact"),
            ("launched", "missile", 4, "exact"),
        ],
        id="ukraine-s-air-force-said-it",
    ),
    pytest.param(
        "Another 9 drones were lost from radar.",
        [("suppressed", "drone", 9, "exact")],
        id="another-9-drones-were-lost-from",
    ),
    pytest.param(
        "Russia attacked Ukraine overnight with 112 drones, 86 of which were shot down.",
        [("intercepted", "drone", 86, "exact"), ("launched", "drone", 112, "exact")],
        id="russia-attacked-ukraine-overnight-with-112",
    ),
    pytest.param(
        "Russia fired 30 missiles. Nine were ballistic missiles, and four of those were shot down.",
        [
            ("intercepted", "ballistic_missile", 4, "exact"),
            ("launched", "ballistic_missile", 9, "exact"),
            ("launched", "missile", 30, "exact"),
        ],
        id="four-of-those-is-a-part-of-the-count-before",
    ),
    pytest.param(
        "Russia fired 30 missiles and 200 drones. Four of those drones were shot down near Lviv.",
        [
            ("intercepted", "drone", 4, "exact"),
            ("launched", "drone", 200, "exact"),
            ("launched", "missile", 30, "exact"),
        ],
        id="of-those-drones-is-no-relative",
    ),
    pytest.param(
        "Russia fired 30 missiles. Nine of the missiles were ballistic, the air force said.",
        [("launched", "ballistic_missile", 9, "exact"), ("launched", "missile", 30, "exact")],
        id="a-predicate-adjective-names-the-weapon-of-a-part",
    ),
    pytest.param(
        "Russia fired 30 missiles. Nine of the missiles were intercepted.",
        [("intercepted", "missile", 9, "exact"), ("launched", "missile", 30, "exact")],
        id="a-participle-is-no-weapon-adjective",
    ),
    pytest.param(
        "Air defences destroyed 20 drones over the Oryol region, out of 75 downed across Russia.",
        [("intercepted", "drone", 20, "exact"), ("intercepted", "drone", 75, "exact")],
        id="out-of-a-whole-after-its-part",
    ),
    pytest.param(
        "Air defences destroyed 20 drones over the Oryol region, out of 75 across the country.",
        [("intercepted", "drone", 20, "exact"), ("intercepted", "drone", 75, "exact")],
        id="out-of-a-whole-takes-its-parts-verb",
    ),
    pytest.param(
        "The ministry said 9 of the 70 drones it claimed to have shot down were over the Oryol region.",
        [("intercepted", "drone", 9, "exact"), ("intercepted", "drone", 70, "exact")],
        id="a-wholes-own-relative-clause-tells-its-verb",
    ),
    pytest.param(
        "Nine of the 70 drones were shot down over the Oryol region.",
        [("intercepted", "drone", 9, "exact"), ("launched", "drone", 70, "exact")],
        id="the-parts-verb-is-not-the-wholes",
    ),
    pytest.param(
        "Air force says 61 of 70 drones downed",
        [("intercepted", "drone", 61, "exact"), ("launched", "drone", 70, "exact")],
        id="a-headlines-part-verb-is-not-the-wholes",
    ),
    pytest.param(
        "Of the 70 drones downed overnight, nine were destroyed over the Oryol region.",
        [("intercepted", "drone", 9, "exact"), ("intercepted", "drone", 70, "exact")],
        id="a-fronted-wholes-participle-tells-its-verb",
    ),
    pytest.param(
        "Two fires broke out in Izium. Workers later counted 140 broken windows and 11 damaged roofs.",
        [("fires", "", 2, "exact")],
        id="a-participle-before-a-noun-of-its-own-makes-no-ellipsis",
    ),
    pytest.param(
        "Russia launched 180 drones a day earlier, the air force said.",
        [("launched", "drone", 180, "exact")],
        id="a-day-earlier-is-no-rate",
    ),
    pytest.param(
        "Russia struck Ukraine overnight with 60 drones and 5 missiles, of which 50 drones and 3 missiles were downed.",
        [
            ("intercepted", "drone", 50, "exact"),
            ("intercepted", "missile", 3, "exact"),
            ("launched", "drone", 60, "exact"),
            ("launched", "missile", 5, "exact"),
        ],
        id="russia-struck-ukraine-overnight-with-60",
    ),
    pytest.param(
        "Nine drones hit targets in Kharkiv and Kyiv regions.",
        [("hit", "drone", 9, "exact")],
        id="nine-drones-hit-targets-in-kharkiv",
    ),
    pytest.param(
        "A total of 27 residential buildings, 3 schools and a hospital were damaged.",
        [("damaged", "", 3, "exact"), ("damaged", "", 27, "exact")],
        id="a-total-of-27-residential-buildings",
    ),
    pytest.param(
        "The attack left 19 people injured, including four children.",
        [("injured", "", 19, "exact")],
        id="the-attack-left-19-people-injured",
    ),
    pytest.param(
        "Two more people died in hospital overnight, bringing the toll to 21.",
        [("killed", "", 2, "exact"), ("killed", "", 21, "exact")],
        id="two-more-people-died-in-hospital",
    ),
    pytest.param(
        "A 63-year-old woman was killed and her husband was seriously injured.",
        [("injured", "", 1, "exact"), ("killed", "", 1, "exact")],
        id="a-63-year-old-woman-was",
    ),
    pytest.param(
        "The army targeted five villages with guided bombs overnight, the governor said.",
        [("districts_affected", "", 5, "exact")],
        id="targeted-n-places-with-bombs",
    ),
    pytest.param(
        "Russia struck two hospitals with missiles on Monday.",
        [("damaged", "", 2, "exact")],
        id="struck-n-buildings-with-missiles",
    ),
    pytest.param(
        "Shelling attacks of 31 settlements killed two people.",
        [("districts_affected", "", 31, "exact"), ("killed", "", 2, "exact")],
        id="attacks-of-n-settlements",
    ),
    pytest.param(
        "Nine people were hurt when drone debris crashed onto a street.",
        [("injured", "", 9, "exact")],
        id="drone-debris-crashed-is-an-attack",
    ),
    pytest.param(
        "A cargo plane flying to Novosibirsk crashed, killing 4 crew members.",
        [],
        id="a-plane-crash-is-no-attack",
    ),
    pytest.param(
        "Air defence destroyed 54 drones over seven regions overnight.",
        [("intercepted", "drone", 54, "exact")],
        id="regions-of-an-interception-are-where-not-what",
    ),
    pytest.param(
        "The town came under attack from 31 drones, 20 of which were shot down.",
        [("intercepted", "drone", 20, "exact"), ("launched", "drone", 31, "exact")],
        id="under-attack-from-n-drones",
    ),
    pytest.param(
        "Officials in the region said 3 were killed and 8 were wounded.",
        [("injured", "", 8, "exact"), ("killed", "", 3, "exact")],
        id="a-headless-number-before-a-casualty-verb-counts-people",
    ),
    pytest.param(
        "Air defence shot down/suppressed 95 air targets overnight.",
        [("intercepted_or_suppressed", "drone_or_missile", 95, "exact")],
        id="shot-down-slash-suppressed-is-lumped",
    ),
    pytest.param(
        "The enemy attacked with 120 strike UAVs and 6 attack drones.",
        [("launched", "drone", 6, "exact"), ("launched", "drone", 120, "exact")],
        id="strike-uavs-are-drones-not-strikes",
    ),
    pytest.param(
        "Air defence neutralised 80 of the aerial attack assets launched overnight.",
        [("intercepted", "drone_or_missile", 80, "exact")],
        id="aerial-attack-assets",
    ),
    pytest.param(
        "Hits of 4 missiles and 11 attack UAVs were recorded in the region.",
        [("hit", "drone", 11, "exact"), ("hit", "missile", 4, "exact")],
        id="hits-of-n-missiles",
    ),
    pytest.param(
        "Hits by 10 missiles were recorded at 17 locations.",
        [("districts_affected", "", 17, "exact"), ("hit", "missile", 10, "exact")],
        id="hits-by-n-missiles",
    ),
    pytest.param(
        "The barrage included 40 missiles and 90 drones.",
        [("launched", "drone", 90, "exact"), ("launched", "missile", 40, "exact")],
        id="the-barrage-included",
    ),
    pytest.param(
        "Of these, 41 drones were shot down or neutralised by electronic warfare.",
        [("intercepted_or_suppressed", "drone", 41, "exact")],
        id="shot-down-or-neutralised-by-ew",
    ),
    pytest.param(
        'Air defence shot down 40 drones, and 12 more were "lost" from radar.',
        [("intercepted", "drone", 40, "exact"), ("suppressed", "drone", 12, "exact")],
        id="lost-in-quotes-is-the-air-forces-word-for-jammed",
    ),
    pytest.param(
        "Air defence shot down 40 drones, and 12 more were “lost,” the statement said.",
        [("intercepted", "drone", 40, "exact"), ("suppressed", "drone", 12, "exact")],
        id="lost-in-curly-quotes-with-its-comma",
    ),
    pytest.param(
        "Air defence shot down 34 drones, and 18 drones were locally lost.",
        [("intercepted", "drone", 34, "exact"), ("suppressed", "drone", 18, "exact")],
        id="comma-and-a-new-subject-of-its-own-verb-is-no-list",
    ),
    pytest.param(
        "Russia launched 34 drones, and 18 missiles at the city.",
        [("launched", "drone", 34, "exact"), ("launched", "missile", 18, "exact")],
        id="comma-and-in-a-list-with-no-verb-of-its-own",
    ),
    pytest.param(
        "Fires broke out at 17 sites across the city.",
        [("fires", "", 17, "exact")],
        id="fires-at-n-sites-are-n-fires",
    ),
    pytest.param(
        "Firefighters battled blazes at four locations.",
        [("fires", "", 4, "exact")],
        id="blazes-at-n-locations",
    ),
    pytest.param(
        "Crews put out fires in two warehouses.",
        [("fires", "", 2, "exact")],
        id="fires-in-n-buildings",
    ),
    pytest.param(
        "A fire broke out, and debris damaged 3 houses.",
        [("damaged", "", 3, "exact")],
        id="a-count-in-another-clause-is-not-the-fires",
    ),
    pytest.param(
        "Firefighters put out 2 fires at the depot.",
        [("fires", "", 2, "exact")],
        id="put-out-is-no-estimate",
    ),
    pytest.param(
        "The unit lost 3 drones in the storm.",
        [],
        id="lost-without-quotes-is-no-jamming",
    ),
    pytest.param(
        "Units downed 47 drones over 12 regions, while another 27 were locationally lost.",
        [("intercepted", "drone", 47, "exact"), ("suppressed", "drone", 27, "exact")],
        id="another-n-counts-the-drones-not-the-regions",
    ),
    pytest.param(
        "The dam was struck by eight missiles.", [("hit", "missile", 8, "exact")], id="struck-by-n-missiles-is-hit"
    ),
    pytest.param("Ukraine has hit at least 21 Russian refineries since January.", [], id="since-a-month-is-a-tally"),
    pytest.param("Kyiv put its own losses at 31,000 dead.", [], id="military-losses-are-a-tally"),
    pytest.param(
        "The number of wounded in the capital had risen to 116, including four children.",
        [("injured", "", 116, "exact")],
        id="a-toll-named-far-before-its-number",
    ),
    pytest.param("Updated 2h ago: 3 people were injured.", [("injured", "", 3, "exact")], id="hours-ago"),
    pytest.param(
        "Air defences repelled an attack by six drones flying toward Moscow.",
        [("intercepted", "drone", 6, "exact")],
        id="repelled-an-attack-by-n-drones",
    ),
    pytest.param(
        'Russia launched 97 drones. Of them, 57 were shot down and 34 were "lost" as a result of electronic '
        "countermeasures.",
        [
            ("intercepted", "drone", 57, "exact"),
            ("launched", "drone", 97, "exact"),
            ("suppressed", "drone", 34, "exact"),
        ],
        id="lost-as-a-result-of-countermeasures",
    ),
    pytest.param("Russia hurled 315 drones at Ukraine overnight.", [("launched", "drone", 315, "exact")], id="hurled"),
    pytest.param("Two crew members were injured.", [("injured", "", 2, "exact")], id="crew-members"),
    pytest.param(
        "Russia launched 56 drones and missiles in total, of which 51 had been destroyed.",
        [("intercepted", "drone_or_missile", 51, "exact"), ("launched", "drone_or_missile", 56, "exact")],
        id="of-which-fronted",
    ),
    pytest.param("Bodies of 12 soldiers were handed over on Friday.", [], id="returned-bodies-are-no-attack"),
    pytest.param(
        "Russia launched 51 missiles, including 32 ballistic missiles, and air defences downed 30 missiles.",
        [
            ("intercepted", "missile", 30, "exact"),
            ("launched", "ballistic_missile", 32, "exact"),
            ("launched", "missile", 51, "exact"),
        ],
        id="a-mixed-missile-count-keeps-its-class-and-a-later-subject-its-verb",
    ),
    pytest.param(
        "Air defence shot down 9 drones and 2 cruise missiles over the region.\n\n"
        "Overall, Russia launched 653 drones and 51 missiles against Ukraine.",
        [
            ("intercepted", "cruise_missile", 2, "exact"),
            ("intercepted", "drone", 9, "exact"),
            ("launched", "drone", 653, "exact"),
            ("launched", "missile", 51, "exact"),
        ],
        id="a-class-named-for-a-few-missiles-is-not-the-totals",
    ),
    pytest.param(
        "The mayor reported six drones shot down near the capital, two more than the ministry reported.",
        [("intercepted", "drone", 6, "exact")],
        id="a-difference-is-no-count",
    ),
    pytest.param(
        "The mayor reported six drones shot down near the capital, three fewer than the ministry claimed.",
        [("intercepted", "drone", 6, "exact")],
        id="a-difference-fewer-than-is-no-count",
    ),
    pytest.param(
        "Russia fired 43 missiles at Ukraine, the air force said, adding that air defences had shot down 30 of them.",
        [("intercepted", "missile", 30, "exact"), ("launched", "missile", 43, "exact")],
        id="an-auxiliary-of-another-clause-makes-no-passive",
    ),
    pytest.param(
        "Russia fired 20 missiles, which were all shot down.",
        [("intercepted", "missile", 20, "exact"), ("launched", "missile", 20, "exact")],
        id="which-were-all-shot-down",
    ),
    pytest.param(
        "Russia fired around 28 missiles and more than a dozen drones. Air defences destroyed all of the missiles "
        "and drones.",
        [
            ("intercepted", "drone", 12, "at_least"),
            ("intercepted", "missile", 28, "approx"),
            ("launched", "drone", 12, "at_least"),
            ("launched", "missile", 28, "approx"),
        ],
        id="destroyed-all-of-the-missiles-and-drones-as-counted",
    ),
    pytest.param(
        "Russia fired 40 missiles and 200 drones. The missiles included 18 Kh-101 cruise missiles.",
        [
            ("launched", "cruise_missile", 18, "exact"),
            ("launched", "drone", 200, "exact"),
            ("launched", "missile", 40, "exact"),
        ],
        id="the-missiles-included-n-were-launched-as-the-missiles-were",
    ),
    pytest.param(
        "Air defences shot down 30 missiles. The missiles shot down included 12 Kalibr cruise missiles.",
        [("intercepted", "cruise_missile", 12, "exact"), ("intercepted", "missile", 30, "exact")],
        id="the-subjects-own-verb-gives-the-metric-of-what-it-included",
    ),
    pytest.param(
        "Russia attacked with 60 drones and 12 missiles. Among the missiles were 8 Kalibr cruise missiles.",
        [
            ("launched", "cruise_missile", 8, "exact"),
            ("launched", "drone", 60, "exact"),
            ("launched", "missile", 12, "exact"),
        ],
        id="among-the-missiles-were-n",
    ),
    pytest.param(
        'Russia launched 90 drones. Air defence shot down 60 of them, and 28 were "lost in location".',
        [
            ("intercepted", "drone", 60, "exact"),
            ("launched", "drone", 90, "exact"),
            ("suppressed", "drone", 28, "exact"),
        ],
        id="lost-in-location-is-suppressed-and-n-of-them-takes-the-verb-before-it",
    ),
    pytest.param(
        "Russia launched 90 drones and two missiles. Of the drones, 76 were shot down.",
        [
            ("intercepted", "drone", 76, "exact"),
            ("launched", "drone", 90, "exact"),
            ("launched", "missile", 2, "exact"),
        ],
        id="of-the-drones-n-were",
    ),
    pytest.param(
        "Debris fell in six of the capital's 10 districts.",
        [("districts_affected", "", 6, "exact")],
        id="the-whole-of-a-partitive-place-count-was-not-hit",
    ),
    pytest.param(
        "Four people were wounded, one of them seriously.", [("injured", "", 4, "exact")], id="one-of-them-seriously"
    ),
    pytest.param(
        'Units downed 87 drones and another 46 were "lost", likely as a result of electronic jamming.',
        [("intercepted", "drone", 87, "exact"), ("suppressed", "drone", 46, "exact")],
        id="lost-likely-to-jamming",
    ),
    pytest.param(
        "Seven missiles and 76 drones got through.",
        [("hit", "drone", 76, "exact"), ("hit", "missile", 7, "exact")],
        id="got-through-is-hit",
    ),
    pytest.param(
        "Russia launched 132 drones. 83 were shot down and another 49 were lost, presumably jammed.",
        [
            ("intercepted", "drone", 83, "exact"),
            ("launched", "drone", 132, "exact"),
            ("suppressed", "drone", 49, "exact"),
        ],
        id="lost-presumably-jammed",
    ),
    pytest.param(
        "The UN had verified more than 11,900 civilian deaths since February 24, 2022.", [], id="since-the-invasion"
    ),
    pytest.param(
        "Russia has launched more than 28,000 drones at Ukraine since September 2022.", [], id="since-a-month-and-year"
    ),
    pytest.param(
        "Russia launched 40 drones overnight, the largest attack since May 2025.",
        [("launched", "drone", 40, "exact")],
        id="the-largest-attack-since-is-no-tally",
    ),
    pytest.param("3 dead after fiery crash on the highway.", [], id="a-road-crash-is-no-attack"),
    pytest.param("It was the highest monthly toll: 232 civilians died.", [], id="a-monthly-toll"),
    pytest.param(
        "The ministry said it had destroyed 121 drones on Saturday and on Sunday reported a further 193.",
        [("intercepted", "drone", 121, "exact"), ("intercepted", "drone", 193, "exact")],
        id="a-further-n",
    ),
    pytest.param(
        "The enemy struck the city with drones six times overnight.",
        [("strikes", "drone", 6, "exact")],
        id="strikes-with-drones-n-times",
    ),
    pytest.param(
        "Across the country, more than 1m consumers were left without electricity.",
        [("power_outages", "", 1000000, "at_least")],
        id="1m-consumers",
    ),
    pytest.param(
        "27 drones were destroyed over the Belgorod region between 7 and 10 a.m.",
        [("intercepted", "drone", 27, "exact")],
        id="a-clock-time-is-no-count",
    ),
    pytest.param(
        "The governor said a drone attack had damaged a civilian enterprise and two people were injured.",
        [("injured", "", 2, "exact")],
        id="a-civilian-enterprise-is-no-person",
    ),
    pytest.param(
        "Fifteen of the injured remain in hospital, four in intensive care.", [], id="in-hospital-in-intensive-care"
    ),
    pytest.param("Five children were among the wounded, he said.", [], id="among-the-wounded"),
    pytest.param(
        "Gladkov said 48 drones attacked the region. One of them struck a car.",
        [("launched", "drone", 48, "exact")],
        id="one-of-them-is-which-not-how-many",
    ),
    pytest.param(
        "Air defences destroyed 118 drones over 11 regions.\nOf those, 34 were brought down over the Moscow region.",
        [
            ("intercepted", "drone", 34, "exact"),
            ("intercepted", "drone", 118, "exact"),
        ],
        id="the-sentence-before-counts-drones-not-regions",
    ),
    pytest.param(
        "Russia launched 12 ballistic missiles from the Bryansk region; 20 cruise missiles from the Saratov region; "
        "and 300 drones from Kursk.",
        [
            ("launched", "ballistic_missile", 12, "exact"),
            ("launched", "cruise_missile", 20, "exact"),
            ("launched", "drone", 300, "exact"),
        ],
        id="items-after-semicolons-share-the-first-items-verb",
    ),
    pytest.param(
        "Russia launched 40 drones; 30 drones were shot down.",
        [("intercepted", "drone", 30, "exact"), ("launched", "drone", 40, "exact")],
        id="an-item-with-its-own-verb-after-a-semicolon",
    ),
    pytest.param(
        "The governor reported two injured. By noon the number had risen to seven.",
        [("injured", "", 2, "exact"), ("injured", "", 7, "exact")],
        id="the-number-had-risen-to",
    ),
    pytest.param(
        "The air force later put the total at 310 drones, of which 290 were shot down.",
        [("intercepted", "drone", 290, "exact"), ("launched", "drone", 310, "exact")],
        id="put-the-total-at",
    ),
    pytest.param(
        "The president put the number of missiles at about 60.",
        [("launched", "missile", 60, "approx")],
        id="put-the-number-of-weapons-at",
    ),
    pytest.param(
        "Air defence shot down 2 missiles. As for the drones, 30 were shot down and another 8 were locally lost.",
        [
            ("intercepted", "drone", 30, "exact"),
            ("intercepted", "missile", 2, "exact"),
            ("suppressed", "drone", 8, "exact"),
        ],
        id="as-for-the-drones-names-the-whole",
    ),
    pytest.param(
        "The air force said Russia had used 300 attack drones and decoys, as well as 12 missiles.",
        [("launched", "drone", 300, "exact"), ("launched", "missile", 12, "exact")],
        id="drones-and-decoys-are-one-item-of-a-list",
    ),
    pytest.param(
        "Russia used 200 drones, as well as 20 missiles, including four Kinzhal missiles and 16 Kh-101 missiles.",
        [
            ("launched", "ballistic_missile", 4, "exact"),
            ("launched", "cruise_missile", 16, "exact"),
            ("launched", "drone", 200, "exact"),
            ("launched", "missile", 20, "exact"),
        ],
        id="as-well-as-before-a-number-goes-on-the-list",
    ),
    pytest.param(
        "Hits by 30 drones were recorded at 9 locations, as well as falling debris at three locations.",
        [("districts_affected", "", 9, "exact"), ("hit", "drone", 30, "exact")],
        id="as-well-as-before-words-opens-a-clause",
    ),
    pytest.param(
        "The ministry said it destroyed 102 drones over the Moscow region, the largest attack on the capital since "
        "the beginning of the year.",
        [("intercepted", "drone", 102, "exact")],
        id="a-comparison-since-is-no-tally",
    ),
    pytest.param(
        "A drone attack on Sumy killed 3 people and injured 12, the governor said, in one of the deadliest strikes "
        "on the city so far this year.",
        [("injured", "", 12, "exact"), ("killed", "", 3, "exact")],
        id="a-comparison-so-far-this-year-is-no-tally",
    ),
    pytest.param(
        "So far this year, Russian strikes have killed 310 civilians in the region.",
        [],
        id="so-far-this-year-without-a-comparison-is-a-tally",
    ),
    pytest.param(
        "The ministry said 18 drones were intercepted over the Smolensk region. "
        "It also listed 30 drones over the Bryansk region.",
        [("intercepted", "drone", 18, "exact"), ("intercepted", "drone", 30, "exact")],
        id="a-breakdown-by-region-without-a-verb-counts-what-the-sentence-before-counted",
    ),
    pytest.param(
        "The ministry said 18 drones were intercepted over the Smolensk region. It also listed 30 drones in storage.",
        [("intercepted", "drone", 18, "exact")],
        id="weapons-without-a-place-after-them-are-no-breakdown",
    ),
]


@pytest.mark.parametrize("text, expected", FRAMES)
def test_frames(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text, attacker",
    [
        pytest.param("The occupiers used 26 drones against the region.", "russia", id="occupiers"),
        pytest.param("Ukrainian forces launched 12 drones at Belgorod.", "ukraine", id="ukrainian-forces"),
        pytest.param(
            "According to the Air Force of the Armed Forces of Ukraine, the enemy used 99 drones.",
            "russia",
            id="a-side-in-the-speakers-name-is-no-actor",
        ),
        pytest.param(
            "Russian drones have killed three people in Sumy, officials said, as Ukraine struck a refinery in Russia.",
            "russia",
            id="the-weapons-of-the-figures-own-clause",
        ),
        pytest.param(
            "A Ukrainian drone strike injured 2 people in Kursk, while Russia launched glide bombs at Kharkiv.",
            "ukraine",
            id="the-strike-of-the-figures-own-clause",
        ),
        pytest.param(
            "Russian ballistic missiles hit Kharkiv early on Tuesday, killing two people, as Ukraine launched "
            "drones at Russian regions.",
            "russia",
            id="the-weapons-a-participle-clause-continues",
        ),
    ],
)
def test_the_attacking_side_a_sentence_names(text, attacker):
    assert rows(text, "attacker") == [(attacker,)]


def test_an_unplaced_figure_takes_the_side_most_figures_tell():
    text = (
        "On Friday, Russia launched 381 drones at Ukraine.\n"
        "Overnight, 3 drones were downed over Moscow and 2 over Moscow region.\n"
        "The mayor reported five drones downed in a single message."
    )
    assert rows(text, "value", "attacker") == [(2, "ukraine"), (3, "ukraine"), (5, "ukraine"), (381, "russia")]


def test_a_side_named_before_in_its_paragraph_beats_the_articles_majority():
    text = (
        "Ukraine launched 40 drones at Moscow. 30 of them were downed over the Moscow region, 6 over the Kaluga "
        "region and 4 over the Tula region.\n"
        "Meanwhile, Russia fired 90 drones and two missiles at Ukraine. Both missiles and 14 drones struck their "
        "targets."
    )
    assert rows(text, "metric", "value", "attacker") == [
        ("hit", 2, "russia"),
        ("hit", 14, "russia"),
        ("intercepted", 4, "ukraine"),
        ("intercepted", 6, "ukraine"),
        ("intercepted", 30, "ukraine"),
        ("launched", 2, "russia"),
        ("launched", 40, "ukraine"),
        ("launched", 90, "russia"),
    ]


@pytest.mark.parametrize(
    "text, model",
    [
        pytest.param("Shahed drones struck the village six times.", "Shahed", id="plain-noun-and-model"),
        pytest.param("FPV drones and a Lancet struck the village six times.", "", id="two-models-name-none"),
    ],
)
def test_the_model_of_a_weapon_its_clause_names(text, model):
    assert {f.weapon_model for f in extract(text).figures if f.value} == {model}


def test_a_count_in_brackets_counts_the_weapon_before_them():
    text = "Khotin hromada: KAB strikes (3 explosions), FPV drone attacks (5 explosions)."
    assert {(f.value, f.weapon) for f in extract(text).figures} == {(3, "guided_bomb"), (5, "drone")}


RANKS = [  # how well a sentence names its source: a restatement naming it better gives the figure its source
    pytest.param("Governor Ivan Petrov", 3, id="a-name"),
    pytest.param("the Air Force", 3, id="a-body-by-its-name"),
    pytest.param("Ukraine's air force", 2, id="a-body-unnamed"),
    pytest.param("he", 2, id="a-person-unnamed"),
    pytest.param("Ukrainian officials", 1, id="a-group"),
    pytest.param("local authorities", 1, id="a-group-of-a-place"),
    pytest.param("Russia", 0, id="a-side"),
    pytest.param("", 0, id="nobody"),
]


@pytest.mark.parametrize("source, rank", RANKS)
def test_how_well_a_source_is_named(source, rank):
    assert stated_rank(source, load_lexicon()) == rank
