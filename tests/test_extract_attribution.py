"""etl/extract/attribution.py: who reported a figure, in its sentence and across sentences."""

import pytest

from etl.extract import extract

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
        id="no-source-carried-from-a-paragraph-without-figures",
    ),
    pytest.param(
        "The air force said Russia launched 60 drones.\nAir defences shot down 52 of them.",
        "air force",
        id="speaker-carried-into-a-paragraph-naming-nobody",
    ),
    pytest.param(
        "According to the defence ministry:\n14 drones were destroyed over the Kursk region;\n5 over the Tula region.",
        "defence ministry",
        id="list-opened-by-according-to",
    ),
    pytest.param(
        "Twelve drones were shot down, said Serhiy Lysak, head of the regional military administration.",
        "Serhiy Lysak, head of the regional military administration",
        id="said-x-with-apposition",
    ),
    pytest.param(
        "Ivan Petrenko, the regional governor, said 4 people were injured.",
        "Ivan Petrenko, the regional governor",
        id="name-comma-role-comma-said",
    ),
    pytest.param(
        "The mayor of Kharkiv, Ihor Terekhov, said 7 people were wounded.",
        "mayor of Kharkiv, Ihor Terekhov",
        id="role-comma-name-comma-said",
    ),
    pytest.param(
        "The governor of the Belgorod region, to the north of Kharkiv, says 2 people died.",
        "governor of the Belgorod region",
        id="parenthesis-skipped",
    ),
    pytest.param(
        "Officials in the Belgorod region had also reported 2 people killed.",
        "Officials in the Belgorod region",
        id="officials-in-a-place-and-adverbs",
    ),
    pytest.param("Five people were injured, according to preliminary data.", "", id="hedge-is-no-source"),
    pytest.param(
        "Six drones were shot down over Moscow, Mayor Sergei Sobyanin wrote on Telegram.",
        "Mayor Sergei Sobyanin",
        id="place-before-a-comma-is-no-apposition",
    ),
    pytest.param(
        "The agency reports this with reference to the Ministry of Energy: 3,000 homes are without power.",
        "Ministry of Energy",
        id="with-reference-to-is-the-original-source",
    ),
    pytest.param(
        "Nine people were hurt, the city's mayor said.\nMayor Ihor Terekhov visited the site.",
        "Mayor Ihor Terekhov",
        id="role-resolves-to-a-named-mention-elsewhere",
    ),
    pytest.param(
        "Two people died, Gladkov said.\nVyacheslav Gladkov, the governor of the Belgorod region, visited the site.",
        "Vyacheslav Gladkov, the governor of the Belgorod region",
        id="surname-resolves-to-the-fullest-mention",
    ),
    pytest.param(
        "Mayor Ihor Terekhov spoke at noon. Nine people were hurt, the city's mayor said.",
        "Mayor Ihor Terekhov",
        id="role-gives-way-to-the-named-source",
    ),
    pytest.param(
        "Two people were killed in the strike. Governor Ivan Petrenko said one of those killed was a nurse.",
        "Governor Ivan Petrenko",
        id="next-sentence-about-the-same-deed",
    ),
    pytest.param("Early reports indicate that 2 people were injured.", "", id="reports-as-a-noun-is-no-speech-verb"),
    pytest.param(
        "Heavy shelling hit the town.\n\nEarly reports say 2 people were injured.\n\nSource: Governor Ivan Petrenko",
        "Governor Ivan Petrenko",
        id="source-line-after-blank-lines",
    ),
    pytest.param(
        "Thousands are without power. The agency reports this with reference to the energy ministry.\n"
        "Sumy region\n"
        "1,200 customers lost power.\n"
        "Kharkiv region\n"
        "3,400 customers lost power.",
        "energy ministry",
        id="sections-that-name-nobody-keep-the-leads-source",
    ),
    pytest.param(
        "Nine people were injured, said the governor, Oleh Syniehubov.",
        "governor, Oleh Syniehubov",
        id="said-role-comma-name",
    ),
    pytest.param(
        "“Five drones were downed over the city. Two people were injured,” Governor Oleh Syniehubov said.",
        "Governor Oleh Syniehubov",
        id="a-quote-of-two-sentences",
    ),
]


@pytest.mark.parametrize("text, source", ATTRIBUTION)
def test_reported_by(text, source):
    assert {f.reported_by for f in extract(text).figures} == {source}


def test_reportedly_borrows_no_source():
    figures = extract("The governor said 3 people died.\nTwo more were reportedly injured in the village.").figures
    assert {(f.value, f.reported_by) for f in figures} == {(3, "governor"), (2, "")}
