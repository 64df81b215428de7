"""etl/extract/place_choice.py: which of the places named a figure belongs to, else the article's."""

import pytest

from etl.extract import extract
from tests.conftest import extracted_rows as rows
from tests.conftest import last_place

CHOICES = [
    pytest.param(
        "Two people were injured when debris fell in Krasnoarmeysk, a town in the Moscow region, the governor said.",
        "Krasnoarmeysk, Moscow Oblast",
        id="a-town-among-its-namesakes-is-the-one-in-the-region-named",
    ),
    pytest.param(
        "Debris fell on Krasnoarmeysk, a town in the Moscow region, the governor said.\n"
        "In Krasnoarmeysk, two people were injured.",
        "Krasnoarmeysk, Moscow Oblast",
        id="a-namesake-placed-before-is-the-one-named-again",
    ),
    pytest.param(
        "Poland scrambled jets and closed two airports in the east of the country, the agency said.",
        "Poland",
        id="the-country-is-the-neighbour-named-before-it",
    ),
    pytest.param(
        "Romania's defence ministry said two drones were shot down across the country.",
        "Romania",
        id="across-the-country-is-the-neighbour-named-before-it",
    ),
    pytest.param("Moscow says it downed 126 Ukrainian drones.", "Russia", id="a-capital-that-speaks-is-its-government"),
    pytest.param(
        "Russia's ministry said it downed 126 drones over Russian territory.\n\n"
        "Ukraine's air force said 71 drones were downed over the north and east of the country. "
        "Hits by 18 drones were recorded.",
        "Ukraine",
        id="the-country-of-the-paragraph-is-the-one-attacked",
    ),
    pytest.param(
        "The ministry said it destroyed 25 drones, including 10 in the Kursk region.",
        "Kursk Oblast",
        id="sub-place-of-including",
    ),
    pytest.param(
        "Ukraine's air force said Russia launched 50 drones overnight.",
        "Ukraine",
        id="national-total-defaults-to-the-target-country",
    ),
    pytest.param(
        "Kharkiv Oblast\nRussian shelling injured 5 people, the police said.",
        "Kharkiv Oblast",
        id="a-heading-places-its-section",
    ),
    pytest.param(
        "A Russian drone hit an apartment block, killing one person and wounding 12 others in Kharkiv.",
        "Kharkiv",
        id="a-trailing-place-shared-by-coordinated-casualties",
    ),
    pytest.param(
        "Ukraine / Dnipropetrovsk\nThe toll from the strike on Kryvyi Rih rose to seven, with 31 people injured, the "
        "head of the city's military administration said.",
        "Kryvyi Rih",
        id="the-city-of-a-speakers-title-is-the-city-just-named",
    ),
    pytest.param(
        "Shostka was hit overnight. A fire broke out in the city's industrial zone, and 4 people were hurt.",
        "Shostka",
        id="the-city-owning-a-place-is-no-place-of-its-own",
    ),
    pytest.param(
        "Novorossiysk Mayor Andrei Kravchenko said the city had repelled an attack.\n"
        '"Three people were injured," Kravchenko wrote.',
        "Novorossiysk",
        id="a-figure-placed-nowhere-is-in-its-speakers-city",
    ),
    pytest.param(
        'Belgorod Governor Vyacheslav Gladkov wrote on Telegram:\n"Two people were injured by a drone."',
        "Belgorod Oblast",
        id="a-governors-figure-placed-nowhere-is-in-his-region",
    ),
    pytest.param(
        'President Volodymyr Zelensky said:\n"This week alone, Russia launched over 1,200 drones against us."',
        "Ukraine",
        id="a-first-name-is-no-place-of-the-speaker",
    ),
    pytest.param(
        'The Defence Ministry in Moscow said:\n"Five drones were destroyed overnight."',
        "Russia",
        id="a-national-bodys-seat-is-no-place-of-its-figures",
    ),
    pytest.param(
        "In Zaporizhzhia Oblast, two people were killed and 4 injured, the governor said.",
        "Zaporizhzhia Oblast",
        id="a-place-shared-by-the-second-figure-of-a-clause",
    ),
    pytest.param(
        "The governor of the Kursk region said 2 people were hurt by Ukrainian drones.",
        "Kursk Oblast",
        id="only-the-speakers-place",
    ),
    pytest.param(
        "Two people died in the Sumy region, which saw 120 attacks in a day.",
        "Sumy Oblast",
        id="relative-clause-about-the-place-before-it",
    ),
    pytest.param(
        "Russian bombs fell on the city of Kharkiv at noon.\n"
        "Oleh Syniehubov, the governor of the Kharkiv region, said 11 people were injured.",
        "Kharkiv",
        id="governor-speaks-of-the-city-in-his-region",
    ),
    pytest.param(
        "Russian bombs fell on the city of Odesa at noon.\n"
        "Oleh Syniehubov, the governor of the Kharkiv region, said 11 people were injured.",
        "Kharkiv Oblast",
        id="governor-of-another-region-is-his-region",
    ),
    pytest.param(
        "Air defences downed 129 Ukrainian drones over five regions, the Defence Ministry in Moscow said.",
        "Russia",
        id="the-capital-a-ministry-sits-in-is-no-place",
    ),
    pytest.param(
        "Russian missiles hit Kharkiv, wounding 14 people, while Ukraine sent a swarm of drones toward Moscow.",
        "Kharkiv",
        id="a-place-of-the-next-clause-is-not-the-figures",
    ),
    pytest.param(
        "Russia sent 62 drones towards Ukraine, of which 40 were intercepted.",
        "Ukraine",
        id="the-side-that-sent-them-is-no-place",
    ),
    pytest.param(
        "Ukraine War Latest\nRussian bombs hit Kharkiv late on Monday, the governor said.\n"
        "The mayor said 40 cars were damaged.",
        "Kharkiv",
        id="a-heading-naming-only-the-country-gives-way-to-the-story's-city",
    ),
    pytest.param(
        "Russia\nDrones hit Belgorod, the governor said.\nThe mayor said 40 cars were damaged.",
        "Belgorod",
        id="a-country-heading-over-a-place-in-that-country",
    ),
    pytest.param(
        "Ukraine\nDrones hit Kharkiv, the governor said.\nRussia\nThe mayor said 40 cars were damaged.",
        "Russia",
        id="a-country-heading-over-another-country",
    ),
    pytest.param(
        "Kharkivoblenergo said 40,000 homes in Kharkiv lost power.\nThe grid operator said 900,000 consumers "
        "across the country had no power after the Russian attack.",
        "Ukraine",
        id="across-the-country-is-the-country-attacked",
    ),
    pytest.param(
        "Russia's Belgorod region was shelled.\nNationwide, 12,000 consumers had no power after the Ukrainian "
        "drone attack, the ministry said.",
        "Russia",
        id="nationwide-after-a-region",
    ),
    pytest.param(
        "Russian bombs hit Kharkiv.\nThe bombs hit the city's Kyivskyi and Saltivskyi districts, injuring 5 people.",
        "Kharkiv",
        id="the-city's-districts-named-in-a-list-are-the-city's",
    ),
    pytest.param(
        "The Sumy region was shelled 40 times.\nBilopillia hromada: drone attacks (9 explosions); a man was injured.",
        "Bilopillia",
        id="the-place-a-line-is-labelled-with",
    ),
    pytest.param(
        "A drone hit a house in Kharkiv overnight.\n\nPhoto: SES in Kharkiv region\n\n"
        "According to the mayor, 12 cars were damaged.",
        "Kharkiv",
        id="a-photo-credit-names-no-scene",
    ),
    pytest.param("In Kyiv, the mayor said five people were killed.", "Kyiv", id="a-local-speaker-tells-the-scene"),
    pytest.param(
        "In Moscow, the defence ministry said it downed 16 drones.", "", id="a-national-body-tells-where-it-spoke"
    ),
]


