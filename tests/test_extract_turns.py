"""etl/extract/turns.py and extractor.read_sentence: who speaks in the turns of a transcript, and a label naming
one speaker named in full before."""

import pytest

from tests.conftest import sources_by_value

TURNS = [
    pytest.param(
        "Host: What happened last night?\n\n"
        "Ihor Petrenko (through interpreter): The city was attacked by 12 drones.\n\n"
        "Host: And the human toll?\n\n"
        "Petrenko: Two people were killed. Five are in hospital.",
        {12: "Ihor Petrenko", 2: "Ihor Petrenko"},
        id="a-speaker-by-full-name-then-surname",
    ),
    pytest.param(
        "Q: How many drones were there?\n\nOliinyk: There were 40 drones, and 35 were shot down.\n\n"
        "Q: Any damage?\n\nOliinyk: Three houses were damaged.",
        {40: "Oliinyk", 35: "Oliinyk", 3: "Oliinyk"},
        id="one-word-labels-in-two-turns",
    ),
    pytest.param(
        "Kharkiv: 3 people were injured in a drone attack.\n\nKharkiv: 2 houses were damaged.",
        {3: "", 2: ""},
        id="a-place-labels-no-turn",
    ),
    pytest.param(
        "Update: 3 people were injured in a drone attack.\n\nUpdate: 2 houses were damaged.",
        {3: "", 2: ""},
        id="a-kind-of-line-labels-no-turn",
    ),
    pytest.param("Petrenko: 5 drones were shot down over the city.", {5: ""}, id="one-label-is-no-transcript"),
    pytest.param(
        "Mayor Ihor Petrenko said the city was under attack.\n\n"
        "04:40. Petrenko: in the city centre, a drone hit a school. 2 people were injured.",
        {2: "Mayor Ihor Petrenko"},
        id="one-label-naming-a-speaker-named-in-full-before",
    ),
    pytest.param(
        "Mayor Ihor Petrenko urged residents to stay in shelters.\n\n"
        "Petrenko: 3 people were injured in the city centre.\n\nThe air force said 30 drones were downed.",
        {3: "Mayor Ihor Petrenko", 30: "air force"},
        id="a-speaker-who-urged",
    ),
    pytest.param(
        "Mayor Ihor Petrenko spoke to the channel.\n\nPresenter: Good morning.\n\n"
        "PETRENKO: The city was attacked by 14 drones.\n\nPresenter: The morning report said 9.\n\n"
        "PETRENKO: Then 11 more were shot down.",
        {14: "Mayor Ihor Petrenko", 11: "Mayor Ihor Petrenko"},
        id="a-label-in-capitals-of-a-name-spelt-out",
    ),
    pytest.param(
        "HOST: Good morning.\n\nHOST: The morning report said 9 drones were downed.",
        {9: ""},
        id="an-interviewers-label-in-capitals-names-nobody",
    ),
    pytest.param(
        "Host: What did the enemy use?\n\nOliinyk: The city was attacked by 40 drones.\n\n"
        "Host: So 35 of them were shot down?\n\nOliinyk: Yes. Three houses were damaged.",
        {40: "Oliinyk", 35: "Oliinyk", 3: "Oliinyk"},
        id="an-interviewers-turn-names-nobody-and-takes-the-last-speaker",
    ),
]


@pytest.mark.parametrize("text, expected", TURNS)
def test_turns_of_a_transcript(text, expected):
    assert sources_by_value(text) == expected


INTERVIEWS = [
    pytest.param(
        "Example News talked with the air force spokesman, Colonel Ivan Petrenko, about the night.\n\n"
        "How was the night?\n\nThe enemy launched 86 drones, and 61 of them were shot down.\n\n"
        "And the missiles?\n\nNone reached their targets.",
        {86: "air force spokesman, Colonel Ivan Petrenko", 61: "air force spokesman, Colonel Ivan Petrenko"},
        id="the-publisher-talked-with-them",
    ),
    pytest.param(
        "Ivan Petrenko, the governor, spoke to Example Radio on Tuesday.\n\n"
        "How many were hurt?\n\nTwelve people were injured overnight.\n\nWill it continue?\n\nYes.",
        {12: "Ivan Petrenko, the governor"},
        id="they-spoke-to-an-outlet",
    ),
    pytest.param(
        "Ivan Petrenko, the governor, spoke to Example Radio on Tuesday.\n\nTwelve people were injured overnight.",
        {12: ""},
        id="an-article-of-no-questions-is-no-interview",
    ),
]


@pytest.mark.parametrize("text, expected", INTERVIEWS)
def test_the_answers_of_an_interview_without_labels_are_the_interviewees(text, expected):
    assert sources_by_value(text, publisher="Example News") == expected
