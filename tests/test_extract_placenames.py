"""etl/extract/placenames.py: the places a sentence names and their roles."""

import pytest

from etl.extract.placenames import find_places
from etl.extract.tokens import segment
from etl.lexicon import load_lexicon
from etl.places import default_gazetteer
from tests.conftest import last_place

PLACES = [
    pytest.param(
        "According to Kharkiv Governor Oleh Syniehubov, who was appointed by the Kyiv authorities, "
        "more than 100,000 consumers in the region were left without power.",
        "Kharkiv Oblast",
        id="a-place-before-authorities-is-the-government",
    ),
    pytest.param("The Kiev regime attempted an attack with 30 drones.", "", id="a-regime-is-no-target"),
    pytest.param("Kyiv officials said 3 people were injured.", "Kyiv", id="a-citys-officials-still-place-it"),
    pytest.param(
        "Odesa regional governor Oleh Kiper said 4 people were injured.",
        "Odesa Oblast",
        id="a-regional-title-of-a-city",
    ),
    pytest.param(
        "Drones hit Yelets. Lipetsk Governor Igor Artamonov said 4 people were injured.",
        "Yelets",
        id="a-governors-region-holds-the-town-named-before",
    ),
    pytest.param(
        "The Kyiv regional military administration said 2 people were injured.",
        "Kyiv Oblast",
        id="the-before-a-regional-title",
    ),
    pytest.param(
        "The chief doctor of the Kherson Regional Clinical Hospital said 9 people were injured.",
        "Kherson",
        id="a-regional-institution-lies-in-its-city",
    ),
    pytest.param(
        "Sevastopol governor Mikhail Razvozhayev said 1 person was injured.", "Sevastopol", id="a-federal-city-governor"
    ),
    pytest.param("The mayor of Kharkiv said 2 people were injured.", "Kharkiv", id="a-mayor-is-the-citys"),
    pytest.param(
        "One person was killed and 4 injured after a drone struck a bus in Sumy, officials said.",
        "Sumy",
        id="the-place-of-the-clause-telling-the-cause",
    ),
    pytest.param(
        "Drones hit the Belgorod region. Nine houses were damaged, as was a gas pipeline in the town of Shebekino.",
        "Belgorod Oblast",
        id="an-as-clause-is-no-cause",
    ),
    pytest.param(
        "Drones hit Zaporizhzhia\nEFE | Kyiv\nDrones hit Zaporizhzhia on Monday.\n"
        "According to the mayor, 9 houses were damaged.",
        "Zaporizhzhia",
        id="an-agency-and-its-city-on-a-line-is-a-dateline-not-a-section",
    ),
    pytest.param(
        "The town of Marhanets, which lies across the Dnipro river from occupied land, saw 3 people injured.",
        "Marhanets",
        id="a-river-named-for-a-city-is-no-city",
    ),
    pytest.param(
        "The Graivoron district came under attack again. 4 houses were damaged there.",
        "Grayvoron",
        id="a-misspelt-name-after-the-is-looked-up-as-misspelt",
    ),
    pytest.param(
        "Drones attacked the Voronezh region overnight. In the regional centre, 3 houses were damaged.",
        "Voronezh",
        id="the-regional-centre-is-the-regions-largest-city",
    ),
    pytest.param(
        "Drones attacked the Voronezh region overnight.\n"
        "Debris fell in the Kominternovsky district of the regional centre; 8 apartments were damaged.",
        "Voronezh",
        id="a-district-of-the-city-named-next-is-that-citys",
    ),
    pytest.param("Air defence shot down 14 drones over the Sumy region overnight.", "Sumy Oblast", id="region"),
    pytest.param("Three people were injured in Kharkov, the mayor said.", "Kharkiv", id="old-spelling"),
    pytest.param("Air defence shot down 9 drones over Odessa, officials said.", "Odesa", id="odessa"),
    pytest.param(
        "In Sumy Oblast, Moscow's troops shelled a village, injuring 4 civilians.",
        "Sumy Oblast",
        id="a-capitals-troops-are-an-actor-not-a-scene",
    ),
    pytest.param(
        "Drones attacked Sevastopol overnight, the governor said.\nIn Lyubimovka, debris damaged 3 houses.",
        "Sevastopol",
        id="a-village-named-like-one-of-another-region-is-not-that-one",
    ),
    pytest.param(
        "Drones attacked the Kherson region overnight.\nIn Lyubimovka, debris damaged 3 houses.",
        "Lyubymivka, Kherson Oblast",  # (labelled with its region: a likelier namesake answers the bare name)
        id="a-village-of-the-region-named-is-that-one",
    ),
    pytest.param(
        "Drones struck the port of Tuapse on Russia's Black Sea coast overnight, injuring 4 people.",
        "Tuapse",
        id="a-coast-tells-where-the-place-lies",
    ),
    pytest.param(
        "Two vessels flying the flags of Panama and Liberia were damaged, the governor said.",
        "",
        id="every-flag-of-a-list-names-an-owner",
    ),
    pytest.param(
        "Kyiv has stepped up attacks on refineries. The ministry said it downed 1,612 Ukrainian drones last week.",
        "Russia",
        id="a-capital-stepping-up-attacks-is-the-actor",
    ),
    pytest.param(
        "Drones attacked the Sumy region overnight. In Myropillia, 2 houses were damaged.",
        "Myropillia",
        id="a-village-near-the-front-is-in-the-gazetteer",
    ),
    pytest.param(
        "Drones attacked the Belgorod region. In Maslova Pristan, 2 houses were damaged.",
        "Maslova Pristan",
        id="a-village-whose-name-has-a-soft-sign-is-in-the-gazetteer",
    ),
    pytest.param(
        "Air defences destroyed 46 drones on the right bank of the Kherson region.",
        "Kherson Oblast",
        id="a-region-after-a-bank-is-the-region",
    ),
    pytest.param(
        "Drones attacked the Kuban overnight; debris damaged 2 houses.",
        "Krasnodar Krai",
        id="a-village-named-like-a-region-is-not-that-region",
    ),
    pytest.param(
        "Drones attacked the Belgorod region. A drone attacked the village of Kozinka, damaging 2 houses.",
        "Kozinka",
        id="a-village-of-the-region-named-before",
    ),
    pytest.param(
        "Drones attacked the Lipetsk region overnight. In the Lipetsk region, debris damaged 2 houses in the "
        "village of Kazinka in the Gryazi district.",
        "Gryazi",
        id="a-village-is-never-found-by-the-sound-of-its-name",
    ),
    pytest.param(
        "Drones attacked Sevastopol overnight. The city's governor, Gennady Orlov, said debris damaged 3 houses.\n"
        "One man was injured, Orlov said.",
        "Sevastopol",
        id="a-surname-named-like-a-village-is-the-person",
    ),
    pytest.param(
        "In Krasnodar, a drone hit a house in the Prikubansky district; 2 people were injured.",
        "Krasnodar",
        id="a-village-named-like-a-citys-district-is-not-the-district",
    ),
    pytest.param(
        "Russian forces carried out 15 strikes on Balabyne, Huliaipole, Plavni, Novodanylivka and Chervone, the "
        "governor of the Zaporizhzhia region said.",
        "Zaporizhzhia Oblast",
        id="a-list-of-villages-is-the-region-most-of-them-lie-in",
    ),
    pytest.param(
        "KYIV / ANKARA\nA ship was damaged in a strike on the port of Izmail.\nTwo crew members were injured.",
        "Izmail",
        id="a-dateline-on-a-line-of-its-own-is-where-it-was-written",
    ),
    pytest.param(
        "Drones attacked the Rostov region overnight.\nIn Millerovsky district, 3,100 subscribers lost power.",
        "Millerovo",
        id="a-district-adjective-in-its-region",
    ),
    pytest.param(
        "Dnipropetrovsk Oblast was attacked.\nIn Pavlohradskyi district, 2 people were injured.",
        "Pavlohrad",
        id="a-ukrainian-district-adjective",
    ),
    pytest.param(
        "Russia attacked Donetsk Oblast.\nIn Kramatorskyi district, 2 people were injured.",
        "Kramatorsk",
        id="a-district-adjective-of-a-town-in-sk",
    ),
    pytest.param(
        "Drones attacked the Krasnodar region.\nIn Seversky district, 2 people were injured.",
        "Krasnodar Krai",
        id="a-district-adjective-whose-namesake-town-lies-elsewhere-is-not-it",
    ),
    pytest.param(
        "Russia said it downed 40 drones launched from the Kharkiv region.", "Russia", id="launch-area-is-an-origin"
    ),
    pytest.param(
        "Russia fired 24 Kh-101 missiles launched from nine Tu-95MS strategic bombers over the Caspian Sea.",
        "Ukraine",
        id="a-launch-area-after-the-aircraft-launched-from-is-an-origin",
    ),
    pytest.param(
        "Russia launched 35 drones from the Bryansk region towards Chernihiv overnight.",
        "Chernihiv",
        id="a-place-after-from-and-towards-is-the-target",
    ),
    pytest.param(
        "Rescuers pulled two injured people from the rubble in Poltava.",
        "Poltava",
        id="a-place-rescuers-pulled-people-from-is-no-launch-area",
    ),
    pytest.param(
        "Drones hit Konotop station as passengers boarded train No. 112 Konotop – Kyiv. Five people were injured.",
        "Konotop",
        id="the-ends-of-a-trains-route-are-where-it-runs",
    ),
    pytest.param(
        "Drones hit Sumy station as passengers boarded train No. 781 Lviv–Sumy. Four people were injured.",
        "Sumy",
        id="the-ends-of-a-route-joined-by-a-dash-without-spaces",
    ),
    pytest.param(
        "A drone hit the station in Lozova minutes before a train was to depart for Kyiv. Two people were injured.",
        "Lozova",
        id="where-a-train-was-to-depart-for-is-a-destination",
    ),
    pytest.param(
        "Twelve flights were delayed at Sheremetyevo Airport.", "Sheremetyevo International Airport", id="airport"
    ),
    pytest.param(
        "Sochi's international airport closed during the attack on Sochi. The airport said 27 flights were delayed.",
        "Sochi International Airport",
        id="the-airport-is-the-airport-named-last",
    ),
    pytest.param(
        "Latvia closed Riga airport after a drone crossed the border. It later flew back into Belarus.\n\n"
        "Officials said 14 flights were delayed.",
        "Riga International Airport",
        id="flights-with-no-place-of-their-own-are-the-airports-named-before",
    ),
    pytest.param(
        "Airports closed across Poland. LOT cancelled 12 flights to and from Warsaw Chopin.",
        "Warsaw Chopin Airport",
        id="flights-to-and-from-an-airport-are-its",
    ),
    pytest.param(
        "The president called on the United States to send more missiles.\n\nNine people were killed in the strike.",
        "",
        id="a-country-called-on-is-no-target",
    ),
    pytest.param(
        "Pulkovo airport in St Petersburg closed for three hours.\n"
        "Forty flights were delayed, according to the airport's press service.",
        "Pulkovo Airport",
        id="the-airports-press-service-is-the-airport-named-last",
    ),
    pytest.param(
        "Russian shelling hit Kherson at night.\nOfficials said 3 people were injured in the city.",
        "Kherson",
        id="the-city-is-the-last-city",
    ),
    pytest.param(
        "Drones hit Odesa overnight.\n\nThe air force said 40 drones were launched at Ukraine.\n\n"
        "Officials said 2 people were killed in the southern city.",
        "Odesa",
        id="the-southern-city-is-the-last-city",
    ),
    pytest.param(
        "Russian missiles struck Zaporizhzhia overnight.\nIn the southern city of Odesa, 2 people were killed.",
        "Odesa",
        id="the-southern-city-of-a-name-is-that-name",
    ),
    pytest.param(
        "Drones hit Poltava and then Sumy overnight.\n"
        "Poltava Oblast Governor Ivan Petrenko said drones hit energy sites; 4 people were injured in the city.",
        "Poltava",
        id="the-city-of-the-region-its-speaker-governs",
    ),
    pytest.param(
        "Drones hit Poltava and then Sumy overnight.\nIn the Poltava region, 4 people were injured in the city.",
        "Poltava",
        id="the-city-of-the-region-its-sentence-names",
    ),
    pytest.param(
        "Drones hit Poltava and then Sumy overnight.\nIn the Kharkiv region, 4 people were injured in the city.",
        "Sumy",
        id="the-last-city-where-none-lies-in-the-region-named",
    ),
    pytest.param(
        "Drones were shot down over Sumy.\nPoltava's mayor said 4 people were injured in the city.",
        "Poltava",
        id="the-city-whose-mayor-speaks",
    ),
    pytest.param(
        "Drones were shot down over Sumy.\nThe mayor of Poltava said 4 people were injured in the city.",
        "Poltava",
        id="the-city-of-the-mayor-who-speaks",
    ),
    pytest.param(
        "Bombs hit Sumy, killing 3 people, as Moscow said its forces had struck military targets.\n"
        "Aircraft dropped 2 guided aerial bombs on the city.",
        "Sumy",
        id="a-capital-speaking-for-its-government-is-no-city-named",
    ),
    pytest.param(
        "Russian drones struck Sumy overnight. Four people were hurt across the oblast, officials said.",
        "Sumy Oblast",
        id="the-oblast-is-the-region-of-the-last-city",
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
        "Russia hits Ukraine's power grid with 300 drones and 20 missiles",
        "Ukraine",
        id="a-side-that-hits-is-the-actor",
    ),
    pytest.param(
        'Drones hit the grid in Ukraine overnight.\n\n"Russia wants to leave us in the dark," the minister said.\n\n'
        "The ministry said the attack left 2 million households without power.",
        "Ukraine",
        id="a-side-that-wants-is-the-actor",
    ),
    pytest.param(
        "Russian drone strike on Odesa kills 4, Poland condemns attack",
        "Odesa",
        id="a-country-that-condemns-is-an-actor",
    ),
    pytest.param(
        "A drone strike on the Black Sea port of Izmail killed 2 people and injured 4 dock workers, the governor said.",
        "Izmail",
        id="a-sea-before-a-kind-of-place-says-where-it-is",
    ),
    pytest.param(
        "Explosions rang out in Kyiv at noon.\n\nRussia launched 3 ballistic missiles at the capital. "
        "Two of them were shot down, the air force said.",
        "Kyiv",
        id="the-capital-named-last-places-the-paragraphs-next-count",
    ),
    pytest.param(
        "Kharkiv region\n\nWhat we know\n\nDrones struck Izium overnight, city head Valerii Marchenko said.\n\n"
        "Later, Marchenko reported 2 people killed.",
        "Izium",
        id="a-heading-of-no-place-ends-the-section-before",
    ),
    pytest.param(
        "Odesa attacked by 40 drones overnight, 3 people injured", "Odesa", id="a-place-attacked-by-is-the-target"
    ),
    pytest.param(
        "Drones hit Sumy overnight.\n\nFirst Russia hit the Saltivskyi district with bombs. 5 people were injured.",
        "Sumy",
        id="a-side-that-hits-is-no-place-of-the-figure",
    ),
    pytest.param(
        "A drone damaged five houses in the Kyivskyi district of Kharkiv, the mayor said.",
        "Kharkiv",
        id="a-district-of-a-city-is-the-citys",
    ),
    pytest.param(
        "Debris damaged 4 houses in the Sovetsky district of Volgograd, the governor said.",
        "Volgograd",
        id="a-russian-citys-district-is-no-namesake-town",
    ),
    pytest.param(
        "Shelling damaged 3 houses in the Bohodukhiv district of Kharkiv region.",
        "Bohodukhiv",
        id="a-district-of-a-region-is-its-towns",
    ),
    pytest.param(
        "Restrictions were imposed at Pulkovo airport overnight.\n\n"
        "27 flights were delayed, among them morning flights to Moscow and Kazan, the airport said.",
        "Pulkovo Airport",
        id="flights-to-a-city-are-not-disrupted-there",
    ),
    pytest.param(
        'Drones hit the port of Reni at night.\n\n"Russia continues to target shipping. 2 sailors were injured," '
        "the governor said.",
        "Reni",
        id="a-side-that-continues-is-the-actor",
    ),
    pytest.param(
        "A missile hit a grain terminal in the port of Izmail, the latest strike since the Black Sea Grain Initiative "
        "ended.\n\nTwo dock workers were injured, the governor said.",
        "Izmail",
        id="a-sea-opening-a-name-is-no-place",
    ),
    pytest.param(
        "Drones attacked Konotop, a railway hub in the north of Sumy region. 2 people were injured, the railway said.",
        "Konotop",
        id="a-towns-region-in-its-apposition-says-where-it-lies",
    ),
    pytest.param(
        "MOSCOW\n\nThe ministry said 40 drones were downed over Russia.\n\n"
        "In the Odesa region, the governor said a drone hit a warehouse.\n\n"
        '"Two people were injured," he said.',
        "Odesa Oblast",
        id="a-city-in-capitals-on-a-line-of-its-own-is-a-dateline",
    ),
    pytest.param(
        "KHARKIV REGION\n\nShelling injured 3 people, the police said.",
        "Kharkiv Oblast",
        id="a-region-in-capitals-on-a-line-of-its-own-heads-a-section",
    ),
    pytest.param(
        "Two injured in Shebekino as Kiev regime's drones attack the Belgorod region\n\n"
        "Three houses were damaged in the city, the governor said.",
        "Shebekino",
        id="a-capital-whose-regime-attacks-is-no-city-of-the-story",
    ),
    pytest.param("Kharkiv hit by 40 drones overnight", "Kharkiv", id="a-place-hit-by-is-the-target"),
    pytest.param(
        "Drones hit Sumy overnight.\n"
        "In Voronezh region, the governor said debris damaged 2 private houses in Liski district.",
        "Liski",
        id="a-district-in-the-region-its-sentence-names-is-no-city-district",
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
        "Residents of Pryluky, a town about 130 kilometers east of Kyiv, heard explosions, and 2 people were injured.",
        "Pryluky",
        id="a-distance-and-bearing-from-a-landmark",
    ),
    pytest.param(
        "Two people were injured in a village 20 km north-east of Kharkiv.",
        "",
        id="a-landmark-alone-is-no-place",
    ),
    pytest.param(
        "Russian drones hit Kharkiv's Kyivskyi district overnight, injuring 4 people.",
        "Kharkiv",
        id="a-citys-district-is-not-a-namesake-elsewhere",
    ),
    pytest.param(
        "Two bombs hit two villages in Bohodukhiv district, damaging five houses.",
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
        "The enemy launched 6 Kinzhal missiles from MiG-31K jets over Voronezh and Tambov regions.",
        "Ukraine",
        id="a-list-of-regions-carriers-launched-over-is-an-origin",
    ),
    pytest.param(
        "Air defence destroyed 40 drones over Kursk and Bryansk regions.",
        "Russia",
        id="a-list-of-regions-drones-were-downed-over-is-a-target",
    ),
    pytest.param(
        "Russian forces shelled Kherson overnight.\nA man was injured in the Dniprovskyi district.",
        "Kherson",
        id="a-district-of-the-city-the-text-is-about",
    ),
    pytest.param(
        "Drones attacked Volgograd overnight.\nDebris fell in the city's Krasnoarmeysky district, injuring two people.",
        "Volgograd",
        id="the-citys-district-is-the-citys",
    ),
    pytest.param(
        "Air defences shot down 40 drones between 7pm and 6am, Kyiv time.",
        "",
        id="a-time-zone-is-no-place",
    ),
    pytest.param(
        "Russia struck Kharkiv overnight.\nBombs hit the Saltivskyi and Kyivskyi districts, injuring 4 people.",
        "Kharkiv",
        id="districts-named-together-are-the-citys",
    ),
    pytest.param(
        "Russia struck Kharkiv overnight.\nBombs hit two districts, Saltivskyi and Kyivskyi, injuring 4 people.",
        "Kharkiv",
        id="districts-named-after-the-word-districts-are-the-citys",
    ),
    pytest.param(
        "The company said 90,000 customers in the Odesa region lost power after two of its substations there were hit.",
        "Odesa Oblast",
        id="things-there-were-hit-is-there",
    ),
    pytest.param(
        "Drones hit Odesa, and there were 5 people injured, officials said.",
        "Odesa",
        id="there-were-opening-a-clause-is-no-place",
    ),
    pytest.param(
        "In the Sumy region, which borders both Russia and Belarus, a drone killed two people.",
        "Sumy Oblast",
        id="every-country-a-region-borders-is-a-landmark",
    ),
    pytest.param(
        "The enemy launched 147 drones from the directions of Kursk and Chauda (Crimea).\n"
        "Hits by two drones were recorded at six locations.",
        "Ukraine",
        id="a-launch-areas-region-in-brackets-is-an-origin-too",
    ),
    pytest.param(
        "A drone attack hit Novorossiysk overnight.\nTwo cars were damaged in the Vostochny district.",
        "Novorossiysk",
        id="a-russian-style-district-name-is-the-citys",
    ),
    pytest.param(
        "A drone attack on the city of Belgorod killed two people, the governor said, as Russia pounded "
        "Ukrainian cities overnight.",
        "Belgorod",
        id="a-clause-opened-by-as-keeps-its-places",
    ),
    pytest.param(
        "The Nikopol district was shelled 22 times, said the head of the Dnipropetrovsk Regional Military "
        "Administration.",
        "Nikopol",
        id="a-place-that-was-shelled-is-the-target",
    ),
    pytest.param(
        "Drones attacked Poltava overnight.\nTwo men were injured there.", "Poltava", id="there-is-the-place-before"
    ),
    pytest.param("There were 12 explosions in Poltava.", "Poltava", id="there-were-points-nowhere"),
    pytest.param(
        "Russian forces carried out 14 strikes on Nikopol, Marhanets, Vyshchesamarske and Pokrovske.",
        "Dnipropetrovsk Oblast",
        id="a-list-of-towns-of-one-region-is-the-region",
    ),
    pytest.param(
        "Drones hit Kharkiv, Sumy and Poltava, injuring 9 people.",
        "Poltava",
        id="a-list-of-towns-of-several-regions-stays-a-list",
    ),
    pytest.param(
        "Shelling injured 2 people in Glushkovo, the governor said.", "Glushkovo", id="a-border-town-of-5000-people"
    ),
    pytest.param(
        "In the Voronezh region, falling debris injured 3 people in the regional capital.",
        "Voronezh",
        id="the-regional-capital-is-the-regions-largest-city",
    ),
    pytest.param(
        "Drones hit the Kharkiv region. In the region's capital, 4 people were hurt.",
        "Kharkiv",
        id="the-regions-capital",
    ),
    pytest.param(
        "Kharkiv came under attack overnight. Six drones struck the Shevchenkivskyi and Kyivskyi districts.",
        "Kharkiv",
        id="districts-named-in-a-list-are-the-citys-not-namesake-towns",
    ),
    pytest.param(
        "A drone attack on the port of Odesa killed 4 people and hit a ship flying the flag of Panama.",
        "Odesa",
        id="a-ships-flag-is-no-place",
    ),
    pytest.param(
        "A drone attack on the port of Odesa hit a grain vessel flying the Panama flag, killing 4 people.",
        "Odesa",
        id="a-ships-flag-named-before-flag-is-no-place",
    ),
    pytest.param(
        "The governor of the Kursk region, which borders Sumy, said 2 people were injured when shells hit "
        "the regional capital, Kursk.",
        "Kursk",
        id="a-place-a-region-borders-only-locates-it",
    ),
    pytest.param(
        "Drones struck Sevastopol, the home of the Black Sea Fleet, injuring 3 people.",
        "Sevastopol",
        id="a-fleet-named-for-a-sea-is-no-place",
    ),
    pytest.param(
        "Air defences shot down 4 cruise missiles made in the United Kingdom over the Bryansk region.",
        "Bryansk Oblast",
        id="where-a-weapon-was-made-is-no-place",
    ),
    pytest.param(
        "Debris damaged 3 houses in the town of Ramenskoye, southeast of Moscow, and one person was injured.",
        "Ramenskoye",
        id="a-town-told-by-its-bearing-from-a-city-is-the-town",
    ),
    pytest.param(
        "Drones hit Moscow overnight.\nDebris hit the Ryazan refinery southeast of Moscow, injuring 2 workers.",
        "Ryazan Oil Refinery",
        id="a-site-told-by-its-bearing-from-a-city-is-the-site",
    ),
    pytest.param(
        "Shelling in the south of the Kharkiv region injured 3 people.",
        "Kharkiv Oblast",
        id="the-south-of-a-region-is-in-it",
    ),
    pytest.param(
        "Drones hit Kaliningrad.\nThe governor of the Voronezh region said 3 people were injured when debris fell "
        "on the regional capital.",
        "Voronezh",
        id="the-regional-capital-of-the-region-its-sentence-names",
    ),
    pytest.param(
        "A drone hit a bus in Shebekino. The 4 injured were transferred to Belgorod.",
        "Shebekino",
        id="where-the-injured-were-transferred-to-is-no-scene",
    ),
    pytest.param(
        "The toll from the strike on Kryvyi Rih, President Volodymyr Zelenskiy's home city, rose to 14.",
        "Kryvyi Rih",
        id="a-first-name-before-a-possessive-surname-is-no-town",
    ),
    pytest.param(
        "Voronezh region governor Alexander Gusev said 17 drones were destroyed over Voronezh.\n"
        "One person was injured, Gusev said.",
        "Voronezh",
        id="a-governors-surname-named-alone-is-no-town",
    ),
    pytest.param(
        "According to Rosseti Kuban, 4,000 homes lost power.\nAir defences destroyed 24 drones over Kuban.",
        "Krasnodar Krai",
        id="a-companys-last-word-is-still-a-place",
    ),
    pytest.param(
        "Kazan airport said 17 flights were delayed and three diverted to Samara and Ulyanovsk.",
        "Kazan International Airport",
        id="where-flights-were-diverted-to-is-no-scene",
    ),
    pytest.param(
        "Two people were injured in Sumy and taken to hospital in Kharkiv.", "Sumy", id="where-the-hurt-were-taken"
    ),
    pytest.param("Two people were injured, the mayor told Radio Svoboda.", "", id="an-outlet-named-freedom-is-no-town"),
    pytest.param(
        "A man and his son Artem were injured in Kryvyi Rih.", "Kryvyi Rih", id="a-given-name-after-a-kin-word"
    ),
]


