"""etl/extract/placenames.py and the place choice of figures.py."""

import pytest

from etl.extract import extract
from tests.conftest import extracted_rows as rows

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
    pytest.param(
        "Russian shelling hit Kherson at night.\nOfficials said 3 people were injured in the city.",
        "Kherson",
        id="the-city-is-the-last-city",
    ),
    pytest.param(
        "Russian drones struck Sumy overnight. Four people were hurt across the oblast, officials said.",
        "Sumy Oblast",
        id="the-oblast-is-the-region-of-the-last-city",
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
        "In Zaporizhzhia Oblast, two people were killed and 4 injured, the governor said.",
        "Zaporizhzhia Oblast",
        id="a-place-shared-by-the-second-figure-of-a-clause",
    ),
    pytest.param(
        "The governor of the Kursk region said 2 people were hurt by Ukrainian drones.",
        "Kursk Oblast",
        id="only-the-speakers-place",
    ),
    pytest.param("Russian drones attacked the region of Odesa, injuring 3 people.", "Odesa Oblast", id="region-of-x"),
    pytest.param(
        "Russia's Defence Ministry said it destroyed 40 Ukrainian drones, one of Ukraine's largest attacks.",
        "Russia",
        id="a-possessive-country-is-no-target",
    ),
    pytest.param(
        "Air defence downed 3 Ukrainian drones in Russia's town of Mozdok.", "Mozdok", id="country-s-town-of-x"
    ),
    pytest.param(
        "Russia also launched 2 missiles at the country overnight, the air force said.",
        "Ukraine",
        id="actor-past-an-adverb",
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
        "The death toll from the overnight strike on Odesa has risen to three.", "Odesa", id="a-toll-from-a-strike-on-x"
    ),
    pytest.param(
        "The strike hit Kursk, 100 kilometers from the border with Ukraine, injuring 5 people.",
        "Kursk",
        id="a-distance-from-a-landmark",
    ),
    pytest.param(
        "Russian drones hit Kharkiv's Kyivskyi district overnight, injuring 4 people.",
        "Kharkiv",
        id="a-citys-district-is-not-a-namesake-elsewhere",
    ),
    pytest.param(
        "Two bombs hit the village of Zolochiv in Bohodukhiv district, damaging five houses.",
        "Bohodukhiv",
        id="a-towns-district-is-the-town",
    ),
    pytest.param(
        "Three people were injured in Sumy, acting mayor Artem Kobzar said.",
        "Sumy",
        id="a-first-name-is-no-town",
    ),
    pytest.param(
        "President Volodymyr Zelensky said Russia launched 40 drones at Odesa Port overnight.",
        "Odesa",
        id="a-town-before-a-facility-word-stays",
    ),
    pytest.param(
        "Russia launched 9 Iskander-M ballistic missiles from Rostov and Kursk regions.",
        "Ukraine",
        id="a-list-of-regions-launched-from-is-an-origin",
    ),
    pytest.param(
        "Russian forces shelled Kherson overnight.\nA man was injured in the Dniprovskyi district.",
        "Kherson",
        id="a-district-of-the-city-the-text-is-about",
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


def test_a_capital_named_after_a_figure_and_its_part():
    extraction = extract(
        "It downed 300 drones, including 70 over the region around Moscow, in an attack on the Russian capital."
    )
    assert (extraction.faults, sorted(f.value for f in extraction.figures)) == ((), [70, 300])
