"""etl/extract/attribution.py: who reported a figure, in its sentence and across sentences."""

import pytest

from etl.extract import extract
from etl.extract.parties import first_party
from etl.lexicon import load_lexicon
from tests.conftest import sources_by_value

ATTRIBUTION = [
    pytest.param(
        "Since 1 March, WHO had verified 12 attacks on hospitals in the region.", "WHO", id="an-acronym-spelt-as-who"
    ),
    pytest.param("The US said 3 drones were shot down over Poland.", "US", id="an-acronym-spelt-as-us"),
    pytest.param("4/ Terekhov now says 3 people were injured.", "Terekhov", id="a-post-numbered-in-its-thread"),
    pytest.param("Terekhov now says 3 people were injured.", "Terekhov", id="now-says"),
    pytest.param(
        "3/ Tkachenko (Kyiv City Military Administration): at least 5 injured so far.",
        "Tkachenko",
        id="a-label-of-a-name-and-its-office-in-brackets",
    ),
    pytest.param(
        "06:10 — Russia's Defence Ministry: air defences destroyed 40 drones overnight.",
        "Russia's Defence Ministry",
        id="a-label-after-an-updates-clock",
    ),
    pytest.param(
        "Air Force summary: overnight the enemy attacked with 90 drones.",
        "Air Force",
        id="a-label-of-a-body-and-its-document",
    ),
    pytest.param("5/ Ukrenergo: 40,000 consumers are without power.", "Ukrenergo", id="a-one-word-body-in-a-thread"),
    pytest.param(
        "🔴 Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration: 3 people were injured.",
        "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration",
        id="a-name-and-its-office-after-a-bullet",
    ),
    pytest.param(
        "🔁 Repost — Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration:\n"
        '"Overnight, air defence destroyed 12 drones over the region."',
        "Ivan Fedorov, head of the Zaporizhzhia Regional Military Administration",
        id="a-repost-hands-the-post-below-to-its-author",
    ),
    pytest.param("10:30 – Kherson: 1 dead after shelling.", "", id="a-place-heading-its-line-is-no-speaker"),
    pytest.param("8/ UPD: 9 people were injured.", "", id="an-update-mark-is-no-speaker"),
    pytest.param(
        "Data from the Yandex Schedules service showed 40 flights delayed at Vnukovo.",
        "Yandex Schedules service",
        id="a-source-phrase-ends-before-what-its-data-showed",
    ),
    pytest.param("Two people were injured in Lutsk, officials there said.", "officials", id="officials-there-said"),
    pytest.param(
        "Kommersant estimates that about 8,000 passengers were stranded at Pulkovo.",
        "Kommersant",
        id="a-nouns-form-before-that-is-a-verb",
    ),
    pytest.param(
        "The mayor said in a series of Telegram posts that 27 drones were shot down.",
        "mayor",
        id="posts-that-after-said-stay-posts",
    ),
    pytest.param(
        'Ivan Petrenko, head of the Poltava City Military Administration: "Two people were injured."',
        "Ivan Petrenko, head of the Poltava City Military Administration",
        id="a-speaker-and-title-before-a-colon",
    ),
    pytest.param(
        "Two people were injured in the city, said Regional Gov. Petro Hordiienko.",
        "Regional Governor Petro Hordiienko",
        id="an-abbreviated-title-spelt-out",
    ),
    pytest.param(
        "In Poltava, 21 houses were damaged, the city's mayor said.", "Poltava mayor", id="the-citys-mayor-is-its"
    ),
    pytest.param(
        "Two people were injured in Shebekino, the head of the region, Ivan Petrov, said.",
        "head of the Belgorod region, Ivan Petrov",
        id="the-region-a-head-heads-is-the-figures",
    ),
    pytest.param(
        "Two people were injured in Cherkasy, Gov. Ivan Petrov said.",
        "Cherkasy Governor Ivan Petrov",
        id="a-governor-is-the-figures-regions",
    ),
    pytest.param(
        "Petro Ivanenko, the mayor of Lubny, a town on the Sula River that is home to a large bakery, said 2 people "
        "were injured.",
        "Petro Ivanenko, the mayor of Lubny",
        id="a-speakers-place-described-in-apposition",
    ),
    pytest.param(
        "Bombs struck Sumy, killing 3 people, as Moscow said Ukrainian drones had hit targets in Russia.",
        "",
        id="a-speaker-of-a-clause-of-its-own-says-what-follows",
    ),
    pytest.param(
        "Bombs struck Sumy, killing 3 people, as the governor said on Telegram.",
        "Sumy governor",
        id="as-x-said-closing-the-sentence-says-what-came-before",
    ),
    pytest.param(
        "In the Poltava region, 5 houses were damaged, the city's mayor said.", "city's mayor", id="no-city-no-owner"
    ),
    pytest.param(
        "In the Kherson region, the enemy shelled 12 settlements overnight, said Oleksandr Prokudin.",
        "Oleksandr Prokudin",
        id="a-clause-before-a-verb-first-speaker-is-no-apposition",
    ),
    pytest.param(
        "Later, the head of the Sumy Regional Military Administration gave an update. According to Oleh Hryhorov, "
        "3 people were injured.",
        "head of the Sumy Regional Military Administration Oleh Hryhorov",
        id="a-title-given-before-the-name-that-speaks",
    ),
    pytest.param(
        "Earlier, Kharkiv Today reported that 2 people were injured in Kharkiv.\n\n"
        "Follow Kharkiv Today on Telegram and Viber",
        "Kharkiv Today",
        id="a-follow-us-line-names-the-outlet-not-a-fuller-source",
    ),
    pytest.param(
        "The agency Rosaviatsia introduced temporary restrictions at two Moscow airports.",
        "agency Rosaviatsia",
        id="who-introduced-restrictions-reports-them",
    ),
    pytest.param(
        "Drones attacked Sevastopol. In Kacha, 3 houses were damaged, the city's governor said.",
        "city's governor",
        id="a-village-owns-no-city-office",
    ),
    pytest.param(
        "Two people were injured in the city this morning, says acting mayor Petro Hordiienko.",
        "acting mayor Petro Hordiienko",
        id="says-a-title-with-its-modifier-then-a-name",
    ),
    pytest.param(
        "Published - May 12, 2025 09:14 am - 3 drones were downed.", "", id="a-stamp-after-published-is-no-one"
    ),
    pytest.param(
        "Russia struck the grid with 120 drones overnight, Ukraine's air force and city officials said.",
        "Ukraine's air force and city officials",
        id="two-sources-said-it-together",
    ),
    pytest.param(
        "Russia launched 40 drones overnight, the air force and the governor said.",
        "air force and the governor",
        id="two-sources-each-with-its-article",
    ),
    pytest.param(
        '"In total, 14 houses were damaged in the region," the regional headquarters summarised.',
        "regional headquarters",
        id="summarised-is-a-speech-verb",
    ),
    pytest.param(
        "Reuters witnesses heard at least 12 explosions in the city.", "Reuters witnesses", id="witnesses-heard"
    ),
    pytest.param(
        "Our correspondent heard 3 explosions near the port.", "Our correspondent", id="a-correspondent-heard"
    ),
    pytest.param(
        "AP journalists in the centre of Lviv heard at least six blasts.",
        "AP journalists",
        id="witnesses-where-they-stood-then-what-they-heard",
    ),
    pytest.param(
        "Local radio correspondents working near the station heard two explosions.",
        "Local radio correspondents",
        id="witnesses-at-work-heard",
    ),
    pytest.param(
        "Near the bridge, the channel's correspondent Maria Boiko saw four damaged cars.",
        "channel's correspondent Maria Boiko",
        id="a-named-correspondent-saw",
    ),
    pytest.param("On Sunday, regional officials put the toll at 12.", "regional officials", id="put-the-toll-at"),
    pytest.param(
        "Governor Ivan Petrenko had put the number of injured at 22.",
        "Governor Ivan Petrenko",
        id="put-the-number-of-injured-at",
    ),
    pytest.param(
        "Voltex, the country's biggest private power producer, said 2 of its plants were damaged.",
        "Voltex, the country's biggest private power producer",
        id="a-name-with-a-description-in-apposition",
    ),
    pytest.param(
        "Around noon the governor Ivan Petrenko said 5 houses were damaged.",
        "governor Ivan Petrenko",
        id="a-time-before-the-article-is-no-part-of-the-speaker",
    ),
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
        "Odesa regional governor",
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
    pytest.param("Damage was reported to 3 houses in the village.", "", id="a-passive-report-names-no-speaker"),
    pytest.param(
        "Damage to 3 houses was reported by the regional administration.",
        "regional administration",
        id="a-passive-report-by-x",
    ),
    pytest.param(
        "Four people were injured. This was reported by the police in Zhytomyr region on Friday.",
        "police in Zhytomyr region",
        id="the-area-a-body-serves-is-part-of-its-name",
    ),
    pytest.param(
        "Four people were injured, according to the police in the Chuhuiv district.",
        "police in the Chuhuiv district",
        id="the-area-a-body-serves-with-an-article",
    ),
    pytest.param(
        "Four people were injured, as reported by Reuters in Kyiv.",
        "Reuters",
        id="a-city-after-a-source-is-where-it-reports-from",
    ),
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
    pytest.param(
        "Petro Ivanenko, head of the Poltava Regional Military Administration (RMA), said four people were injured.",
        "Petro Ivanenko, head of the Poltava Regional Military Administration (RMA)",
        id="an-apposition-ending-in-a-short-name",
    ),
    pytest.param(
        "Head of the Poltava Regional Military Administration (RMA) Petro Ivanenko said four people were injured.",
        "Head of the Poltava Regional Military Administration (RMA) Petro Ivanenko",
        id="a-short-name-inside-a-title",
    ),
    pytest.param(
        "According to the State Emergency Service (SES), four people were injured in Poltava.",
        "State Emergency Service (SES)",
        id="according-to-a-name-with-a-verb-like-word",
    ),
    pytest.param(
        "Mayor Ivan Petrenko, for his part, counted 14 drones downed over the city.",
        "Mayor Ivan Petrenko",
        id="an-aside-between-speaker-and-verb",
    ),
    pytest.param(
        "Rosaviatsiya, the federal air transport agency, said it had restricted flights at two airports.",
        "Rosaviatsiya, the federal air transport agency",
        id="an-apposition-with-adjectives",
    ),
    pytest.param("By Kommersant's estimate, 1,800 passengers were stranded.", "Kommersant", id="by-someones-estimate"),
    pytest.param(
        "About 3,400 subscribers lost power, the Ministry of Fuel and Energy said.",
        "Ministry of Fuel and Energy",
        id="and-inside-a-bodys-name",
    ),
    pytest.param(
        "The governor of the border region, which lies next to Belarus, Ivan Petrenko, said 7 drones were downed.",
        "Ivan Petrenko",
        id="a-name-after-a-relative-clause-on-the-speakers-region",
    ),
    pytest.param(
        "The mayor of the city, who took office last year, Olena Koval, said three people were injured.",
        "Olena Koval",
        id="a-name-after-a-relative-clause-on-the-speaker",
    ),
    pytest.param(
        "The air force, meanwhile, said Russia had launched 40 drones overnight.",
        "air force",
        id="an-adverb-between-commas-is-an-aside",
    ),
    pytest.param(
        "Ukraine's commander-in-chief, Gen. Ivan Petrenko, said 12 cruise missiles were destroyed.",
        "Ukraine's commander-in-chief, General Ivan Petrenko",
        id="a-compound-title-before-a-name",
    ),
    pytest.param(
        "The deputy's aide, by then in Kyiv, said Russia fired 12 cruise missiles.",
        "",
        id="the-clause-after-the-verb-is-no-speaker-when-none-is-found-before",
    ),
    pytest.param(
        'Quote from Petrenko: "Twelve apartment buildings were damaged."',
        "Petrenko",
        id="quote-from-a-speaker",
    ),
    pytest.param(
        "Poltava Mayor Ivan Petrenko: air defences shot down 14 drones over the city overnight.",
        "Poltava Mayor Ivan Petrenko",
        id="a-speaker-before-a-colon",
    ),
    pytest.param(
        "Two people were injured in Lutsk, the governor said; firefighters of the State Emergency Service put out "
        "a blaze.",
        "Volyn governor",
        id="a-capitalised-speech-verb-inside-a-name-is-no-verb",
    ),
    pytest.param(
        "By midnight Sobyanin had reported 13 drones shot down on approach to the capital.",
        "Sobyanin",
        id="a-capitalised-preposition-opening-the-sentence-is-no-name",
    ),
    pytest.param(
        "Two people were injured, as was reported on Monday by the regional police.",
        "regional police",
        id="passive-agent-after-a-day",
    ),
    pytest.param(
        "Fourteen drones were shot down, as announced this morning on Telegram by the regional governor.",
        "regional governor",
        id="passive-agent-after-time-and-channel",
    ),
    pytest.param(
        "A woman was injured in Tula, Governor Dmitry Milyaev said in comments cited by TASS.",
        "Tula Governor Dmitry Milyaev",
        id="a-verb-between-is-no-gap-before-the-agent",
    ),
    pytest.param(
        "Two people were injured, according to Governor Ivan Petrenko's Telegram channel.",
        "Governor Ivan Petrenko",
        id="an-officials-channel-is-the-official",
    ),
    pytest.param(
        "Two people were injured, according to Astra's Telegram channel.",
        "Astra's Telegram channel",
        id="an-outlets-channel-keeps-its-name",
    ),
    pytest.param(
        "Russia used 78 guided bombs against the region, Fedorov said in a separate post on Sunday, adding that "
        "more than 2,000 drones had attacked frontline towns.",
        "Fedorov",
        id="adding-that-is-the-speaker-before-and-a-post-is-no-verb",
    ),
    pytest.param(
        "The Sadove Wind channel, which is run by local activists and publishes messages from residents of the "
        "peninsula, reported that residents had heard at least 10 explosions.",
        "Sadove Wind channel",
        id="a-long-relative-clause-between-a-speaker-and-the-verb",
    ),
    pytest.param(
        "The UN Human Rights Monitoring Mission in Ukraine verified that 120 civilians were killed in May.",
        "UN Human Rights Monitoring Mission in Ukraine",
        id="a-mission-in-a-country-verified",
    ),
    pytest.param("The mission documented 40 attacks on energy facilities.", "mission", id="documented"),
    pytest.param("The air force later put the total at 310 drones.", "air force", id="put-the-total-at"),
    pytest.param(
        "According to TASS calculations based on ministry data, 97 drones were downed over the week.",
        "TASS calculations",
        id="calculations-based-on-data-are-the-calculators",
    ),
    pytest.param("The air force recorded 140 drones over the country.", "air force", id="who-recorded-them"),
    pytest.param(
        "Since Tuesday, the navy has recorded 12 missiles launched at the coast.",
        "navy",
        id="who-has-recorded-them",
    ),
    pytest.param("Hits were recorded at six locations.", "", id="a-passive-record-names-nobody"),
    pytest.param("Residents recorded five explosions overnight.", "", id="residents-record-for-nobody"),
    pytest.param(
        "Two people were injured in the Lubny district west of Poltava, where a depot caught fire, "
        "said Petro Ivanenko, head of the district administration.",
        "Petro Ivanenko, head of the district administration",
        id="a-speaker-after-the-verb-not-a-place-before-it",
    ),
    pytest.param(
        "Ivan Petrenko, the governor, said Russian drones hit 12 houses.",
        "Ivan Petrenko, the governor",
        id="what-follows-the-verb-is-what-was-said",
    ),
    pytest.param(
        "Three houses were damaged, the head of the district, Petro Ivanenko, told Vechirnii.",
        "head of the district, Petro Ivanenko",
        id="who-heard-it-after-a-titled-speaker",
    ),
    pytest.param(
        "Newsroom Verify has geolocated videos showing at least three strikes on the depot.",
        "Newsroom Verify",
        id="who-geolocated-it",
    ),
    pytest.param("Three people were injured, the volunteer told the Kyiv Post.", "", id="a-speech-verb-inside-a-name"),
    pytest.param(
        "The navy said 30 drones were launched. It recorded hits by 12 drones.",
        "navy",
        id="a-record-by-the-body-it-stands-for",
    ),
    pytest.param("Villages in the Poltava region recorded 17 strikes.", "", id="a-place-records-for-nobody"),
    pytest.param(
        "The channel Exilenova reported that residents had recorded at least 12 explosions.",
        "channel Exilenova",
        id="a-record-inside-anothers-speech",
    ),
    pytest.param(
        "Four houses were damaged; all the damage will be recorded, the regional council said.",
        "regional council",
        id="a-passive-future-names-nobody",
    ),
    pytest.param(
        "\u201cWe counted six explosions,\u201d a pensioner named Halyna told the radio.",
        "Halyna",
        id="we-in-a-quotation-is-no-source",
    ),
    pytest.param(
        "Three people were injured, the volunteer told the newspaper Vechirnii Kyiv.",
        "",
        id="who-was-told-is-no-source",
    ),
    pytest.param(
        "Three people were injured, regional governor Ivan Petrenko told the newspaper.",
        "regional governor Ivan Petrenko",
        id="who-told-it-is",
    ),
]

