"""etl/extract/fullnames.py: who a bare side, a role or a surname stands for."""

import pytest

from tests.conftest import sources_by_value

WHO = [
    pytest.param(
        "Governor Oleh Syniehubov said 5 people were hurt in Kharkiv. Later, Syniehubov said 2 more were hurt.",
        {5: "Kharkiv Governor Oleh Syniehubov", 2: "Kharkiv Governor Oleh Syniehubov"},
        id="a-surname-is-its-fullest-mention",
    ),
    pytest.param(
        "Lutsk mayor: 2 injured\n\nKyiv's mayor, Vitali Klitschko, wrote that 5 drones were downed.\n\n"
        "Ihor Polishchuk, the mayor of Lutsk, said a drone hit a warehouse.",
        {2: "Ihor Polishchuk, the mayor of Lutsk", 5: "Kyiv's mayor, Vitali Klitschko"},
        id="a-places-role-is-its-holder-named-elsewhere",
    ),
    pytest.param(
        "Regional Gov. Petro Ivanenko said a woman was killed in Poltava.\n\n"
        "On Sunday, a bomb struck the town of Lubny, injuring 3 people, the governor said.",
        {1: "Poltava Regional Governor Petro Ivanenko", 3: "Poltava Regional Governor Petro Ivanenko"},
        id="an-abbreviated-title-holds-its-role",
    ),
    pytest.param(
        "Regional governor Ivan Fedorov reported the attack. The governor said 3 people were killed.",
        {3: "Regional governor Ivan Fedorov"},
        id="a-role-is-the-named-holder",
    ),
    pytest.param(
        "The Air Force said 40 drones were launched. Air Force spokesman Yurii Ihnat spoke on television.",
        {40: "Air Force"},
        id="a-body-is-not-its-spokesman",
    ),
    pytest.param(
        "Petro Ivanenko, head of the Poltava Regional Military Administration, said 4 people were hurt. "
        "Later the head of the RMA said 2 more were hurt.",
        {
            4: "Petro Ivanenko, head of the Poltava Regional Military Administration",
            2: "Petro Ivanenko, head of the Poltava Regional Military Administration",
        },
        id="an-office-by-its-initials-is-its-holder",
    ),
    pytest.param(
        "The governor of the Poltava region, Petro Ivanenko, visited the site in the morning.\n"
        "According to the governor, 40 drones were launched at the region.",
        {40: "governor of the Poltava region, Petro Ivanenko"},
        id="a-governor-named-in-a-sentence-that-reports-nothing",
    ),
    pytest.param(
        "On Saturday, the Volyn OVA reported an attack on Kovel.\nTwo people were injured, the OVA said.",
        {2: "Volyn Oblast Military Administration (OVA)"},
        id="an-office-by-its-acronym-stands-for-the-places-office-named-before",
    ),
    pytest.param(
        "In Kharkiv Oblast, 3 people were injured, the head of the Kharkiv OVA, Oleh Syniehubov, said.\n"
        "In Dnipropetrovsk Oblast, drones attacked Nikopol, where 1 man was injured, the OVA said.\n"
        "In Kyiv Oblast, 2 houses were damaged, the governor said.",
        {
            3: "head of the Kharkiv OVA, Oleh Syniehubov",
            1: "Dnipropetrovsk Oblast Military Administration (OVA)",
            2: "Kyiv governor",
        },
        id="a-generic-office-is-never-another-regions",
    ),
    pytest.param(
        "Drones attacked Poltava Oblast overnight. This was reported by the head of the RMA.\n"
        "According to the head of the RMA, 7 drones were shot down over the region.\n"
        "In Kremenchuk, 2 houses were damaged, the head of the RMA wrote.",
        {
            7: "head of the Poltava Regional Military Administration (RMA)",
            2: "head of the Poltava Regional Military Administration (RMA)",
        },
        id="an-office-unnamed-in-the-article-is-its-regions-throughout",
    ),
    pytest.param(
        "In Sumy Oblast, a man was killed in a strike on Shostka, the regional military administration (OVA) said.",
        {1: "Sumy Oblast Military Administration (OVA)"},
        id="an-office-by-its-name-and-acronym-is-its-regions",
    ),
    pytest.param(
        "Tuapse was attacked, the operational headquarters of the Krasnodar Territory reported.\n"
        "Two workers were injured, the HQ said.",
        {2: "headquarters of the Krasnodar Territory"},
        id="the-hq-is-the-headquarters-named-before",
    ),
    pytest.param(
        "Poltava City Military Administration head Ivan Petrenko said 4 people were hurt. "
        "According to the PCMA, 2 more were hurt.",
        {
            4: "Poltava City Military Administration head Ivan Petrenko",
            2: "Poltava City Military Administration (PCMA)",
        },
        id="a-body-by-its-initials-is-spelt-out",
    ),
    pytest.param(
        "The State Emergency Service (SES) said 4 people were hurt. The SES said 2 more were hurt.",
        {4: "State Emergency Service (SES)", 2: "State Emergency Service (SES)"},
        id="a-short-name-defined-in-brackets",
    ),
    pytest.param(
        "The United Nations said 4 people were hurt. According to the UN, 2 more were hurt.",
        {4: "United Nations", 2: "UN"},
        id="two-letters-are-too-few-to-spell-out",
    ),
    pytest.param(
        "At least 4 people were killed in the city of Poltava, the regional governor said. "
        "“Two bombs hit the centre,” Petro Ivanenko, head of the Poltava Regional Military Administration, wrote.",
        {4: "Petro Ivanenko, head of the Poltava Regional Military Administration"},
        id="the-governor-is-the-head-of-the-regional-administration",
    ),
    pytest.param(
        "At least 4 people were killed in the city of Poltava, the regional governor said. "
        "The Poltava Regional Military Administration later published photos.",
        {4: "Poltava regional governor"},
        id="an-office-without-a-holder-is-nobody",
    ),
    pytest.param(
        "Source: Petro Ivanenko, Head of Poltava Oblast Military Administration.\n"
        "Initially, the head of the Oblast Military Administration reported 13 people injured.",
        {13: "Petro Ivanenko, Head of Poltava Oblast Military Administration"},
        id="an-office-named-without-its-place-is-its-holder",
    ),
    pytest.param(
        "The head of the Poltava Oblast Military Administration, Petro Ivanenko, reported 3 injured.\n"
        "In the Lubny district, 2 people were killed, the head of the district military administration said.",
        {
            3: "head of the Poltava Oblast Military Administration, Petro Ivanenko",
            2: "head of the district military administration",
        },
        id="a-district-office-is-not-the-regions",
    ),
    pytest.param(
        "Russia's defence ministry said 30 drones were destroyed. The energy ministry said 9,000 homes lost power.",
        {30: "Russia's defence ministry", 9000: "energy ministry"},
        id="a-ministry-of-another-portfolio-is-another",
    ),
    pytest.param(
        "Regional governor says bombs hit the city\nBombs killed 4 people, according to the regional governor.\n"
        "Ivan Petrenko, head of the regional military administration, said the strike came at noon.",
        {4: "Ivan Petrenko, head of the regional military administration"},
        id="a-role-opening-a-line-is-no-name",
    ),
    pytest.param(
        "Kaluga region governor Ivan Sidorov said a drone was downed. "
        "Later the head of the region said 2 houses were damaged.",
        {2: "Kaluga region governor Ivan Sidorov"},
        id="the-head-of-the-region-is-its-governor",
    ),
    pytest.param(
        "Petro Hordiienko said 4 people were killed in the city. Mayor Hordiienko added that 9 were hurt.",
        {4: "Mayor Petro Hordiienko", 9: "Mayor Petro Hordiienko"},
        id="a-first-name-and-a-title-given-apart",
    ),
    pytest.param(
        "Oleksii Marchuk visited the site.\n\nHost: Mayor Marchuk, what happened?\n\n"
        "Marchuk: Four people were killed.\n\nHost: And the injured?\n\nMarchuk: 12 were hurt.",
        {4: "Mayor Oleksii Marchuk", 12: "Mayor Oleksii Marchuk"},
        id="a-transcripts-speaker-by-name-and-title",
    ),
    pytest.param(
        "Tula region Governor Dmitry Orlov visited the depot. Governor Orlov said 3 houses were damaged.",
        {3: "Tula region Governor Dmitry Orlov"},
        id="a-titled-surname-named-in-full-elsewhere",
    ),
    pytest.param(
        "Governor Ivan Petrovich Sidorov reported the attack.\n\n2 people were injured, Ivan Sidorov said.",
        {2: "Governor Ivan Petrovich Sidorov"},
        id="a-name-is-the-same-persons-named-with-a-patronymic",
    ),
    pytest.param(
        "Mr. Sidorov said the workers had repaired the line.\n\n"
        "According to the regional headquarters, 9 houses were damaged.",
        {9: "regional headquarters"},
        id="a-person-by-honorific-is-no-body-a-role-stands-for",
    ),
    pytest.param(
        "Two people died in Sumy, according to the head of the regional military administration, Ivan Sydorenko.\n\n"
        "Air defences shot down 40 drones, the military said.",
        {2: "head of the Sumy regional military administration, Ivan Sydorenko", 40: "military"},
        id="a-role-word-qualifying-another-is-not-that-role",
    ),
    pytest.param(
        "A drone attack on Sevastopol killed 1 man, the Moscow-installed governor said.\n"
        "Nine drones were shot down, Mikhail Razvozhayev wrote on Telegram.",
        {1: "Moscow-installed governor Mikhail Razvozhayev", 9: "Moscow-installed governor Mikhail Razvozhayev"},
        id="a-role-and-the-name-that-speaks-next-are-one-person",
    ),
    pytest.param(
        "A drone attack on the port killed 1 man, the governor said.\nNine drones were shot down, the Air Force said.",
        {1: "governor", 9: "Air Force"},
        id="a-body-named-next-is-no-holder-of-a-role",
    ),
    pytest.param(
        "According to the Ministry of Defence, 26 drones were destroyed over the Kursk region.\n\n"
        "According to the regional operational headquarters, 5 private houses were damaged.",
        {26: "Ministry of Defence", 5: "Kursk regional operational headquarters"},
        id="a-regional-body-is-not-a-ministry-named-before",
    ),
    pytest.param(
        "The General Staff said the strike hit a depot.\n\n"
        "Drones attacked the refinery, the regional operational headquarters said. "
        "Two workers were injured, the headquarters said.",
        {2: "regional operational headquarters"},
        id="a-body-described-at-its-level-is-no-other-body",
    ),
    pytest.param(
        "DTEK reported outages in Odesa.\n\n120,000 homes were left without power, the company said.",
        {120000: "DTEK"},
        id="the-company-is-the-company-named-before",
    ),
    pytest.param(
        "Petro “Sokil” Ivanenko, the commander of the drone unit, visited Kharkiv.\n\n"
        "Twelve drones hit the depot in Belgorod, Ivanenko said.",
        {12: "Petro “Sokil” Ivanenko"},
        id="a-surname-is-the-name-with-a-nickname-inside",
    ),
    pytest.param(
        "The Kharkiv regional prosecutor's office opened a case over the strike on Izium. "
        "The prosecutors said 2 people were injured.",
        {2: "Kharkiv regional prosecutor's office"},
        id="the-prosecutors-are-the-office-named-before",
    ),
    pytest.param(
        "A missile hit Izium, prosecutors said. Three people were injured, the prosecutors added.",
        {3: "prosecutors"},
        id="the-prosecutors-with-no-office-named-stay-prosecutors",
    ),
    pytest.param(
        "Anna Kovalenko and Ihor Kovalenko left the city. Mayor Kovalenko said 5 houses were damaged.",
        {5: "Mayor Kovalenko"},
        id="two-people-share-the-surname",
    ),
    pytest.param(
        "A drone hit a depot in Tuapse, the city's emergency headquarters said. Three people were hurt, it said.\n\n"
        "Kyiv and Moscow swapped 84 prisoners, Ukraine's Coordination Headquarters for prisoners of war said.",
        {3: "Tuapse emergency headquarters"},
        id="a-role-of-a-kind-is-no-other-kinds-holder",
    ),
    pytest.param(
        "Three flights were delayed, Kazan airport's press service said.\n\n"
        "Two more were cancelled, the press service said.",
        {3: "Kazan airport's press service", 2: "Kazan airport's press service"},
        id="a-role-of-a-kind-is-that-kinds-holder",
    ),
    pytest.param(
        "Ten Drones for One Port: What the Air Force Data Says About Russia's Latest Strike\n\n"
        "The Air Force of the Armed Forces of Ukraine reported the attack.\n\n"
        "The Air Force said that 10 drones had been launched at the port.",
        {10: "Air Force of the Armed Forces of Ukraine"},
        id="a-run-of-capitals-in-a-title-case-headline-is-no-name",
    ),
]


@pytest.mark.parametrize("text, expected", WHO)
def test_who_a_source_stands_for(text, expected):
    assert sources_by_value(text) == expected
