import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.extract import extract, segment


def rows(text, *fields):
    fields = fields or ("metric", "weapon", "value", "qualifier")
    return sorted(tuple(getattr(f, name) for name in fields) for f in extract(text).figures if f.value is not None)


FIGURES = [
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
        [("killed", "", 2, "exact")],
        id="number-words-and-no-launch-verb",
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
        "Russia fired 120 aerial weapons—of which 60 drones were shot down.",
        [("intercepted", "drone", 60, "exact"), ("launched", "drone_or_missile", 120, "exact")],
        id="dash-separates-clauses",
    ),
]


@pytest.mark.parametrize("text, expected", FIGURES)
def test_figures(text, expected):
    assert rows(text) == expected


NOT_FIGURES = [
    pytest.param("Talks were held in two previous rounds over 50 days in 2014.", id="rounds-days-years"),
    pytest.param("The region has a population of 2.5 million people.", id="population"),
    pytest.param("The Kremlin demanded that Kyiv give up three regions.", id="territorial-demand"),
    pytest.param("A 45-year-old man and a woman aged 61 and 63 were hurt.", id="ages"),
    pytest.param("Since the start of the war, the country has destroyed 9,000 drones.", id="war-long-tally"),
    pytest.param("Sirens sounded for more than three hours on May 4.", id="duration-and-date"),
    pytest.param("It was the tenth attack this month and one of the largest this year.", id="ordinal-and-one-of"),
    pytest.param("Hundreds of prisoners were returned in the exchange of 390 soldiers.", id="prisoner-exchange"),
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_numbers_that_are_not_figures(text):
    assert rows(text) == []


VAGUE = [
    pytest.param("Dozens of drones were shot down overnight.", ("intercepted", "drone"), id="dozens"),
    pytest.param("Numerous fires broke out after the attack.", ("fires", ""), id="numerous"),
    pytest.param("Witnesses heard multiple explosions in the city.", ("strikes", ""), id="multiple-explosions"),
]


@pytest.mark.parametrize("text, expected", VAGUE)
def test_vague_quantities_have_no_value(text, expected):
    figures = [(f.metric, f.weapon, f.value, f.qualifier) for f in extract(text).figures]
    assert figures == [(*expected, None, "unspecified")]


PLACES = [
    pytest.param("Air defence shot down 14 drones over the Sumy region overnight.", "Sumy Oblast", id="region"),
    pytest.param("Three people were injured in Kharkov, the mayor said.", "Kharkiv", id="old-spelling"),
    pytest.param("Air defence shot down 9 drones over Odessa, officials said.", "Odesa", id="odessa"),
    pytest.param(
        "The ministry said it destroyed 25 drones, including 10 in the Kursk region.",
        "Kursk Oblast",
        id="sub-place-of-including",
    ),
    pytest.param(
        "Russia said it downed 40 drones launched from the Kharkiv region.", "Russia", id="launch-area-is-an-origin"
    ),
    pytest.param(
        "Ukraine's air force said Russia launched 50 drones overnight.",
        "Ukraine",
        id="national-total-defaults-to-the-target-country",
    ),
    pytest.param(
        "Twelve flights were delayed at Sheremetyevo Airport.", "Sheremetyevo International Airport", id="airport"
    ),
]


@pytest.mark.parametrize("text, place", PLACES)
def test_places(text, place):
    places = [f.place for f in extract(text).figures if f.value is not None]
    assert places and places[-1] == place


def test_each_gives_one_row_per_place():
    text = (
        "The ministry said it destroyed 9 drones over the Bryansk region "
        "and four each over the Oryol region and Crimea."
    )
    assert rows(text, "value", "place") == [(4, "Crimea"), (4, "Oryol Oblast"), (9, "Bryansk Oblast")]


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


def test_restated_figure_is_one_row():
    text = "Ukraine Downs 30 Drones Overnight\nUkraine's air force said it shot down 30 Shahed drones overnight."
    figures = [f for f in extract(text, title="Ukraine Downs 30 Drones Overnight").figures if f.value]
    assert [(f.value, f.weapon_model, f.headline) for f in figures] == [(30, "Shahed", False)]


def test_evidence_span_points_into_the_text():
    text = "Officials said.\nOvernight, Russia launched 33 drones at Odesa."
    (figure,) = extract(text).figures
    assert text[figure.char_start : figure.char_end] == "33 drones"
    assert figure.sentence == "Overnight, Russia launched 33 drones at Odesa."


def test_segment_keeps_abbreviations_inside_sentences():
    sentences = segment("Gov. Ivan Petrenko said 3 drones fell. Another line.")
    assert [s.text for s in sentences] == ["Gov. Ivan Petrenko said 3 drones fell.", "Another line."]


KNOWN_MISSES = [
    pytest.param(
        "A man was killed when debris fell on his car.",
        [("killed", "", 1, "exact")],
        id="singular-casualty-counts-as-one",
    ),
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


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_extractor_never_raises_on_arbitrary_text(text):
    extract(text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia",
                "launched",
                "12",
                "drones",
                "and",
                "one",
                "of",
                "the",
                "missiles",
                ",",
                "were",
                "shot",
                "down",
                "over",
                "Kyiv",
                "region",
                "all",
                "each",
                "including",
                ".",
                "at least",
                "dozens",
                "2024",
                "aged",
                "said",
                "it",
                "\n",
            ]
        ),
        max_size=60,
    )
)
def test_extractor_never_raises_on_attack_vocabulary(words):
    extract(" ".join(words))