NO_SPEAKER_BEFORE_COLON = [
    pytest.param("Breaking News: air defences shot down 14 drones over Poltava.", id="a-page-label"),
    pytest.param("Poltava region: air defences shot down 14 drones overnight.", id="a-place-label"),
    pytest.param("Ukraine war: air defences shot down 14 drones over Poltava.", id="a-headline-topic"),
    pytest.param("Petrenko: air defences shot down 14 drones over Poltava.", id="one-word-is-too-little"),
    pytest.param("⚡️ Missiles: 24 cruise missiles were launched at Poltava.", id="a-marked-label-of-what-is-counted"),
    pytest.param("Poltava region:\n- 14 drones were shot down;\n- 3 houses were damaged.", id="a-place-heading-a-list"),
    pytest.param(
        "Poltava region, Lubny district: air defences shot down 14 drones overnight.", id="a-place-label-in-two-parts"
    ),
]


@pytest.mark.parametrize("text", NO_SPEAKER_BEFORE_COLON)
def test_no_speaker_before_a_colon(text):
    assert {f.reported_by for f in extract(text).figures} == {""}


@pytest.mark.parametrize("text, source", ATTRIBUTION)
def test_reported_by(text, source):
    assert {f.reported_by for f in extract(text).figures} == {source}


HEADLINE_SIGN_OFFS = [
    pytest.param(
        "Missiles hit Poltava, 4 killed — Poltava OVA", "Poltava Oblast Military Administration (OVA)", id="an-office"
    ),
    pytest.param("Missiles hit Poltava, 4 killed - Air Force", "Air Force", id="a-body"),
    pytest.param("Missiles hit Poltava, 4 killed – Kommersant Voronezh", "", id="a-site-is-no-source"),
]


@pytest.mark.parametrize("title, source", HEADLINE_SIGN_OFFS)
def test_a_headline_signed_off_by_a_source(title, source):
    figures = extract(f"{title}\n\nFour people were killed when missiles hit Poltava overnight.", title).figures
    assert {(f.value, f.reported_by) for f in figures if f.value is not None} == {(4, source)}


def test_reportedly_borrows_no_source():
    figures = extract("The governor said 3 people died.\nTwo more were reportedly injured in the village.").figures
    assert {(f.value, f.reported_by) for f in figures} == {(3, "governor"), (2, "")}