@pytest.mark.parametrize("text, place", CHOICES)
def test_place_choice(text, place):
    assert last_place(text) == place


def test_each_gives_one_row_per_place():
    text = (
        "The ministry said it destroyed 9 drones over the Bryansk region "
        "and four each over the Oryol region and Crimea."
    )
    assert rows(text, "value", "place") == [(4, "Crimea"), (4, "Oryol Oblast"), (9, "Bryansk Oblast")]


def test_a_capital_named_after_a_figure_and_its_part():
    extraction = extract(
        "It downed 300 drones, including 70 over the region around Moscow, in an attack on the Russian capital."
    )
    assert (extraction.faults, sorted(f.value for f in extraction.figures)) == ((), [70, 300])


def test_a_count_over_several_regions_is_the_countrys():
    text = (
        "Drones approached Moscow in the morning. The ministry said it destroyed 58 drones, including 31 over the "
        "Kursk region and 20 over the Bryansk region."
    )
    assert {f.value: f.place for f in extract(text).figures} == {58: "Russia", 31: "Kursk Oblast", 20: "Bryansk Oblast"}


def test_a_count_spread_over_a_count_of_areas_is_the_countrys():
    text = (
        "The ministry said air defences destroyed 121 drones over ten regions, the Sea of Azov and the Black Sea. "
        "Of them, 27 were destroyed over the Volgograd region."
    )
    assert {f.value: f.place for f in extract(text).figures} == {121: "Russia", 27: "Volgograd Oblast"}


