"""etl/extract/datecues.py and the article's day (extractor.date_by_article): which day cue a figure takes."""

import pytest

from etl.extract import extract


def cues(text: str, title: str = "") -> list[tuple[int, str]]:
    return [(f.value, f.date_cue) for f in extract(text, title).figures if f.value is not None]


CUES = [
    pytest.param(
        "Air defences shot down 26 drones flying toward Moscow from Sunday evening to Monday morning.",
        "",
        [(26, "weekday:0")],
        id="from-an-evening-to-the-next-morning-is-that-morning",
    ),
    pytest.param(
        "Two were killed on Sunday evening and three on Monday.",
        "",
        [(2, "weekday:6"), (3, "weekday:0")],
        id="an-evening-and-the-next-day-are-two-days",
    ),
    pytest.param(
        "Drones hit Belgorod on Friday. The army launched 86 drones at the region, the highest figure for a single "
        "day this month.",
        "",
        [(86, "weekday:4")],
        id="this-month-after-a-superlative-only-compares",
    ),
    pytest.param("The army launched 86 drones at the region this month.", "", [(86, "approx")], id="this-month-dates"),
    pytest.param(
        "Across the week, the president said on Friday, Russia used 1,900 drones against Ukraine.",
        "",
        [(1900, "approx")],
        id="a-week-is-no-day-even-said-on-one",
    ),
    pytest.param(
        "On the night of 30 April to 1 May, Russia launched 40 drones.",
        "",
        [(40, "month_day:5-1")],
        id="a-night-named-by-its-two-days",
    ),
    pytest.param(
        "On the night of 6-7 May, Russia launched 40 drones.",
        "",
        [(40, "month_day:5-7")],
        id="a-night-named-by-a-range",
    ),
    pytest.param(
        "During the night between Saturday and Sunday, Russia launched 40 drones.",
        "",
        [(40, "weekday:6")],
        id="the-night-between-two-weekdays",
    ),
    pytest.param(
        "On the night between May 6 and 7, Russia launched 40 drones.",
        "",
        [(40, "month_day:5-7")],
        id="the-night-between-two-days-of-a-month",
    ),
    pytest.param(
        "Air defences destroyed 127 drones between 11 p.m. on Saturday and 7 a.m. Moscow time.",
        "",
        [(127, "weekday:6")],
        id="a-night-told-by-its-evening-weekday",
    ),
    pytest.param(
        "Air defences destroyed 127 drones from 18:00 on Saturday to 07:00.",
        "",
        [(127, "weekday:6")],
        id="a-night-told-from-its-evening-hour",
    ),
    pytest.param(
        "Air defences destroyed 127 drones between 9 a.m. and 5 p.m. on Saturday.",
        "",
        [(127, "weekday:5")],
        id="a-day-told-by-its-hours-is-that-day",
    ),
    pytest.param("Between 6-7 May, Russia launched 40 drones.", "", [(40, "range")], id="a-range-is-no-night"),
    pytest.param(
        "At least 120 civilians were killed in the country in March 2026, the mission said today.",
        "",
        [(120, "range")],
        id="a-month-is-a-span-not-the-day-it-was-said",
    ),
    pytest.param(
        "During April, glide bombs injured 85 people in the region.", "", [(85, "range")], id="during-a-month"
    ),
    pytest.param(
        "ODESA, 3 March 2026 – At least 40 civilians were killed in the region in February, the mission said today.",
        "",
        [(40, "range")],
        id="a-dateline-with-a-dash-is-no-day-of-the-figure",
    ),
    pytest.param(
        "ZAPORIZHZHIA. May 5 (Example) - Russian troops on Sunday dropped 12 guided bombs on the city.",
        "",
        [(12, "weekday:6")],
        id="a-dateline-after-a-city-and-a-full-stop-is-no-day-of-the-figure",
    ),
    pytest.param(
        "Russia launched about 1,200 drones over the course of the week.",
        "",
        [(1200, "approx")],
        id="over-the-course-of-the-week",
    ),
    pytest.param(
        "Russia fired 3,100 drones in the first 20 days of March.", "", [(3100, "approx")], id="the-first-n-days-of"
    ),
    pytest.param(
        "A week earlier, the president said Russia had used 1,100 drones in the previous seven days.",
        "",
        [(1100, "approx")],
        id="a-tally-of-seven-days-told-a-week-earlier-is-a-span",
    ),
    pytest.param(
        "Overnight, 40 drones were launched at the region, more than the day before.",
        "",
        [(40, "day:-1")],
        id="a-cue-listed-earlier-wins-where-it-comes-later-in-the-text",
    ),
    pytest.param(
        "Russia launched 310 drones overnight, the most since March.",
        "",
        [(310, "night")],
        id="since-a-month-is-a-comparison",
    ),
    pytest.param(
        "On the night of May 6 to 7, Russia launched 40 drones.",
        "",
        [(40, "month_day:5-7")],
        id="a-night-named-by-a-range-with-to",
    ),
    pytest.param("On May 6 to 7 drones were shot down.", "", [(7, "month_day:5-6")], id="to-a-count-is-no-range"),
    pytest.param(
        "On the night of May 7, from 11 p.m. Moscow time on May 6 to 7 a.m. on May 7, 40 drones were shot down.",
        "",
        [(40, "month_day:5-7")],
        id="a-named-night-with-its-hours-spelt-out",
    ),
    pytest.param(
        "Timeline of the attacks:\n\nNOV 3 - Russia launched 60 drones, the air force said.\n\n"
        "NOV 9 - Russia launched 80 drones, the air force said.",
        "",
        [(60, "month_day:11-3"), (80, "month_day:11-9")],
        id="a-timelines-day-in-capitals",
    ),
    pytest.param(
        "Russia fired 300 drones overnight, the second massive attack on the grid in four days.",
        "",
        [(300, "night")],
        id="an-ordinals-span-of-days-only-compares",
    ),
    pytest.param("Russia fired 300 drones in four days, officials said.", "", [(300, "approx")], id="a-span-of-days"),
    pytest.param(
        "From 11 p.m. on May 6 to 7 a.m. on May 7, 40 drones were shot down.",
        "",
        [(40, "month_day:5-7")],
        id="to-a-clock-time-is-no-range",
    ),
    pytest.param(
        "Russia launched 40 drones between 7pm on Friday and 6am on Saturday.",
        "",
        [(40, "weekday:5")],
        id="a-night-told-by-the-clock-on-two-weekdays",
    ),
    pytest.param(
        "Russia launched 40 drones between 9am on Friday and 6pm on Saturday.",
        "",
        [(40, "range")],
        id="two-weekdays-by-day-are-a-range",
    ),
    pytest.param("A week ago, a strike killed 2 people.", "", [(2, "day:-7")], id="a-week-ago"),
    pytest.param(
        "Moscow spent the night from Saturday to Sunday under a drone raid.\n"
        "The first drone was downed at 11:48 p.m. on Saturday.\n"
        "Between 11 p.m. and 7 a.m. air defences destroyed 118 drones.",
        "",
        [(118, "weekday:6")],
        id="the-night-the-lead-tells-of-dates-figures-with-no-day",
    ),
    pytest.param(
        "On the night of Friday into Saturday, Russia launched 40 drones.",
        "",
        [(40, "weekday:5")],
        id="the-night-of-one-weekday-into-the-next",
    ),
    pytest.param(
        "Russia struck Odesa overnight from Sunday to Monday, killing two people.",
        "",
        [(2, "weekday:0")],
        id="overnight-from-one-weekday-to-the-next",
    ),
    pytest.param(
        "Russia launched 40 drones overnight from 26 to 27 April.",
        "",
        [(40, "month_day:4-27")],
        id="overnight-from-one-day-to-the-next",
    ),
    pytest.param(
        "Russia launched 40 drones overnight from Sunday to Tuesday.",
        "",
        [(40, "range")],
        id="overnight-over-two-nights-is-a-range",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nIn the south, 3 people were injured.",
        "",
        [(40, "night"), (3, "night")],
        id="undated-paragraph-takes-the-leads-day",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nOn Sunday a strike killed 2 people.\nLater, 5 people were injured.",
        "",
        [(40, "night"), (2, "weekday:6"), (5, "night")],
        id="a-cue-does-not-carry-past-its-paragraph",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nOn Sunday a strike on Sumy killed 2 people.\n"
        "As a result of the attack, 5 people were injured.",
        "",
        [(40, "night"), (2, "weekday:6"), (5, "weekday:6")],
        id="a-paragraph-on-the-attack-just-told-is-on-its-day",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nOn Sunday a strike on Sumy killed 2 people.\n"
        "In the city centre, the attack injured 5 people.",
        "",
        [(40, "night"), (2, "weekday:6"), (5, "weekday:6")],
        id="the-attack-after-a-place-opening-a-paragraph-is-the-one-just-told",
    ),
    pytest.param(
        "The mayor on Monday condemned Sunday's strike.\nThe attack killed 7 people.",
        "",
        [(7, "")],
        id="the-attack-opening-a-paragraph-after-a-statements-day-takes-no-day",
    ),
    pytest.param(
        "Over these seven days, Russia launched 1,200 drones and 40 missiles, the president said.",
        "",
        [(1200, "approx"), (40, "approx")],
        id="a-weeks-tally-is-no-days",
    ),
    pytest.param(
        "Russia dropped about 900 guided bombs in a week, the president said.",
        "",
        [(900, "approx")],
        id="in-a-week-is-a-tally",
    ),
    pytest.param(
        "The enemy shelled the town for the first time in a week, injuring 2 people on Tuesday.",
        "",
        [(2, "weekday:1")],
        id="for-the-first-time-in-a-week-only-compares",
    ),
    pytest.param(
        "Over 4,000 drones: how Russia attacked Ukraine in November",
        "",
        [(4000, "range")],
        id="a-months-tally-is-no-days",
    ),
    pytest.param(
        "Shelling killed 4 people on Tuesday. Another 6 were injured.",
        "",
        [(4, "weekday:1"), (6, "weekday:1")],
        id="a-cue-carries-within-its-paragraph",
    ),
    pytest.param(
        "Officials said 9 people were injured.",
        "Attacks injure 9 over the past 24 hours",
        [(9, "day:0")],
        id="the-title-dates-a-roundup",
    ),
    pytest.param(
        "Over the past week Russia launched about 500 drones.",
        "",
        [(500, "approx")],
        id="a-week-is-no-day",
    ),
    pytest.param("Officials said 12 drones were shot down.", "", [(12, "")], id="no-cue-anywhere"),
    pytest.param(
        "KHARKIV, June 18 (Interfax) - Two people were injured on Monday, the governor said.",
        "",
        [(2, "weekday:0")],
        id="a-dateline-is-no-cue",
    ),
    pytest.param(
        "The governor said on Tuesday morning that shelling injured 5 people on Monday.",
        "",
        [(5, "weekday:0")],
        id="the-day-it-was-said-gives-way-to-the-day-it-happened",
    ),
    pytest.param(
        "On Wednesday, officials said the strike on Monday had injured 7 people.",
        "",
        [(7, "weekday:0")],
        id="a-day-opening-the-sentence-before-its-speech-verb-is-when-it-was-said",
    ),
    pytest.param(
        "The mayor said on Thursday that the drones on Tuesday had damaged 11 houses.",
        "",
        [(11, "weekday:1")],
        id="one-day-of-saying-the-later-day-is-the-events",
    ),
    pytest.param(
        "On Friday, the ministry said air defences had destroyed 80 drones over the previous 24 hours.",
        "",
        [(80, "weekday:4")],
        id="the-previous-24-hours-told-on-a-day-are-that-day",
    ),
    pytest.param(
        "On Monday, Russia launched 60 drones at the city, the air force said.",
        "",
        [(60, "weekday:0")],
        id="a-day-opening-a-sentence-of-its-own-figure-is-its-day",
    ),
    pytest.param(
        "Russia launched 30 drones, the air force said on Tuesday.",
        "",
        [(30, "weekday:1")],
        id="the-day-it-was-said-when-nothing-else",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nOn Saturday, drones struck the port, killing two people.\n"
        "On that night, Russia also launched 3 missiles.",
        "",
        [(40, "night"), (2, "weekday:5"), (3, "weekday:5")],
        id="that-night-is-the-day-named-last",
    ),
    pytest.param(
        "A missile hit Odesa overnight into Tuesday.\nSix of the wounded were still in hospital on Wednesday.\n"
        "During the same night, Russia sent 62 drones.",
        "",
        [(62, "weekday:1")],
        id="the-same-night-is-the-night-named-last-not-a-later-day",
    ),
    pytest.param(
        "Governor: 23 people injured in Kharkiv.\nThe governor said 23 people were injured on Sunday evening.",
        "",
        [(23, "weekday:6")],
        id="a-restatement-lends-the-day-its-clause-names",
    ),
    pytest.param(
        "Kharkiv this week\nTuesday, 4 February\nShahed drones hit the city.\nThe mayor said 9 people were hurt.\n"
        "Friday, 7 February\nTwo people were killed.",
        "",
        [(9, "month_day:2-4"), (2, "month_day:2-7")],
        id="a-dated-heading-dates-its-section",
    ),
    pytest.param(
        "SUNDAY, FEBRUARY 9\nThe ministry said 12 drones were downed overnight.\n"
        "SATURDAY, FEBRUARY 8\nThe governor said 3 people were hurt.",
        "",
        [(12, "month_day:2-9"), (3, "month_day:2-8")],
        id="a-heading-in-capitals-dates-its-section",
    ),
    pytest.param(
        "11 November\n\n18:42\nOdesa is under attack!\n\n19:36\n2 people were killed in Odesa.\n\n"
        "12 November\n\n07:12\nAir defence destroyed 11 drones over the region.",
        "",
        [(2, "month_day:11-11"), (11, "month_day:11-12")],
        id="a-posts-time-on-its-own-line-keeps-its-days-heading",
    ),
    pytest.param(
        "The president noted that last night Russia attacked Kyiv with drones.\n\n"
        'Quote: "In Kyiv, two people were killed and 17 were injured."',
        "",
        [(2, "day:0"), (17, "day:0")],
        id="a-quote-after-a-statement-of-last-night-is-that-nights",
    ),
    pytest.param(
        "In total, since the evening of 2 March, air defences have destroyed 14 drones flying toward the city.",
        "",
        [(14, "month_day:3-3")],
        id="since-the-evening-of-a-day-is-the-night-that-followed",
    ),
    pytest.param(
        "The mayor said air defences destroyed 19 drones since Saturday evening.\n"
        "On Saturday evening, a drone hit 3 houses.",
        "",
        [(19, "weekday:6"), (3, "weekday:5")],
        id="since-a-weekday-evening-is-the-next-morning",
    ),
    pytest.param(
        "Nearly 90,000 households are without power after Tuesday's strikes.\n\n16.05 GMT\n\n"
        "Russian forces dropped 4 guided bombs on Zaporizhzhia.\n\n11.05 GMT\n\n"
        "The governor said 6 people were injured.",
        "",
        [(90000, "weekday:1"), (4, "day:0"), (6, "day:0")],
        id="a-live-entry-stamped-with-a-clock-only-is-the-pages-day",
    ),
    pytest.param(
        "From 11 p.m. on August 23 to 7 a.m. on August 24, air defences destroyed 95 drones.",
        "",
        [(95, "month_day:8-24")],
        id="a-night-window-is-the-morning-it-ended",
    ),
    pytest.param(
        "Between 23:00 on 31 May and 05:00 on 1 June, air defences destroyed 40 drones.",
        "",
        [(40, "month_day:6-1")],
        id="a-night-window-across-a-month-in-24-hour-time",
    ),
    pytest.param(
        "From 10 a.m. on May 25 to 8 a.m. on May 26, air defences destroyed 148 drones.",
        "",
        [(148, "range")],
        id="a-window-of-a-day-and-a-night-is-a-span",
    ),
    pytest.param(
        "Published 29 September 2023, 10:39\nRussia launched 36 drones overnight.\nIn the south, 12 people were hurt.",
        "",
        [(36, "night"), (12, "night")],
        id="a-page-date-stamp-heads-no-section",
    ),
    pytest.param(
        "Shelling killed 2 people on Monday and 3 on Tuesday.",
        "",
        [(2, "weekday:0"), (3, "weekday:1")],
        id="two-days-in-a-clause-each-figure-its-own",
    ),
    pytest.param(
        "Air defences destroyed 184 drones overnight into 4 May, 524 overnight into 5 May and 297 into 6 May.",
        "",
        [(184, "month_day:5-4"), (524, "month_day:5-5"), (297, "month_day:5-6")],
        id="a-list-of-nights",
    ),
    pytest.param(
        "Two people were hurt in attacks on Monday, the governor said in his daily summary on Telegram on Tuesday.",
        "",
        [(2, "weekday:0")],
        id="the-day-said-far-from-its-verb",
    ),
    pytest.param(
        "Live updates\n4 Jul 2025 - 08:40 GMT\nOvernight, 2 people were killed in Kyiv.\n"
        "3 Jul 2025 - 19:10 GMT\nThree drones were shot down over Odesa.",
        "",
        [(2, "date:2025-07-04"), (3, "date:2025-07-03")],
        id="a-live-pages-entry-stamps-date-their-entries",
    ),
    pytest.param(
        "4 Jul 2025 - 08:40 GMT\nOvernight, 2 people were killed in Kyiv.",
        "",
        [(2, "night")],
        id="one-stamp-is-the-pages-own",
    ),
    pytest.param(
        "Live: 5 killed in overnight strikes\nFri 4 Jul 2025 08.40 BST\nOvernight, 2 people were killed in Kyiv.\n"
        "Thu 3 Jul 2025 19.10 BST\nThree drones were shot down over Odesa.",
        "",
        [(5, "date:2025-07-04"), (2, "date:2025-07-04"), (3, "date:2025-07-03")],
        id="stamps-with-a-weekday-and-the-summary-above-them-takes-the-latest",
    ),
    pytest.param(
        "The ministry said on Sunday that its air defences had destroyed 95 drones overnight.",
        "",
        [(95, "weekday:6")],
        id="overnight-told-on-sunday-is-that-sunday",
    ),
    pytest.param(
        "Sobyanin reported 41 drones shot down on Monday night and early Tuesday.",
        "",
        [(41, "weekday:1")],
        id="a-night-told-by-the-two-days-it-spans",
    ),
    pytest.param(
        "Russia struck the power grid with missiles early on Saturday.\n"
        "The air force said 54 missiles were fired overnight.",
        "",
        [(54, "weekday:5")],
        id="overnight-in-a-story-about-saturday-is-saturdays",
    ),
    pytest.param(
        "Russia struck the power grid with missiles early on Saturday.\n"
        "The air force said 54 missiles were fired overnight. It said 38 were shot down.",
        "",
        [(54, "weekday:5"), (38, "weekday:5")],
        id="the-next-sentence-of-its-paragraph-too",
    ),
    pytest.param(
        "The strikes killed four people in Kyiv, officials said on Sunday. By Monday morning the death toll "
        "had risen to six, the city administration said.",
        "",
        [(4, "weekday:6"), (6, "weekday:6")],
        id="by-monday-is-when-a-toll-stood-not-the-attacks-day",
    ),
    pytest.param(
        "It was the deadliest day since a strike on 8 January 2025 killed 13 people.",
        "",
        [(13, "date:2025-01-08")],
        id="a-day-with-its-year-keeps-its-year",
    ),
    pytest.param(
        "On Wednesday the two sides will hold talks in Istanbul.\nRussia launched 40 drones overnight.",
        "",
        [(40, "night")],
        id="a-weekday-of-no-attack-is-not-the-storys-day",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nOn Saturday, drones struck the port.\n"
        "Later, 3 drones were shot down overnight.",
        "",
        [(40, "night"), (3, "night")],
        id="a-weekday-after-the-first-figure-is-not-the-storys-day",
    ),
    pytest.param(
        "Russia struck the power grid with missiles early on Saturday.\n"
        "The mayor said 4 people were injured last night.",
        "",
        [(4, "day:0")],
        id="last-night-is-the-writers-not-the-storys",
    ),
    pytest.param("On March 12th, a missile killed 3 people.", "", [(3, "month_day:3-12")], id="an-ordinal-day"),
    pytest.param("On the 12th of March, a missile killed 3 people.", "", [(3, "month_day:3-12")], id="day-of-month"),
    pytest.param(
        "The city was shelled twice on the 13th, and 4 people were injured.",
        "",
        [(4, "day_of_month:13")],
        id="the-13th-of-no-month",
    ),
    pytest.param(
        "The agency mourns the deaths of civilians queuing for aid in Bilozerka on Tuesday afternoon.\n\n"
        "At around 14:30, a drone struck near the aid point. Three people were killed, officials said.",
        "",
        [(3, "weekday:1")],
        id="a-lead-telling-deaths-on-a-day-dates-the-story",
    ),
    pytest.param(
        "The ombudsman said on Monday he was shocked by an attack that wounded 3 children in Sumy.\n\n"
        "Russian forces struck Sumy on Sunday afternoon.\n\n"
        "Five people were killed, officials said.",
        "",
        [(3, "weekday:0"), (5, "weekday:6")],
        id="a-count-dated-by-when-it-was-told-leaves-the-attacks-day-to-be-told",
    ),
    pytest.param(
        "A drone set off a fire on the 5th–7th floors, and 4 people were injured.",
        "",
        [(4, "")],
        id="a-range-of-ordinals-is-no-day",
    ),
    pytest.param(
        "On the 3rd Assault Brigade's front, 4 drones were shot down.",
        "",
        [(4, "")],
        id="an-ordinal-before-a-name-is-no-day",
    ),
    pytest.param(
        "From 18:00 on May 26, Russia launched 88 drones.",
        "",
        [(88, "month_day:5-27")],
        id="a-night-told-by-its-evening-start-ends-the-next-day",
    ),
    pytest.param(
        "On the night of October 21 (from 18:00 on October 20), Russia launched 87 drones.",
        "",
        [(87, "month_day:10-21")],
        id="a-night-and-its-evening-start-are-one-day",
    ),
    pytest.param(
        "Since 9:00 on May 26, Russia launched 88 drones.",
        "",
        [(88, "month_day:5-26")],
        id="a-morning-start-is-that-day",
    ),
    pytest.param(
        "The death toll from Saturday's missile strike rose to 14 on Monday, the governor said.",
        "",
        [(14, "weekday:5")],
        id="a-toll-is-dated-to-the-attack-it-counts",
    ),
    pytest.param(
        "Sun 6 Jul 2025 22.45 BST\n\nTwo people were killed in Kyiv.\n\nSun 6 Jul 2025 18.30 BST\n\n"
        "Three people were injured in Odesa.",
        "",
        [(2, "date:2025-07-07"), (3, "date:2025-07-06")],
        id="a-live-stamp-of-another-time-zone-is-kyivs-day",
    ),
    pytest.param(
        "Mon 7 Jul 2025 09.05 BST\n\nKey events\n\nRussia launched 101 drones overnight.\n\n"
        "Sun 6 Jul 2025 18.30 BST\n\nThe air force said 40 drones were shot down.",
        "",
        [(101, "date:2025-07-07"), (40, "date:2025-07-06")],
        id="a-live-pages-heading-keeps-its-entrys-day",
    ),
    pytest.param(
        "Key events\n- Three people were killed in a missile attack on the city on Friday.\n"
        "- Russia launched 215 drones overnight.",
        "",
        [(3, "weekday:4"), (215, "night")],
        id="a-list-item-is-no-lead-its-day-is-not-the-storys",
    ),
    pytest.param(
        "Three people were killed in a missile attack on the city early on Friday.\n"
        "Russia launched 215 drones overnight.",
        "",
        [(3, "weekday:4"), (215, "weekday:4")],
        id="a-lead-names-the-storys-night",
    ),
    pytest.param(
        "Three people were killed in a glide bomb attack on the town on Friday, as drones struck the city "
        "overnight.\nRussia launched 215 drones overnight.\nIn the city, drones hit a warehouse shortly after "
        "midnight, injuring 6 people.",
        "",
        [(3, "weekday:4"), (215, "night"), (6, "night")],
        id="a-leads-day-attack-is-not-the-night-after-it",
    ),
    pytest.param(
        "On the night of Wednesday, September 17, drones attacked Tatarstan.\n"
        "Air defence forces destroyed nine drones over Tatarstan overnight.",
        "",
        [(9, "month_day:9-17")],
        id="a-leads-dated-night-is-the-storys-night",
    ),
    pytest.param(
        "On the night of September 17, drones attacked Kazan.\n"
        "In the morning, about 3,000 passengers were stranded at the airport.",
        "",
        [(3000, "month_day:9-17")],
        id="in-the-morning-is-the-morning-after-the-storys-night",
    ),
    pytest.param(
        "Power is back for most homes in the region, the company said on Monday evening. About 9,000 families remain "
        "without power.\n\nBackground:\n\nRussian drones attacked the region on Saturday 6 December.\n\n"
        "The governor said that two substations were damaged and 80,000 homes lost power.",
        "",
        [(9000, "weekday:0"), (2, "month_day:12-6"), (80000, "month_day:12-6")],
        id="a-background-sections-attack-day-dates-its-paragraphs",
    ),
    pytest.param(
        "About 9,000 families remain without power, the company said on Monday evening.\n\nBackground:\n\n"
        "- On 4 December, drones hit the port.\n- Overnight, Russia launched 50 drones at the region.",
        "",
        [(9000, "weekday:0"), (50, "night")],
        id="a-background-lists-items-are-stories-of-their-own",
    ),
    pytest.param(
        "Over the past week, Russia launched more than 1,200 drones, the president said on Aug. 17.\n"
        "Two people were killed, the governor said on Aug. 17.",
        "",
        [(1200, "approx"), (2, "month_day:8-17")],
        id="a-date-it-was-said-on-gives-way-to-the-figures-own-range",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nRead also: Russians drop 9 aerial bombs on the Kupiansk district",
        "",
        [(40, "night"), (9, "approx")],
        id="a-teaser-of-another-story-names-no-day",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nRead also: Russian army shelled the region 417 times over the past "
        "day\nRead also: Guided bombs injure 9 in Kharkiv on March 11",
        "",
        [(40, "night"), (417, "approx"), (9, "month_day:3-11")],
        id="a-teasers-relative-day-is-its-storys-a-calendar-day-stays",
    ),
    pytest.param(
        "Ukrainian forces have attacked the peninsula at least 14 times since January 1.\n"
        "Russia fired 1,843 drones in the first three weeks of January.\n"
        "It was the deadliest attack since 13 April 2025, when two missiles killed 35 people.",
        "",
        [(14, "range"), (1843, "approx"), (35, "date:2025-04-13")],
        id="since-a-day-is-a-span-unless-it-names-that-days-attack",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\n"
        "On the evening of February 3, a missile struck the city, said the mayor.\n"
        '"A man was killed. Four more people were injured," the mayor said.\n'
        "Six houses were damaged, the official added.",
        "",
        [(40, "night"), (1, "month_day:2-3"), (4, "month_day:2-3"), (6, "night")],
        id="a-quotation-keeps-the-day-of-the-statement-it-quotes",
    ),
    pytest.param(
        "According to the ministry's Wednesday morning update, 31 drones were downed between 11pm on Tuesday and "
        "6am Moscow time on Wednesday.",
        "",
        [(31, "weekday:2")],
        id="a-night-told-by-the-two-weekdays-after-a-third",
    ),
    pytest.param(
        "Russia launched 40 drones overnight.\nAccording to the air force, over the past day:\n"
        "- 45 drones were shot down;\n- 8 drones hit targets.\nLater, 3 people were injured in the city.",
        "",
        [(40, "night"), (45, "day:0"), (8, "day:0"), (3, "night")],
        id="the-lines-of-a-list-keep-the-day-of-the-line-opening-it",
    ),
    pytest.param(
        "Other news\n19.07.2026 (23:41)\nAir defences destroyed 37 drones over the region.\n"
        "18.07.2026 (21:05)\nTwo people were injured by debris.",
        "",
        [(37, "date:2026-07-19"), (2, "date:2026-07-18")],
        id="numeric-entry-stamps-date-their-entries",
    ),
    pytest.param("The attack on 2026-07-19 injured 4 people.", "", [(4, "date:2026-07-19")], id="an-iso-date-is-a-day"),
    pytest.param(
        "On Tuesday afternoon, Ukrainian drones attacked the industrial zone of the city.\n"
        "By the evening, officials said nine people had been injured.\n"
        "Overnight, 6 more drones were shot down.",
        "Drones hit the plant, officials say: 9 injured",
        [(9, "weekday:1"), (6, "night")],
        id="a-leads-day-by-day-dates-the-figures-naming-none",
    ),
    pytest.param(
        "The toll from Tuesday evening's missile strike on the city rose to 7, the mayor said on Wednesday morning.",
        "",
        [(7, "weekday:1")],
        id="a-toll-of-an-evenings-strike-is-that-days",
    ),
    pytest.param(
        "The ministry said 1,300 drones were downed between June 15 and 21.",
        "",
        [(1300, "range")],
        id="between-two-days-of-a-month",
    ),
    pytest.param("Over the week, 210 drones were downed over the Kursk region.", "", [(210, "approx")], id="the-week"),
    pytest.param(
        "On Thursday, 26 February, the region was shelled 74 times.\n"
        "The breakdown by hromada:\n"
        "Khotin hromada: drone strikes (3 explosions).",
        "",
        [(74, "month_day:2-26"), (3, "month_day:2-26")],
        id="a-breakdown-opened-alone-takes-the-day-of-its-total",
    ),
    pytest.param(
        "10 October: Kyiv goes dark\n\nRussia launched 400 drones.\n\n"
        "30 October: the biggest strike of the autumn\n\nRussia fired 600 drones and 50 missiles.",
        "",
        [(400, "month_day:10-10"), (600, "month_day:10-30"), (50, "month_day:10-30")],
        id="a-heading-a-day-opens-heads-a-section",
    ),
    pytest.param(
        "Monday, 3 March: gas production and the north-east hit\n\nRussia launched 210 drones.\n\n"
        "Thursday, 6 March: Odesa and the south in the dark\n\nRussia fired 35 missiles.",
        "",
        [(210, "month_day:3-3"), (35, "month_day:3-6")],
        id="a-dated-heading-its-weekday-opens-heads-a-section",
    ),
    pytest.param(
        "Drone hits car in Sumy, two injured; woman wounded on Saturday dies\n\n"
        "Sunday morning in Sumy began with a drone attack.\n\nTwo people were injured, the mayor said.",
        "Drone hits car in Sumy, two injured; woman wounded on Saturday dies",
        [(2, "weekday:6")],
        id="a-headlines-other-item-lends-no-day",
    ),
    pytest.param(
        "Wednesday's attack hit the west. The air force said Russia launched 44 drones overnight.",
        "",
        [(44, "weekday:2")],
        id="overnight-after-a-sentence-naming-the-attacks-day-is-that-night",
    ),
    pytest.param(
        "A drone hit a bus on Friday evening. Overnight, drones damaged 3 houses.",
        "",
        [(3, "night")],
        id="overnight-after-a-days-evening-is-the-night-after-it",
    ),
    pytest.param(
        "Updated 6:42 a.m. ET, Sun May 17, 2026\n\nRussia fired 290 drones overnight.",
        "",
        [(290, "night")],
        id="an-update-stamp-heads-no-section",
    ),
    pytest.param(
        "On Tuesday, Russia launched 500 drones, its largest attack on the west since the start of the war.",
        "",
        [(500, "weekday:1")],
        id="since-in-a-comparison-dates-nothing",
    ),
]


def test_a_dateline_place_is_where_it_was_written():
    figures = extract("KYIV, Dec 14 (Reuters) - Russia launched 42 drones at Ukraine.").figures
    assert [(f.value, f.place) for f in figures] == [(42, "Ukraine")]


@pytest.mark.parametrize("text, title, expected", CUES)
def test_date_cues(text, title, expected):
    assert cues(text, title) == expected