SOURCES_BY_VALUE = [  # multi-figure texts: the source each value gets
    pytest.param(
        "Sobyanin posted about single drones all night.\n"
        "Russia's Defense Ministry gave a bigger number: 118 drones intercepted and destroyed overnight.",
        {118: "Russia's Defense Ministry"},
        id="gave-a-number-is-a-figure-stated",
    ),
    pytest.param(
        "A bomb hit the village. Two houses were destroyed and three were damaged. "
        "No one was injured, according to Lysak.\nUkraine's air force said it downed 40 drones.",
        {2: "Lysak", 3: "Lysak", 40: "Ukraine's air force"},
        id="a-sentence-that-nobody-was-hurt-passes-its-speaker-back",
    ),
    pytest.param(
        "Drones struck Kharkiv overnight, killing four people and wounding 23 others.\n"
        "The attack damaged 31 buildings, Governor Oleh Syniehubov said, giving the casualty figures.\n"
        "Ukraine's air force said it downed 40 drones.",
        {
            4: "Kharkiv Governor Oleh Syniehubov",
            23: "Kharkiv Governor Oleh Syniehubov",
            31: "Kharkiv Governor Oleh Syniehubov",
            40: "Ukraine's air force",
        },
        id="a-speaker-giving-the-casualty-figures-gives-those-before",
    ),
    pytest.param(
        "Russia's defence ministry said it had destroyed 32 Ukrainian drones over the Kursk region.\n"
        "The attack follows a strike last week in which 20 people were wounded in Kryvyi Rih.",
        {32: "Russia's defence ministry", 20: ""},
        id="the-attackers-ministry-carried-on-tells-no-losses-it-caused",
    ),
    pytest.param(
        "Russia's defence ministry said it had destroyed 32 Ukrainian drones over the Kursk region.\n"
        "Debris injured two people in the town of Rylsk.",
        {32: "Russia's defence ministry", 2: "Russia's defence ministry"},
        id="the-attacked-sides-ministry-carried-on-tells-its-losses",
    ),
    pytest.param(
        "One person was killed, the head of the Kharkiv regional administration Ivan Petrenko reported on Telegram.\n"
        "Example News publishes his message in full.\n"
        '"Kharkiv district: 6 people were injured in Kharkiv."',
        {
            1: "head of the Kharkiv regional administration Ivan Petrenko",
            6: "head of the Kharkiv regional administration Ivan Petrenko",
        },
        id="an-outlet-publishing-his-message-passes-his-words-on",
    ),
    pytest.param(
        "Oksana Hrytsenko, head of the Poltava Regional Military Administration, reported on the night.\n"
        "A woman was injured in Lubny, Hrytsenko said.\n"
        '"Please stay in shelters," the head of the RMA wrote.\n'
        "In Myrhorod, seven houses were damaged.",
        {
            1: "Oksana Hrytsenko, head of the Poltava Regional Military Administration",
            7: "Oksana Hrytsenko, head of the Poltava Regional Military Administration",
        },
        id="a-role-naming-again-the-speaker-before-carries-her-on",
    ),
    pytest.param(
        "Oksana Hrytsenko, head of the Poltava Regional Military Administration, reported on the night.\n"
        "A woman was injured in Lubny, Hrytsenko said.\n"
        '"Please stay in shelters," the mayor wrote.\n'
        "In Myrhorod, seven houses were damaged.",
        {1: "Oksana Hrytsenko, head of the Poltava Regional Military Administration", 7: ""},
        id="another-role-ends-the-trail",
    ),
    pytest.param(
        "Drones and missiles hit the south overnight. This was reported by the Ukrainian Navy on Telegram.\n\n"
        "In total, the enemy attacked with 30 missiles and 200 drones. "
        "Among the missiles, the navy command recorded 6 Kalibr missiles.",
        {30: "navy command", 200: "navy command", 6: "navy command"},
        id="a-total-whose-part-the-next-sentence-counts-takes-its-source",
    ),
    pytest.param(
        "According to the city council, a drone hit the top floors of an apartment block in the night.\n\n"
        "Four people were killed and 12 were injured.",
        {4: "city council", 12: "city council"},
        id="a-speaker-telling-of-the-attack-speaks-for-the-paragraph-after",
    ),
    pytest.param(
        "According to the city council, the attack showed the need for more air defence.\n\n"
        "Four people were killed and 12 were injured.",
        {4: "", 12: ""},
        id="a-speaker-telling-of-no-attack-speaks-for-nothing-after",
    ),
    pytest.param(
        "The ministry said air defence destroyed 60 drones:\n\n"
        "- 40 — over the Oryol region;\n- 20 — over Kursk region.\n\n"
        "Governor Ivan Petrov, who reports each drone shot down, wrote about new repelled attacks.",
        {60: "ministry", 40: "ministry", 20: "ministry"},
        id="a-lists-last-item-takes-its-lists-speaker",
    ),
    pytest.param(
        "Four dead in Odesa as President Ivan Sydorenko says Russia is trying to break Ukraine\n\n"
        "Rescuers worked through the night, the governor said.",
        {4: ""},
        id="a-headlines-clause-opened-by-as-speaks-only-for-itself",
    ),
    pytest.param(
        "The Poltava Oblast Prosecutor's Office said a man was injured.\n\n"
        "Prosecutors also reported that two houses were damaged.",
        {1: "Poltava Oblast Prosecutor's Office", 2: "Poltava Oblast Prosecutor's Office"},
        id="prosecutors-are-the-prosecutors-office-named-before",
    ),
    pytest.param(
        "🔴 MINISTRY OF DEFENCE:\n- from 20:00 to 23:00, 18 drones were destroyed over the Kursk region;\n"
        "- from 23:00 to 07:00, another 152 over 14 regions.",
        {18: "MINISTRY OF DEFENCE", 152: "MINISTRY OF DEFENCE"},
        id="a-speakers-name-ending-its-line-with-a-colon",
    ),
    pytest.param(
        "The Ukrainian air force traditionally claimed that most drones had been shot down. "
        "It said that 41 of the 60 drones launched had been intercepted.",
        {41: "Ukrainian air force", 60: "Ukrainian air force"},
        id="an-adverb-in-ly-between-speaker-and-verb",
    ),
    pytest.param(
        "The regional governor publicly stated that 5 houses were damaged.",
        {5: "regional governor"},
        id="publicly-stated",
    ),
    pytest.param(
        "In July, officials said 5 houses were damaged.",
        {5: "officials"},
        id="a-month-in-ly-is-no-adverb",
    ),
    pytest.param(
        "Two people were killed in Sumy, the National Police in Sumy Oblast reported.\n"
        "Police officers documented the damage. According to the police, 12 houses were damaged.",
        {2: "National Police in Sumy Oblast", 12: "National Police in Sumy Oblast"},
        id="the-police-is-the-police-named-before",
    ),
    pytest.param(
        "Pulkovo airport was disrupted, the airport's press service said.\n"
        '"As of 11:00, 48 flights have been delayed," the press service said. It said 19 flights were cancelled.',
        {48: "Pulkovo Airport press service", 19: "Pulkovo Airport press service"},
        id="a-definite-name-is-the-fuller-one-said-before",
    ),
    pytest.param(
        "In total, the enemy attacked with 40 missiles, the Air Force said.\n"
        "The main direction of the strike was the Lviv and Odesa regions.\n"
        "Air defence shot down 31 missiles.\n"
        "In Odesa, 3 people were injured, the governor said.",
        {40: "Air Force", 31: "Air Force", 3: "Odesa governor"},
        id="a-paragraph-about-the-attack-passes-its-speaker-on",
    ),
    pytest.param(
        "The head of the regional administration, Petro Ivanenko, said the day had been hard.\n"
        "According to him, the enemy used 7 guided bombs against the region. Of them, 3 hit the city, the air "
        "command said.",
        {7: "head of the regional administration, Petro Ivanenko", 3: "air command"},
        id="according-to-him-is-the-speaker-before",
    ),
    pytest.param(
        "The mayor said a drone hit the city.\nSix people were injured (earlier we reported 4), the police said.",
        {6: "police"},
        id="a-parenthesis-with-its-own-number-attributes-only-that",
    ),
    pytest.param(
        "Six missiles were destroyed over the west. The air force reported that the seventh had hit a depot.\n"
        "Governor Ivan Petrenko said 2 people were hurt.",
        {6: "air force", 2: "Governor Ivan Petrenko"},
        id="a-later-speaker-of-its-paragraph-who-reports-no-figure",
    ),
    pytest.param(
        "Russia attacked the region with 60 drones overnight. Air defence shot down 41 of them, the air force said.\n"
        "Governor Ivan Petrenko said 2 people were hurt.",
        {60: "air force", 41: "air force", 2: "Governor Ivan Petrenko"},
        id="a-total-takes-the-source-of-the-sentence-counting-its-part",
    ),
    pytest.param(
        "Russia attacked the region with 60 drones overnight. Air defence shot down 41 missiles, the air force said.\n"
        "Governor Ivan Petrenko said 2 people were hurt.",
        {60: "", 41: "air force", 2: "Governor Ivan Petrenko"},
        id="a-sentence-counting-something-else-lends-nothing",
    ),
    pytest.param(
        "Governor Ivan Petrenko spoke about the night in the region.\n"
        "“The enemy attacked the district 14 times. Two houses burned down.”",
        {14: "Governor Ivan Petrenko", 2: "Governor Ivan Petrenko"},
        id="a-quotation-opening-after-its-speaker-is-introduced",
    ),
    pytest.param(
        "Governor Ivan Petrenko spoke about the night in the region.\n"
        "“The situation in the region over the past day.\n"
        "Lubny district. The enemy attacked the district 14 times.\n"
        "Myrhorod district. Two houses burned down.”",
        {14: "Poltava Governor Ivan Petrenko", 2: "Poltava Governor Ivan Petrenko"},
        id="a-quotation-over-paragraphs-opening-with-no-figure",
    ),
    pytest.param(
        "The head of the Lubny urban district, Petro Ivanenko, wrote about the night.\n"
        "“The enemy attacked the town 14 times.”",
        {14: "head of the Lubny urban district, Petro Ivanenko"},
        id="a-title-of-a-district-and-its-holder",
    ),
    pytest.param(
        "The Defence Ministry in its morning report said that 83 drones were destroyed.",
        {83: "Defence Ministry"},
        id="a-speaker-and-its-own-report-before-the-verb",
    ),
    pytest.param(
        "Governor Ivan Petrenko spoke about the night in the region.\nThe enemy attacked the district 14 times.",
        {14: ""},
        id="no-quotation-no-speaker-carried",
    ),
    pytest.param(
        "“Five drones were downed over the city. Two people were injured,” Governor Oleh Syniehubov said on Telegram.",
        {5: "Governor Oleh Syniehubov", 2: "Governor Oleh Syniehubov"},
        id="five-drones-were-downed-over-the",
    ),
    pytest.param(
        "Governor Oleh Syniehubov said the attack lasted an hour.\n“Three people were hurt,” Syniehubov said.",
        {3: "Governor Oleh Syniehubov"},
        id="governor-oleh-syniehubov-said-the-attack",
    ),
    pytest.param(
        "08:15 Russia launched 40 drones overnight, the air force said.",
        {40: "air force"},
        id="08-15-russia-launched-40-drones",
    ),
    pytest.param(
        "Russia's RIA news agency reported that 12 drones were destroyed.",
        {12: "Russia's RIA news agency"},
        id="russia-s-ria-news-agency-reported",
    ),
    pytest.param(
        "Ukraine's military said on Sunday it had shot down 31 of 37 drones.",
        {31: "Ukraine's military", 37: "Ukraine's military"},
        id="ukraine-s-military-said-on-sunday",
    ),
    pytest.param(
        "Russia's Defence Ministry said 20 drones were destroyed. The ministry said 5 more were downed over Crimea.",
        {20: "Russia's Defence Ministry", 5: "Russia's Defence Ministry"},
        id="russia-s-defence-ministry-said-20",
    ),
    pytest.param(
        "Nine people were injured, said the governor, Oleh Syniehubov.",
        {9: "governor, Oleh Syniehubov"},
        id="nine-people-were-injured-said-the",
    ),
    pytest.param(
        "The air force said 50 drones were launched. "
        "Reuters could not independently verify the figures. Forty were shot down.",
        {50: "air force", 40: "air force"},
        id="the-air-force-said-50-drones",
    ),
    pytest.param(
        "Ihor Terekhov, Kharkiv's mayor, said two people were injured.",
        {2: "Ihor Terekhov, Kharkiv's mayor"},
        id="ihor-terekhov-kharkiv-s-mayor-said",
    ),
    pytest.param(
        "Two people were killed, according to Serhiy Lysak, the head of the regional administration.",
        {2: "Serhiy Lysak, the head of the regional administration"},
        id="two-people-were-killed-according-to",
    ),
    pytest.param(
        "The Russian Defence Ministry said on Telegram that "
        "air defence units had destroyed 18 drones over the Bryansk region.",
        {18: "Russian Defence Ministry"},
        id="the-russian-defence-ministry-said-on",
    ),
    pytest.param(
        "In its morning update, Ukraine's General Staff said 14 drones were shot down.",
        {14: "Ukraine's General Staff"},
        id="in-its-morning-update-ukraine-s",
    ),
    pytest.param(
        "Zelensky said Russia had launched 470 drones and 48 missiles. Most were shot down, he said.",
        {470: "Zelensky", 48: "Zelensky"},
        id="zelensky-said-russia-had-launched-470",
    ),
    pytest.param(
        "Russia said Ukraine launched 337 drones. "
        "Moscow Mayor Sergei Sobyanin said 74 drones were shot down near the capital.",
        {337: "Moscow Mayor Sergei Sobyanin", 74: "Moscow Mayor Sergei Sobyanin"},
        id="russia-said-ukraine-launched-337-drones",
    ),
    pytest.param(
        "As reported by the Air Force, 27 drones were shot down.", {27: "Air Force"}, id="as-reported-by-the-air-force"
    ),
    pytest.param(
        "The press service of the regional administration reported that 4 people were injured.",
        {4: "press service of the regional administration"},
        id="the-press-service-of-the-regional",
    ),
    pytest.param(
        "Four people were injured. "
        "Oleh Syniehubov, Head of the Kharkiv Regional Military Administration, reported this on Telegram.",
        {4: "Oleh Syniehubov, Head of the Kharkiv Regional Military Administration"},
        id="four-people-were-injured-oleh-syniehubov",
    ),
    pytest.param(
        "Russia attacked Ukraine overnight with 210 drones.\n"
        "Drones hit 14 locations.\n"
        "The figures were published in the morning by the Air Force.",
        {210: "Air Force", 14: "Air Force"},
        id="figures-over-paragraphs-credited-by-a-sentence-pointing-back",
    ),
    pytest.param(
        "Russia attacked Ukraine overnight with 210 drones.\n"
        "The city council said schools were closed.\n"
        "Drones hit 14 locations.\n"
        "The figures were published in the morning by the Air Force.",
        {210: "", 14: "Air Force"},
        id="a-paragraph-without-figures-ends-the-figures-a-sentence-points-back-to",
    ),
    pytest.param(
        "According to data from the regional military administration, 6 people were wounded.",
        {6: "regional military administration"},
        id="according-to-data-from-the-regional",
    ),
    pytest.param(
        "According to information from the Air Force, 30 drones were destroyed.",
        {30: "Air Force"},
        id="according-to-information-from-the-air",
    ),
    pytest.param("As stated by the governor, 5 people were hurt.", {5: "governor"}, id="as-stated-by-the-governor-5"),
    pytest.param(
        "In a statement posted on Telegram, the ministry said 8 drones were downed.",
        {8: "ministry"},
        id="in-a-statement-posted-on-telegram",
    ),
    pytest.param(
        "Eight drones were shot down, Interfax said, citing the Defence Ministry.",
        {8: "Interfax, citing Defence Ministry"},
        id="eight-drones-were-shot-down-interfax",
    ),
    pytest.param(
        "The Air Force of the Armed Forces of Ukraine reported that 41 drones were neutralised.",
        {41: "Air Force of the Armed Forces of Ukraine"},
        id="the-air-force-of-the-armed",
    ),
    pytest.param(
        "Ukrinform's correspondent reports that 3 people were killed.",
        {3: "Ukrinform's correspondent"},
        id="ukrinform-s-correspondent-reports-that-3",
    ),
    pytest.param(
        "The head of the Sumy regional military administration, Volodymyr Artiukh, said 2 people died.",
        {2: "head of the Sumy regional military administration, Volodymyr Artiukh"},
        id="the-head-of-the-sumy-regional",
    ),
    pytest.param(
        "Two people died, the Sumy administration said on Facebook.",
        {2: "Sumy administration"},
        id="two-people-died-the-sumy-administration",
    ),
    pytest.param(
        "Kharkiv Mayor Ihor Terekhov wrote on Telegram that 9 people were hurt.",
        {9: "Kharkiv Mayor Ihor Terekhov"},
        id="kharkiv-mayor-ihor-terekhov-wrote-on",
    ),
    pytest.param(
        "Nine people were hurt in Kharkiv, its mayor said.", {9: "mayor"}, id="nine-people-were-hurt-in-kharkiv"
    ),
    pytest.param(
        "Russia launched 30 drones, according to Ukraine's air force, which said 25 were downed.",
        {30: "Ukraine's air force", 25: "Ukraine's air force"},
        id="russia-launched-30-drones-according-to",
    ),
    pytest.param(
        "Russia fired 14 drones at Odesa. Nine were downed over the sea.\n"
        "Head of the regional administration Oleh Kiper reported this on Telegram.\n"
        "Mayor Hennadiy Trukhanov said schools would stay closed.",
        {
            14: "Head of the Odesa regional administration Oleh Kiper",
            9: "Head of the Odesa regional administration Oleh Kiper",
        },
        id="a-later-attribution-only-sentence-attributes-the-paragraph",
    ),
    pytest.param(
        "Kyiv said it shot down 22 drones overnight.\nThe air force said 22 drones were shot down.",
        {22: "air force"},
        id="a-restatement-naming-its-source-beats-a-bare-side",
    ),
    pytest.param(
        "At least 7 people were injured, according to officials.\n"
        "Governor Ivan Fedorov said at least 7 people were injured in the city.",
        {7: "Governor Ivan Fedorov"},
        id="a-named-source-beats-a-group",
    ),
    pytest.param(
        "The regional emergency headquarters reported the attack. Windows were shattered in 12 homes, the "
        "officials said.",
        {12: "regional emergency headquarters"},
        id="the-officials-are-those-just-named",
    ),
    pytest.param(
        "According to Gladkov, the region came under attack from 68 drones.",
        {68: "Gladkov"},
        id="an-apposition-without-a-role-is-no-source",
    ),
    pytest.param(
        "Air defences downed 129 drones over five regions, the Defence Ministry in Moscow said.",
        {129: "Defence Ministry in Moscow"},
        id="the-capital-a-ministry-sits-in",
    ),
    pytest.param(
        'Bombs hit Kharkiv.\n"By evening 17 people had been injured. Doctors are with them," Syniehubov wrote.',
        {17: "Syniehubov"},
        id="a-quotation-is-the-speakers-where-it-closes",
    ),
    pytest.param(
        "This was reported by the mayor of Kharkiv, Ihor Terekhov.\nThe strikes damaged 11 cars, the mayor said.",
        {11: "mayor of Kharkiv, Ihor Terekhov"},
        id="an-office-gives-way-to-its-holder",
    ),
    pytest.param(
        "According to Terekhov, the Russian military dropped four guided bombs on the city.",
        {4: "Terekhov"},
        id="a-clause-after-the-name-is-no-apposition",
    ),
    pytest.param(
        "The governor said the attack lasted an hour. According to him, Russian troops damaged 9 houses.",
        {9: "governor"},
        id="object-pronoun",
    ),
    pytest.param(
        "The record claimed by Moscow was 158 drones shot down in one night.",
        {158: "Moscow"},
        id="a-source-ends-at-an-auxiliary",
    ),
    pytest.param(
        "Fuel depots burned in 12 towns, according to Meduza's count.",
        {12: "Meduza"},
        id="a-possessive-document-is-its-owners",
    ),
    pytest.param(
        "Tass news agency, quoting emergency services, said four aircraft were damaged.",
        {4: "Tass news agency, quoting emergency services"},
        id="an-outlet-quoting-a-source",
    ),
    pytest.param(
        "According to information on Sheremetyevo's online board, 30 flights were delayed.",
        {30: "Sheremetyevo's online board"},
        id="information-on-x",
    ),
    pytest.param(
        "Deputy head of the President's Office Kyrylo Tymoshenko visited the port.\n"
        "Two warehouses were damaged, Kyrylo Tymoshenko said.",
        {2: "Deputy head of the President's Office Kyrylo Tymoshenko"},
        id="a-name-with-the-office-the-article-gives-it",
    ),
    pytest.param(
        "The Association of Tour Operators of Russia (ATOR) says 68 flights were delayed at Sheremetyevo.",
        {68: "Association of Tour Operators of Russia (ATOR)"},
        id="a-speaker-with-its-short-name-in-brackets",
    ),
    pytest.param(
        '"The night was restless. Two people were killed.\nIn the district, 3 houses were damaged," wrote Serhiy '
        "Lysak, head of the regional administration.",
        {
            2: "Serhiy Lysak, head of the regional administration",
            3: "Serhiy Lysak, head of the regional administration",
        },
        id="a-quotation-over-two-paragraphs",
    ),
    pytest.param(
        'Mayor Sergei Sobyanin posted updates. The first read: "Air defence repelled an attack by two drones." '
        "Later he added more.\nBy 8 a.m., 350 flights had been delayed, according to the timetable service Yandex.",
        {2: "Mayor Sergei Sobyanin", 350: "timetable service Yandex"},
        id="a-quote-closed-at-a-sentence-end-is-closed",
    ),
    pytest.param(
        "Ivan Fedorov, head of the regional administration, spoke at dawn.\n"
        "Four people were injured, the head of the oblast said.",
        {4: "Ivan Fedorov, head of the regional administration"},
        id="the-head-of-the-oblast",
    ),
    pytest.param(
        "DTEK reported outages in the region. About 40,000 homes were without power, the company said.",
        {40000: "DTEK"},
        id="the-company-is-the-one-named-before",
    ),
    pytest.param(
        "Six people were killed, said regional Gov. Oleh Syniehubov.",
        {6: "regional Governor Oleh Syniehubov"},
        id="an-abbreviated-title-after",
    ),
    pytest.param(
        "Regional Gov. Oleh Syniehubov said six people were killed.",
        {6: "Regional Governor Oleh Syniehubov"},
        id="an-abbreviated-title-before",
    ),
    pytest.param(
        "The Defence Ministry, the paper notes, reported 221 drones destroyed overnight.",
        {221: "Defence Ministry"},
        id="an-aside-between-speaker-and-verb",
    ),
    pytest.param(
        "Eleven flights were delayed, the airport's press service said.",
        {11: "airport's press service"},
        id="the-press-service-of-an-owner",
    ),
    pytest.param(
        "Vnukovo airport reported delays. Its spokesperson said 40 flights were delayed.",
        {40: "Vnukovo airport spokesperson"},
        id="its-spokesperson",
    ),
    pytest.param(
        "The Air Force reported this on Telegram, a Reuters correspondent reports.\n"
        '"The enemy attacked with 52 drones," the statement reads.',
        {52: "Air Force"},
        id="a-correspondent-passes-on-the-statement-of-another",
    ),
    pytest.param(
        "Four people were injured in Sumy, an Ukrinform correspondent reports.",
        {4: "Ukrinform correspondent"},
        id="a-correspondent-alone-is-the-source",
    ),
    pytest.param(
        "The Air Force said 40 drones were launched overnight.\n"
        "The attack was repelled by mobile fire groups.\n"
        "Hits by 6 drones were recorded at 4 locations.\n"
        "Air Force spokesman Yurii Ihnat said decoys made up a large share of the drones.",
        {40: "Air Force", 6: "Air Force", 4: "Air Force"},
        id="one-body-named-in-several-forms-is-the-articles-only-source",
    ),
    pytest.param(
        "The Air Force said 40 drones were launched overnight.\n"
        "Schools will open as usual on Monday.\n"
        "Hits by 6 drones were recorded at 4 locations.\n"
        "Governor Ivan Petrenko said decoys made up a large share of the drones.",
        {40: "Air Force", 6: "", 4: ""},
        id="two-bodies-leave-an-unattributed-figure-unattributed",
    ),
    pytest.param(
        'Quote: "Overnight, air defence destroyed 64 drones over the Kursk region." – Russia\'s Ministry of Defence',
        {64: "Russia's Ministry of Defence"},
        id="a-quotation-signed-after-a-dash",
    ),
    pytest.param(
        "Nationwide, the Air Force counted 405 drones launched overnight, according to Meduza's count.",
        {405: "Air Force"},
        id="who-counted-reports-and-a-count-is-a-document",
    ),
    pytest.param(
        "The Defence Ministry said 36 drones were destroyed overnight.\n"
        "Fourteen drones were destroyed over the region, Governor Ivan Petrenko wrote.\n"
        "In Liski, a power line was cut, leaving 700 residents without power. In the city, a woman was hurt, "
        "Petrenko said.",
        {
            36: "Defence Ministry",
            14: "Governor Ivan Petrenko",
            700: "Governor Ivan Petrenko",
            1: "Governor Ivan Petrenko",
        },
        id="a-speaker-continuing-from-the-paragraph-before-owns-what-comes-between",
    ),
    pytest.param(
        "The Defence Ministry said 36 drones were destroyed overnight.\n"
        "Fourteen drones were destroyed over the region, Governor Ivan Petrenko wrote.\n"
        "In Liski, a power line was cut, leaving 700 residents without power. In the city, a woman was hurt, "
        "Mayor Olha Koval said.",
        {36: "Defence Ministry", 14: "Governor Ivan Petrenko", 700: "", 1: "Mayor Olha Koval"},
        id="another-speaker-later-in-the-paragraph-does-not-carry-the-first",
    ),
    pytest.param(
        "The Daily Courier publishes the report of the Southern Air Command in full.\n"
        '"Overnight, the enemy attacked with 70 drones.\n\nAir defence shot down 52 of them."',
        {70: "Southern Air Command", 52: "Southern Air Command"},
        id="an-outlet-publishing-someones-report-passes-on-their-words",
    ),
    pytest.param(
        "Governor Ivan Petrenko listed the damage of the night:\n- in the village of Sadove, 2 houses were damaged;\n"
        "- 3 people were injured.",
        {2: "Governor Ivan Petrenko", 3: "Governor Ivan Petrenko"},
        id="a-speaker-listing-what-follows",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 4 people were injured in total.\n"
        "Northern district. In the village of Sadove, a drone hit a house.\n"
        "Southern district. In the village of Lisne, 11 drones attacked the farm.\n"
        "The Defence Ministry said 36 drones were destroyed.",
        {4: "Governor Ivan Petrenko", 11: "Governor Ivan Petrenko", 36: "Defence Ministry"},
        id="a-paragraph-reporting-what-it-does-not-count-passes-the-source-on",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 4 people were injured in total.\n"
        "The weather was calm and the roads were open.\n"
        "In the village of Lisne, 11 drones attacked the farm.\nThe Defence Ministry said 36 drones were destroyed.",
        {4: "Governor Ivan Petrenko", 11: "", 36: "Defence Ministry"},
        id="a-paragraph-reporting-nothing-ends-the-trail",
    ),
    pytest.param(
        'Russia launched 90 drones, the air force said. "It was a hard night," Ivan Petrenko, spokesman for the '
        "air force, told television. He said 11 drones had hit their targets.",
        {90: "air force", 11: "Ivan Petrenko, spokesman for the air force"},
        id="he-is-the-last-person-named-not-the-body-named-in-his-title",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 3 people were hurt. The State Emergency Service said it had put out a fire. "
        "He said 2 houses were damaged.",
        {3: "Governor Ivan Petrenko", 2: "Governor Ivan Petrenko"},
        id="he-skips-a-body-named-since",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 3 people were hurt. The State Emergency Service said 2 fires broke out, it said.",
        {3: "Governor Ivan Petrenko", 2: "State Emergency Service"},
        id="it-is-the-body",
    ),
    pytest.param(
        "Mayor Ivan Petrenko said that, according to preliminary data from municipal services, 37 buildings were "
        "damaged.",
        {37: "Mayor Ivan Petrenko"},
        id="a-speaker-citing-data-is-the-source-not-the-data",
    ),
    pytest.param(
        "The governor Ivan Petrenko said that, according to the State Emergency Service, 5 fires broke out.",
        {5: "State Emergency Service"},
        id="a-speaker-citing-a-body-passes-on-the-bodys-words",
    ),
    pytest.param(
        "The Defence Ministry said 36 drones were destroyed.\nDetails: Petrenko said the city was hit in the evening.\n"
        'Quote: "A woman was killed. 3 more people were injured."',
        {36: "Defence Ministry", 1: "Petrenko", 3: "Petrenko"},
        id="a-labelled-quotation-after-its-speaker-is-theirs",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 4 people were injured in total.\n"
        'A driver was killed in Sadove. "My condolences to his family," Ivan Petrenko wrote.\n'
        "Lisne district. 11 drones attacked the village of Lisne.\n"
        "The Defence Ministry said 36 drones were destroyed.",
        {
            4: "Governor Ivan Petrenko",
            1: "Governor Ivan Petrenko",
            11: "Governor Ivan Petrenko",
            36: "Defence Ministry",
        },
        id="the-speaker-named-again-without-a-figure-goes-on",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 4 people were injured in total.\n"
        "Over the day, 37 drones were shot down over the region, the head of the region said.\n"
        'A driver was killed in Sadove. "My condolences to his family," Ivan Petrenko wrote.\n'
        "Lisne district. 11 drones attacked the village of Lisne.",
        {
            4: "Governor Ivan Petrenko",
            37: "Governor Ivan Petrenko",
            1: "Governor Ivan Petrenko",
            11: "Governor Ivan Petrenko",
        },
        id="the-speaker-named-again-after-his-role-goes-on",
    ),
    pytest.param(
        "Governor Ivan Petrenko said 4 people were injured in total.\n"
        "Over the day, 37 drones were shot down over the region, the head of the region said.\n"
        'A driver was killed in Sadove. "My condolences to his family," Oleh Marchenko wrote.\n'
        "Lisne district. 11 drones attacked the village of Lisne.",
        {4: "Governor Ivan Petrenko", 37: "Governor Ivan Petrenko", 1: "", 11: ""},
        id="another-speaker-named-without-a-figure-ends-the-trail",
    ),
    pytest.param(
        'A man was killed in Kherson. "The Russians hit a bus stop again," Oleh Marchenko wrote.',
        {1: "Oleh Marchenko"},
        id="a-later-quote-about-the-attack-attributes-the-fact-before",
    ),
    pytest.param(
        "A 50-year-old man died in hospital. The company later confirmed that he was also an employee.",
        {1: ""},
        id="a-later-statement-about-something-else-attributes-nothing",
    ),
    pytest.param(
        "Bryansk Region Governor Alexander Bogomaz said 2 houses were damaged. According to Bogomaz, a car burned.\n"
        "In the Kursk region, the regional operational headquarters said 1,200 residents were left without power.",
        {2: "Bryansk Region Governor Alexander Bogomaz", 1200: "Kursk regional operational headquarters"},
        id="an-unnamed-body-is-no-person-named-before",
    ),
    pytest.param(
        "Source: the Air Force on Telegram\n"
        'Quote: "Overnight, the enemy attacked with 60 air attack assets:\n'
        "– 50 Shahed-type drones;\n– 6 Iskander-M missiles;\n– 4 Kh-59 missiles.\n"
        "As of 09:00, 40 were shot down:\n– 2 missiles were shot down;\n– 30 drones were shot down;\n"
        "– 8 drones were locally lost.\n"
        'Hits by 4 missiles were recorded at 11 locations."\n'
        "Details: Kharkiv was hit hardest. Mayor Ivan Petrenko said the city was hit by drones and missiles.",
        {
            60: "Air Force",
            50: "Air Force",
            6: "Air Force",
            40: "Air Force",
            4: "Air Force",
            11: "Air Force",
            2: "Air Force",
            30: "Air Force",
            8: "Air Force",
        },
        id="the-end-of-a-quotation-over-a-long-list-is-its-speakers",
    ),
    pytest.param(
        "Two houses were damaged, Odesa.NET reports.",
        {2: "Odesa.NET"},
        id="a-sites-name-with-its-domain-is-one-word",
    ),
    pytest.param(
        "Regional governor Ivan Petrenko said 2 people were hurt. Mr Petrenko said 3 houses were damaged.",
        {2: "Regional governor Ivan Petrenko", 3: "Regional governor Ivan Petrenko"},
        id="mr-and-a-surname-is-the-one-named-in-full",
    ),
    pytest.param(
        "Mayor Ivan Petrenko said 2 drones were downed. 3 more drones were destroyed near Sadove, according to "
        "his Telegram channel.",
        {2: "Mayor Ivan Petrenko", 3: "Mayor Ivan Petrenko"},
        id="his-channel-is-his-word",
    ),
    pytest.param(
        "Interviewer: Your administration says 22 people were injured in the city. Is that the final number?",
        {22: ""},
        id="an-interviewers-your-names-nobody",
    ),
    pytest.param(
        '"It went on until dawn. I counted at least 15 explosions," one local resident told the newspaper.',
        {15: "local resident"},
        id="a-resident-speaks-and-i-is-no-source",
    ),
    pytest.param(
        'A resident of Odesa, who asked not to be named, said she heard "about 10 explosions" overnight.',
        {10: "resident of Odesa"},
        id="a-resident-of-a-town-speaks",
    ),
    pytest.param(
        "Restrictions were in force at Sochi airport overnight, Rosaviatsia said. As a result, 17 flights were "
        "delayed, the airport's press service said.",
        {17: "Sochi International Airport press service"},
        id="the-airports-press-service-is-the-named-airports",
    ),
    pytest.param(
        "At least 40 flights were delayed in Kazan, the airport's press service said.",
        {40: "airport's press service"},
        id="an-airport-not-named-leaves-the-press-service-as-written",
    ),
    pytest.param(
        "Sheremetyevo alone cancelled 171 flights and delayed 95 others, the airport said in a statement.",
        {171: "Sheremetyevo International Airport", 95: "Sheremetyevo International Airport"},
        id="the-airport-said-is-the-named-airport",
    ),
    pytest.param(
        "Videos published by local Telegram channels show 2 large fires in the industrial area.",
        {2: "local Telegram channels"},
        id="published-by-names-the-agent-not-the-videos",
    ),
    pytest.param(
        "A Ukrainian security source told Reuters that 15 drones had been launched at the refinery.",
        {15: "Ukrainian security source"},
        id="a-source-told-an-agency",
    ),
    pytest.param(
        "Roughly 17,000 passengers were stranded, according to an estimate published by the Association of Tour "
        "Operators (ATOR).",
        {17000: "Association of Tour Operators (ATOR)"},
        id="published-by-keeps-the-short-name",
    ),
    pytest.param(
        "Russia says 42 drones were shot down over Crimea.\nVideos posted by Russian media showed smoke over the "
        "airport.",
        {42: "Russia"},
        id="a-bare-state-is-not-its-media",
    ),
    pytest.param(
        "The strike hit Sadove, Mayor Ivan Petrenko's hometown. The defence ministry said 9 drones were downed.\n"
        "Petrenko said 3 houses were damaged.",
        {9: "defence ministry", 3: "Mayor Ivan Petrenko"},
        id="a-surname-named-in-full-only-as-an-owner",
    ),
    pytest.param(
        "Mayor Ivan Petrenko posted through the night. We have compiled his posts:\n"
        '23:47 - "Two drones were shot down."\n00:31 - "A drone was destroyed."\n'
        '01:15 - "Three more drones shot down."\n'
        "The Defence Ministry said 36 drones were destroyed.",
        {2: "Mayor Ivan Petrenko", 3: "Mayor Ivan Petrenko", 36: "Defence Ministry"},
        id="an-item-of-a-list-that-counts-nothing-passes-the-source-on",
    ),
    pytest.param(
        "Below is the summary of the regional police by district:\n"
        "In the Central district, two houses were damaged.\n"
        "In the Southern district, a man was injured.",
        {2: "regional police", 1: "regional police"},
        id="a-documents-issuer-opens-the-paragraphs-after-its-colon",
    ),
    pytest.param(
        "Here are the latest figures from the Kherson Regional Military Administration:\n- 4 people injured;",
        {4: "Kherson Regional Military Administration"},
        id="figures-from-an-issuer-open-a-list",
    ),
    pytest.param(
        "The mayor, Ivan Petrenko, has posted his morning update:\n- 3 cars burned;\n- 1 man injured.",
        {3: "mayor, Ivan Petrenko", 1: "mayor, Ivan Petrenko"},
        id="the-owner-of-his-update-opens-a-list",
    ),
    pytest.param(
        "The governor gave his tally of Russian drone attacks:\n- 12 houses were damaged.",
        {12: "governor"},
        id="what-a-tally-counts-is-not-its-issuer",
    ),
    pytest.param(
        "About 90,000 consumers lost power, the energy ministry said.\n"
        "The ministry later published a breakdown by region:\nSumy region - 21,000;\nKharkiv region - 69,000.",
        {90000: "energy ministry", 21000: "energy ministry", 69000: "energy ministry"},
        id="a-breakdown-by-region-is-no-issuer",
    ),
    pytest.param(
        "Text of report by Governor Ivan Petrenko's Telegram channel on 14 July\n"
        "Dear residents! Over the past day the enemy attacked the region with 40 drones.\n"
        "In the village of Sadove, two women were injured.\n"
        "Separately, the defence ministry said 17 drones were destroyed over the region.",
        {40: "Governor Ivan Petrenko", 2: "Governor Ivan Petrenko", 17: "defence ministry"},
        id="a-line-crediting-the-text-to-its-author",
    ),
    pytest.param(
        "Summary\nGovernor Ivan Petrenko said the enemy used 40 drones against the region.\n"
        "Text of Telegram post by Petrenko\n"
        "[Passage omitted: greeting]\n"
        '"Dear residents of the region! I will report on the situation over the past day.\n'
        '"In the village of Sadove, two women were injured.\n'
        '"In Lypove, 3 houses were damaged."\n'
        "The defence ministry said 17 drones were destroyed over the region.",
        {
            40: "Governor Ivan Petrenko",
            2: "Governor Ivan Petrenko",
            3: "Governor Ivan Petrenko",
            17: "defence ministry",
        },
        id="a-credit-line-after-the-summary-credits-what-follows-it",
    ),
    pytest.param(
        "Digest of posts from the channel of the regional administration. Posts are by Petro Ivanenko, head of the "
        "Poltava Regional Military Administration, unless marked otherwise.\n"
        "18:40\nThe enemy dropped 3 KABs on the city.\n"
        "19:10\n2 people were injured.\n"
        "The police said 4 cars were damaged.",
        {
            3: "Petro Ivanenko, head of the Poltava Regional Military Administration",
            2: "Petro Ivanenko, head of the Poltava Regional Military Administration",
            4: "police",
        },
        id="posts-are-by-x-credits-the-posts",
    ),
    pytest.param(
        "These were the updates from Thursday.\nThe police said 4 cars were damaged.\n\nThe strike injured 2 people.",
        {4: "police", 2: "police"},
        id="updates-from-a-day-credit-nobody",
    ),
    pytest.param(
        "Russian drones struck 9 villages, the Sumy Oblast Military Administration reported.\n"
        "The breakdown by hromada, as published by the OVA:\n"
        "Krasnopillia hromada: 3 houses were damaged.",
        {9: "Sumy Oblast Military Administration", 3: "Sumy Oblast Military Administration"},
        id="a-transliterated-acronym-is-the-body-named-in-full",
    ),
    pytest.param(
        "The Air Force said 40 drones were launched overnight.\n"
        "Russian troops shelled 30 villages, the Kherson regional military administration said.\n"
        "Photo: Kherson RMA\n"
        "Below is the RMA summary by community.\n"
        "Bilozerka community: a drone attack. Two people were injured.\n"
        "Stanislav community: 4 houses were damaged.",
        {
            40: "Air Force",
            30: "Kherson regional military administration",
            2: "Kherson regional military administration",
            4: "Kherson regional military administration",
        },
        id="an-introducer-without-a-colon-naming-the-body-again-by-acronym",
    ),
    pytest.param(
        "The Air Force said 40 drones were launched overnight.\n"
        "Governor Ivan Petrenko summed up the day. We publish the governor's report in full.\n"
        "Lubny district. Two people were injured.\n"
        "Myrhorod district. Four houses were damaged.",
        {40: "Air Force", 2: "Poltava Governor Ivan Petrenko", 4: "Poltava Governor Ivan Petrenko"},
        id="a-report-given-in-full",
    ),
    pytest.param(
        "Governor Ivan Petrenko has posted his morning summary. Overnight, 2 people were injured.\n"
        "The Dnipro Herald gives the governor's report district by district.\n"
        "Nikopol district. 14 drones attacked the district, 9 of them were shot down.",
        {
            2: "Governor Ivan Petrenko",
            14: "Dnipropetrovsk Governor Ivan Petrenko",
            9: "Dnipropetrovsk Governor Ivan Petrenko",
        },
        id="a-report-given-district-by-district-hands-on-what-follows",
    ),
    pytest.param(
        "Residents can apply for repairs by district.\nNikopol district. 14 drones attacked the district.",
        {14: ""},
        id="a-line-ending-by-district-naming-nobody-hands-on-nothing",
    ),
    pytest.param(
        "Two people were killed, the Chernihiv Regional Military Administration reported.\n"
        "According to the RMA, the army used drones and bombs against the border villages.\n"
        "Semenivka hromada: 6 drone attacks. A woman was injured.",
        {
            2: "Chernihiv Regional Military Administration",
            6: "Chernihiv Regional Military Administration",
            1: "Chernihiv Regional Military Administration",
        },
        id="the-body-named-again-by-its-acronym-passes-itself-on",
    ),
    pytest.param(
        "Two people were killed, the Chernihiv Regional Military Administration reported.\n"
        "According to the head of the RMA, the army used drones and bombs against the border villages.\n"
        "Semenivka hromada: 6 drone attacks.",
        {2: "Chernihiv Regional Military Administration", 6: ""},
        id="the-head-of-the-body-is-someone-else",
    ),
    pytest.param(
        "The Air Force said 40 drones were launched at the region.\n"
        "Governor Ivan Petrenko said 3 houses were damaged.\n"
        "Among the villages shelled were Sadove and Lypove.\n"
        "In Sadove, a man was killed.",
        {40: "Air Force", 3: "Governor Ivan Petrenko", 1: "Governor Ivan Petrenko"},
        id="a-paragraph-telling-of-the-attack-passes-its-source-on",
    ),
    pytest.param(
        "The head of the Odesa Regional Military Administration, Oleh Kiper, said 30 drones attacked the city.\n"
        "According to the RMA, 4 houses were damaged.",
        {
            30: "head of the Odesa Regional Military Administration, Oleh Kiper",
            4: "Odesa Regional Military Administration (RMA)",
        },
        id="a-short-name-is-the-body-its-head-was-named-with",
    ),
    pytest.param(
        "07:02 | Air defence downs 40 drones\n\n"
        "The air force said 40 of 52 drones were shot down overnight.\n\n"
        "07:30 | Poltava: 3 people injured\n\n"
        "Drones attacked Poltava overnight, Governor Petro Ivanenko said on Telegram. Windows were smashed.",
        {40: "air force", 52: "air force", 3: "Poltava Governor Petro Ivanenko"},
        id="a-live-entrys-heading-takes-the-speaker-of-its-body",
    ),
    pytest.param(
        "07:02 | Air defence downs 40 drones\n\n"
        "The air force said 40 of 52 drones were shot down overnight.\n\n"
        "07:30 | Poltava: a house damaged\n\n"
        "A drone hit a house in Poltava overnight, and 2 people were injured.\n\n"
        "08:00 | Lviv: 5 drones downed\n\n"
        "The city administration said 5 drones were downed over Lviv.",
        {40: "air force", 52: "air force", 2: "", 5: "city administration"},
        id="a-live-entry-is-not-the-entry-befores-word",
    ),
    pytest.param(
        "Sobyanin posted through the night:\n\n"
        "00:31 - Air defence forces shot down 2 drones flying toward Moscow\n\n"
        "01:12 - Another 3 drones were destroyed",
        {2: "Sobyanin", 3: "Sobyanin"},
        id="timed-posts-of-a-list-are-no-entries",
    ),
    pytest.param(
        "Mayor Ihor Terekhov said 4 people were injured in Kharkiv.\n\n"
        "He said the city's boiler houses were repaired.\n\n"
        "Kharkiv region: 2 killed in Chuhuiv\n\n"
        "Governor Oleh Syniehubov said the attack on the region lasted all night. "
        "In Chuhuiv, 2 people were killed.",
        {4: "Mayor Ihor Terekhov", 2: "Kharkiv Governor Oleh Syniehubov"},
        id="a-sections-heading-takes-the-speaker-its-section-names",
    ),
    pytest.param(
        "Flights at Sochi's international airport were suspended for four hours. "
        "The airport said 27 flights were delayed.",
        {27: "Sochi International Airport"},
        id="the-airport-that-speaks-is-the-airport-named-last",
    ),
    pytest.param(
        "Governor Yury Slyusar said 3 people were injured.\n\n"
        "Neither did the Defence Ministry, which reported that 19 drones had been destroyed over the region.",
        {3: "Governor Yury Slyusar", 19: "Defence Ministry"},
        id="a-speaker-before-which-reported",
    ),
    pytest.param(
        "Russia attacked Ukraine with 312 drones overnight, killing 2 people in Kyiv.\n\n"
        "The air force said its units had shot down 287 of the drones.\n\n"
        "Mayor Vitali Klitschko said 11 people were wounded.",
        {312: "air force", 287: "air force", 2: "", 11: "Mayor Vitali Klitschko"},
        id="a-launch-counted-on-at-the-next-paragraphs-opening",
    ),
    pytest.param(
        "Governor Yury Slyusar said 3 people were injured.\n\n"
        "The figure came from the regional health ministry, which said 4 more people were injured.",
        {3: "Governor Yury Slyusar", 4: "regional health ministry"},
        id="a-speaker-before-which-said",
    ),
    pytest.param(
        "Two people were killed in Mykolaiv, local authorities said.\n\n"
        "Governor Vitaliy Kim said 11 drones were shot down overnight. Two people were killed in Mykolaiv.",
        {2: "Governor Vitaliy Kim", 11: "Governor Vitaliy Kim"},
        id="a-lead-told-by-officials-restated-in-a-named-speakers-paragraph",
    ),
    pytest.param(
        "Two people were killed in Mykolaiv, Governor Vitaliy Kim said.\n\n"
        "Local officials said 11 drones were shot down overnight. Two people were killed in Mykolaiv.",
        {2: "Governor Vitaliy Kim", 11: "Local officials"},
        id="a-lead-told-by-name-restated-in-an-officials-paragraph",
    ),
    pytest.param(
        "Mayor Ihor Terekhov said 4 people were injured in Kharkiv.\n\n"
        "Kharkiv: 4 injured\n\n"
        "He said the city's boiler houses were repaired.",
        {4: "Mayor Ihor Terekhov"},
        id="a-sections-heading-naming-no-one-in-its-section-keeps-what-it-carries",
    ),
    pytest.param(
        "The ministry said 100 drones were downed over the regions.\n\n"
        "Kursk region — 40\n\n"
        "Bryansk region — 30\n\n"
        "Mayor Sergei Sobyanin said 20 drones were downed near Moscow.",
        {100: "ministry", 40: "ministry", 30: "ministry", 20: "Mayor Sergei Sobyanin"},
        id="the-last-line-of-a-list-is-no-sections-heading",
    ),
    pytest.param(
        "Russia fired 300 drones at Ukraine, the air force said on Monday, as debris killed 2 people in Kyiv.\n\n"
        "Two people were killed in the capital, local officials said.",
        {300: "air force", 2: "local officials"},
        id="a-clause-after-a-closing-speaker-is-the-storys",
    ),
    pytest.param(
        "Air defences shot down 50 drones, the air force said, while 20 were lost to jamming.",
        {50: "air force", 20: "air force"},
        id="a-while-clause-goes-on-with-the-speakers-report",
    ),
    pytest.param(
        "Russia launched 40 drones overnight, officials said.\n\nThe air force said 40 drones were launched.",
        {40: "air force"},
        id="a-body-restating-what-officials-said",
    ),
    pytest.param(
        "Drones attacked the Lubny district overnight, the head of the Poltava Regional Military Administration, "
        "Petro Ivanenko, said.\n\n"
        "In Lubny, 2 people were injured. Four houses were damaged, the head of the RMA added.",
        {
            2: "head of the Poltava Regional Military Administration, Petro Ivanenko",
            4: "head of the Poltava Regional Military Administration, Petro Ivanenko",
        },
        id="a-speaker-named-again-at-the-end-of-the-next-paragraph-speaks-for-it",
    ),
    pytest.param(
        "Drones attacked the Lubny district overnight, the head of the Poltava Regional Military Administration, "
        "Petro Ivanenko, said.\n\n"
        "In Lubny, 2 people were injured. In Kyiv, 4 houses were damaged, Mayor Ivan Petrov added.",
        {2: "", 4: "Mayor Ivan Petrov"},
        id="another-speaker-at-the-end-of-the-next-paragraph-speaks-for-his-own",
    ),
    pytest.param(
        "Drones hit Poltava overnight, injuring 2 people, the governor said.\n\n"
        "Recall that on 5 February a Russian strike on the city killed 3 people.",
        {2: "Poltava governor", 3: ""},
        id="a-recalled-attack-is-nobodys-word-now",
    ),
    pytest.param(
        "Drones hit Poltava overnight, injuring 2 people, the governor said.\n\n"
        "- We will remind, on 5 February a Russian strike on the city killed 3 people.",
        {2: "Poltava governor", 3: ""},
        id="a-reminder-in-a-list",
    ),
    pytest.param(
        "Russian troops shelled 9 villages of Chernihiv region, the Main Directorate of the National Police in "
        "Chernihiv region reported.\n\n"
        "According to the police, the army hit the region with drones and artillery.\n\n"
        "Here is what was damaged:\n\n"
        "Snovsk — 3 private houses were damaged;\n"
        "Koriukivka — 2 cars were damaged.\n\n"
        "In Nizhyn, 5 people were injured, Mayor Ivan Petrov said.",
        {
            9: "Main Directorate of the National Police in Chernihiv region",
            3: "Main Directorate of the National Police in Chernihiv region",
            2: "Main Directorate of the National Police in Chernihiv region",
            5: "Mayor Ivan Petrov",
        },
        id="the-body-named-again-by-its-role-goes-on-speaking",
    ),
    pytest.param(
        "A guided bomb hit the bus station in Druzhkivka, killing 3 people and wounding 9, local officials said.\n\n"
        "Governor Vadym Filashkin said the bomb fell shortly after 10 a.m.\n\n"
        '"Three people were killed and 9 wounded. Rescuers are still at the scene," Filashkin wrote on Telegram.',
        {3: "Donetsk Governor Vadym Filashkin", 9: "Donetsk Governor Vadym Filashkin"},
        id="a-quote-restating-the-lead-names-its-source-better",
    ),
    pytest.param(
        '"The plant was badly damaged. Two workers were injured.\n\n'
        '"We will restore power as soon as possible," Mayor Ivan Fedorov said.\n\n'
        "Regulator: substations damaged in 5 regions\n\n"
        "The grid operator said substations had been damaged in 5 regions.\n\n"
        "In Dnipro, a man was killed and 7 people were injured, Governor Ivan Petrov said.",
        {
            2: "Mayor Ivan Fedorov",
            5: "grid operator",
            1: "Dnipropetrovsk Governor Ivan Petrov",
            7: "Dnipropetrovsk Governor Ivan Petrov",
        },
        id="a-quote-over-paragraphs-reopens-each-and-closes-once",
    ),
    pytest.param(
        "In Sumy, 2 people were injured, the mayor said.\n\n"
        "On Monday, shelling killed 3 residents of the region. "
        "Another 7 people were wounded, Governor Oleh Hryhorov said.",
        {2: "mayor", 3: "Sumy Governor Oleh Hryhorov", 7: "Sumy Governor Oleh Hryhorov"},
        id="another-n-goes-on-with-the-count-before-it",
    ),
]