@pytest.mark.parametrize("text, place", PLACES)
def test_places(text, place):
    assert last_place(text) == place


def test_every_item_of_a_list_of_launch_areas_is_an_origin():
    sentence = segment(
        "Russia launched 80 drones from the directions of Kursk and Oryol; Millerovo, Rostov Oblast; and "
        "Hvardiiske, occupied Crimea."
    )[0]
    places = find_places(sentence, default_gazetteer(), load_lexicon())
    assert [(p.text, p.role) for p in places][-3:] == [
        ("Rostov Oblast", "origin"),
        ("Hvardiiske", "origin"),
        ("Crimea", "origin"),
    ]


@pytest.mark.parametrize(
    "text, names",
    [
        pytest.param("Drones fly in from the east bank of the Dnipro.", [], id="a-city-after-a-bank-is-the-river"),
        pytest.param("Shells fell on the shores of the Kakhovka reservoir near Nikopol.", ["Nikopol"], id="shores"),
        pytest.param("Drones hit the right bank of the Kherson region.", ["Kherson Oblast"], id="a-region-is-no-river"),
    ],
)
def test_names_after_water_words(text, names):
    sentence = segment(text)[0]
    found = find_places(sentence, default_gazetteer(), load_lexicon())
    assert [m.place.name for m in found if m.place is not None] == names