def test_a_count_whose_part_has_a_place_is_the_countrys():
    text = "The ministry said it destroyed 48 Ukrainian drones overnight, 20 of them over the Kursk region."
    assert {f.value: f.place for f in extract(text).figures} == {48: "Russia", 20: "Kursk Oblast"}


def test_a_place_that_describes_the_part_is_no_part_of_its_own():
    text = (
        "The ministry said it destroyed 57 drones, including 19 over the Bryansk region and 14 over the Kursk region, "
        "both of which border Ukraine."
    )
    assert {f.value: f.place for f in extract(text).figures} == {57: "Russia", 19: "Bryansk Oblast", 14: "Kursk Oblast"}


MASTHEAD_PAGE = (
    "The Odesa Herald\nAround 4,000 households in the district were left without electricity, the energy company said."
)


@pytest.mark.parametrize(
    "publisher, place",
    [
        pytest.param("The Odesa Herald", "", id="the-publishers-masthead-names-no-place"),
        pytest.param("", "Odesa", id="without-the-publisher-its-masthead-reads-as-a-place"),
    ],
)
def test_a_place_inside_the_publishers_name(publisher, place):
    assert {f.value: f.place for f in extract(MASTHEAD_PAGE, "", publisher).figures} == {4000: place}


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Bombs hit the village of Pokrovske in Dnipropetrovsk Oblast, killing one.", "Pokrovske", id="in"),
        pytest.param("Bombs hit Nikopol, Dnipropetrovsk Oblast, killing a man.", "Nikopol", id="comma"),
        pytest.param("Bombs hit Kharkiv in northeastern Ukraine, killing a man.", "Kharkiv", id="in-a-direction"),
        pytest.param("Bombs hit Kharkiv and the Sumy region, killing a man.", "Sumy Oblast", id="two-places-a-list"),
        pytest.param("Bombs hit Nikopol in the Sumy region, killing a man.", "Sumy Oblast", id="not-inside-it"),
        pytest.param("Drones hit Shebekino, in Russia's Belgorod region, killing a man.", "Shebekino", id="possessive"),
    ],
)
def test_a_place_told_in_its_wider_one_before_the_count_is_the_place_itself(text, place):
    assert [f.place for f in extract(text).figures] == [place]


def test_a_local_figure_after_a_national_count_keeps_the_storys_town():
    title = "Missile strike on Poltava: a day at the ruins"
    text = (
        f"{title}\n\nThe first explosions came at 04:00 on Tuesday.\n\n"
        "That night Russia launched 90 drones and 12 missiles at Ukraine, the air force said.\n\n"
        "By Tuesday evening the mayor said nine people had been killed."
    )
    figures = extract(text, title).figures
    assert [(f.metric, f.place) for f in figures if f.metric == "killed"] == [("killed", "Poltava")]