@pytest.mark.parametrize("text, expected", SOURCES_BY_VALUE)
def test_sources_by_value(text, expected):
    assert sources_by_value(text) == expected


PUBLISHERS = [
    pytest.param("Telegram channel of Ivan Petrenko", "Ivan Petrenko", id="a-persons-channel"),
    pytest.param(
        "Sumy Regional Military Administration (Telegram)",
        "Sumy Regional Military Administration",
        id="a-bodys-channel",
    ),
    pytest.param("Odesa City Council", "Odesa City Council", id="a-body-on-its-website"),
    pytest.param("Zhytomyr Electric Networks", "Zhytomyr Electric Networks", id="a-grid-company-on-its-website"),
    pytest.param("Kherson Regional Prosecutor's Office", "Kherson Regional Prosecutor's Office", id="a-prosecutor"),
    pytest.param(
        "State Emergency Service of Ukraine", "State Emergency Service of Ukraine", id="emergency-service-site"
    ),
    pytest.param("BBC Ukrainian Service", "", id="a-broadcasters-language-service"),
    pytest.param("The Kyiv Independent", "", id="a-news-outlet"),
    pytest.param("Anadolu Agency", "", id="a-news-agency"),
    pytest.param("The Spokesman-Review", "", id="a-newspaper-named-for-a-spokesman"),
    pytest.param("ASTRA (Telegram)", "", id="an-outlet-on-telegram"),
    pytest.param("", "", id="no-publisher"),
]