TOWNS_IN_DISTRICTS = [  # (text, (town, its region), the district's role)
    pytest.param(
        "In the village of Pisochyn, Kharkiv district, two people were injured.",
        ("Pisochyn", "Kharkiv Oblast"),
        id="a-village-comma-its-district",
    ),
    pytest.param(
        "A guided bomb hit Velykyi Burluk in the Kupiansk district, injuring three people.",
        ("Velyki Burluk", "Kharkiv Oblast"),
        id="a-town-in-the-district",
    ),
    pytest.param(
        "Drones attacked the Marhanets hromada of the Nikopol district, damaging four houses.",
        ("Marhanets", "Dnipropetrovsk Oblast"),
        id="a-hromada-of-the-district",
    ),
    pytest.param(
        "In Bilenke, Zaporizhzhia district, a man was killed.",
        ("Bilenke", "Zaporizhzhia Oblast"),
        id="the-namesake-in-the-districts-region",
    ),
]


@pytest.mark.parametrize("text, town", TOWNS_IN_DISTRICTS)
def test_a_district_after_a_town_locates_it(text, town):
    sentence = segment(text)[0]
    places = find_places(sentence, default_gazetteer(), load_lexicon())
    targets = [p.place for p in places if p.role == "target" and p.place is not None]
    assert [(p.name, p.region) for p in targets] == [town]
    assert last_place(text) == default_gazetteer().label(targets[0])  # the name that geocodes to that town