@pytest.mark.parametrize(
    "text, place",
    [
        pytest.param("Drones hit Nizhyn in Chernihiv Oblast overnight.", "Nizhyn", id="in"),
        pytest.param("Drones hit Nikopol, Dnipropetrovsk Oblast, overnight.", "Nikopol", id="comma"),
        pytest.param("Drones hit Kharkiv in northeastern Ukraine overnight.", "Kharkiv", id="in-the-country"),
        pytest.param("Drones hit Nikopol and the Sumy region overnight.", "Sumy Oblast", id="not-inside-it"),
    ],
)
def test_a_place_told_in_its_wider_one_stays_the_paragraphs_place(text, place):
    figures = extract(f"{text}\n\nA woman was killed and 3 people were injured.").figures
    assert {f.place for f in figures if f.metric in ("killed", "injured")} == {place}


@pytest.mark.parametrize(
    "text, places",
    [
        pytest.param(
            "In Nizhyn, a man was killed, and energy sites were hit in Shostka.", {1: "Nizhyn"}, id="fronted-place"
        ),
        pytest.param(
            "In Kharkiv, 2 people were killed, and 5 were injured in Chuhuiv.",
            {2: "Kharkiv", 5: "Chuhuiv"},
            id="fronted-place-and-a-second-clause-with-its-own",
        ),
        pytest.param(
            "In Ukraine, officials said a missile struck Sumy, killing 3 people and wounding 12.",
            {3: "Sumy", 12: "Sumy"},
            id="a-country-opening-the-sentence-is-no-local-figures-place",
        ),
        pytest.param(
            "Drones killed 2 people, and 5 were injured in Chuhuiv.",
            {2: "Chuhuiv", 5: "Chuhuiv"},
            id="no-fronted-place",
        ),
    ],
)
def test_a_place_a_sentence_opens_with_is_its_main_clauses(text, places):
    assert {f.value: f.place for f in extract(text).figures if f.value} == places


def test_every_figure_after_a_place_told_in_its_wider_one_is_the_place_itself():
    text = "A drone struck a bus in the town of Shebekino, in the Belgorod region, killing a man and wounding four."
    assert {f.value: f.place for f in extract(text).figures if f.value} == {1: "Shebekino", 4: "Shebekino"}


SPEAKERS_PLACES = [
    pytest.param(
        "Officials in Enerhodar blamed Ukraine for the strike. They said drones attacking the city injured 3 people.",
        {3: "Enerhodar"},
        id="the-city-of-the-officials-who-spoke-before",
    ),
    pytest.param(
        "A fire broke out in Yelets. Lipetsk Governor Igor Artamonov said the city's plant was hit.\n"
        "A drone damaged a substation in the city, leaving 7,000 residents without power, Artamonov said.",
        {7000: "Yelets"},
        id="a-governors-town-is-no-city-to-point-back-to",
    ),
    pytest.param(
        "Air defences destroyed 17 drones over Voronezh. Governor Alexander Gusev reported this.\n"
        "Later the head of the region wrote about 12 destroyed drones over the region.",
        {17: "Voronezh", 12: "Voronezh Oblast"},
        id="a-speakers-surname-is-no-town-of-that-name",
    ),
    pytest.param(
        "Drones struck Kherson overnight.\n\nFour people were injured, according to Ukraine’s State Emergency Service.",
        {4: "Kherson"},
        id="a-national-bodys-country-is-no-town-it-speaks-of",
    ),
    pytest.param(
        "Drones struck Kherson overnight.\n\nRussia launched 60 drones at the country, Ukraine's air force said.",
        {60: "Ukraine"},
        id="a-national-count-by-a-national-body-stays-the-countrys",
    ),
    pytest.param(
        "Four people were injured, according to Ukraine’s State Emergency Service.",
        {4: "Ukraine"},
        id="a-national-bodys-country-when-the-text-names-no-town",
    ),
]


@pytest.mark.parametrize("text, expected", SPEAKERS_PLACES)
def test_places_around_speakers(text, expected):
    assert {f.value: f.place for f in extract(text).figures if f.value} == expected


def test_officials_who_blame_are_who_they_stands_for():
    text = SPEAKERS_PLACES[0].values[0]
    assert [f.reported_by for f in extract(text).figures] == ["Officials in Enerhodar"]