@pytest.mark.parametrize("publisher, author", PUBLISHERS)
def test_first_party_publisher(publisher, author):
    assert first_party(publisher, load_lexicon()) == author


def test_an_official_bodys_own_post_reports_its_unattributed_figures():
    text = "Over the past day, Russian troops carried out 94 attacks on 38 settlements."
    publisher = "Sumy Regional Military Administration (Telegram)"
    by_value = {f.value: f.reported_by for f in extract(text, publisher=publisher).figures}
    assert by_value == {94: "Sumy Regional Military Administration", 38: "Sumy Regional Military Administration"}
    assert {f.value: f.reported_by for f in extract(text, publisher="Example News").figures} == {94: "", 38: ""}


PLATFORM_POSTS = [
    pytest.param(
        "Facebook",
        "Ivan Petrenko - Dear residents! Another hard night | Facebook",
        "Ivan Petrenko\nHead of the Sadove village military administration\nTwo women were injured overnight.",
        "Ivan Petrenko, head of the Sadove village military administration",
        id="a-post-by-its-titles-author-with-the-office-above-it",
    ),
    pytest.param(
        "Telegram",
        "Ivan Petrenko: two women injured",
        "Two women were injured overnight.",
        "Ivan Petrenko",
        id="a-post-by-its-titles-author",
    ),
    pytest.param(
        "Telegram channel of the Governor of Sadove Region",
        "Ivan Petrenko: the situation in the region over the past day",
        "Two women were injured overnight.",
        "Ivan Petrenko, the Governor of Sadove Region",
        id="an-office-posting-is-the-holder-its-title-names",
    ),
    pytest.param(
        "Sumy Regional Military Administration (Telegram)",
        "Ivan Petrenko: the situation in the region",
        "Two women were injured overnight.",
        "Sumy Regional Military Administration",
        id="a-body-posting-stays-the-body",
    ),
    pytest.param("Facebook", "Dear residents! A hard night", "Two women were injured overnight.", "", id="no-name"),
    pytest.param(
        "Example News",
        "Ivan Petrenko - Two women injured",
        "Two women were injured overnight.",
        "",
        id="a-news-outlets-title-names-no-author",
    ),
]