def test_a_district_after_a_town_the_gazetteer_has_not_there_stays_the_place():
    sentence = segment("In Pisochyn, Zaporizhzhia district, a man was killed.")[0]
    places = find_places(sentence, default_gazetteer(), load_lexicon())
    assert [p.role for p in places] == ["target", "target"]


SITES_NAMED_BEFORE = [  # "the refinery", "the plant": the site of that kind named last, else the site named last
    pytest.param(
        "Drones struck the Saratov Oil Refinery overnight.\n\nIn the Saratov region, 2 workers at the refinery "
        "were injured.",
        "Saratov Oil Refinery",
        id="the-refinery-inside-the-region-named",
    ),
    pytest.param(
        "Drones struck the Kirishi Oil Refinery overnight.\n\nIn the Leningrad region, 2 workers at the plant "
        "were injured.",
        "Kirishi Oil Refinery",
        id="the-plant-is-the-site-named-last",
    ),
    pytest.param(
        "Drones were downed near Sheremetyevo International Airport.\n\nIn the Moscow region, 2 workers at the "
        "plant were injured.",
        "Moscow Oblast",
        id="an-airport-is-no-plant",
    ),
]


@pytest.mark.parametrize("text, place", SITES_NAMED_BEFORE)
def test_a_site_named_before(text, place):
    assert last_place(text) == place


def test_a_region_after_a_clause_is_a_place_of_its_own():
    sentence = segment("Drones attacked Konotop, and shelling hit the north of Sumy region.")[0]
    places = find_places(sentence, default_gazetteer(), load_lexicon())
    assert [(p.text, p.role) for p in places] == [("Konotop", "target"), ("Sumy region", "target")]