@pytest.mark.parametrize("publisher, title, text, author", PLATFORM_POSTS)
def test_a_post_saved_from_a_platform_reports_as_its_author(publisher, title, text, author):
    assert {f.reported_by for f in extract(text, title, publisher).figures} == {author}


def test_a_figure_its_post_attributes_keeps_its_source():
    text = "According to the regional police, 2 people were injured in Shostka."
    figures = extract(text, publisher="Sumy Regional Military Administration (Telegram)").figures
    assert [(f.value, f.reported_by) for f in figures] == [(2, "Sumy regional police")]


OWN_PAGES = [  # (publisher, text, {value: source}): pages in their publisher's own voice
    pytest.param(
        "DTEK",
        "After the night's attack, 41,000 families in Odesa were left without power.",
        {41000: "DTEK"},
        id="a-companys-own-page",
    ),
    pytest.param(
        "Zoria Energy",
        "Zoria Energy\nPress service of Zoria Energy\nAbout 41,000 families in the Poltava region had no power.",
        {41000: "Zoria Energy"},
        id="a-company-page-its-press-service-signs",
    ),
    pytest.param(
        "Example News",
        "Example News\nPress service of Zoria Energy\nAbout 41,000 families in the Poltava region had no power.",
        {41000: ""},
        id="another-bodys-press-service-on-a-news-site",
    ),
    pytest.param(
        "Poltava Regional Military Administration",
        "Drones hit 4 settlements, the head of the Poltava Regional Military Administration, Petro Ivanenko, "
        "reported.\n"
        "Lubny district. A drone hit a farm; 2 people were injured, the police said.\n"
        "Myrhorod district. 5 houses were damaged.",
        {
            4: "head of the Poltava Regional Military Administration, Petro Ivanenko",
            2: "police",
            5: "head of the Poltava Regional Military Administration, Petro Ivanenko",
        },
        id="the-head-speaking-on-the-bodys-page-is-its-voice-not-the-last-speaker",
    ),
]


@pytest.mark.parametrize("publisher, text, expected", OWN_PAGES)
def test_pages_in_their_publishers_voice(publisher, text, expected):
    assert {f.value: f.reported_by for f in extract(text, publisher=publisher).figures} == expected
