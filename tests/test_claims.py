"""Both sides' claims: which side speaks, what each says per incident, and the links to the evidence."""

import pandas as pd

from app import claims, frames
from etl import incidents, load
from tests.conftest import row

WHOLE = {"category": "interception", "metric": "intercepted", "weapon": "drone", "attacker": "ukraine"}
RUSSIA = {"place": "Russia", "place_type": "country", "country": "RU"}


def claimed(*rows: dict) -> pd.DataFrame:
    events, table = incidents.build(
        load.events_frame([{**r, "char_start": i * 10, "char_end": i * 10 + 5} for i, r in enumerate(rows)])
    )
    events = frames.prepare(events)
    return claims.claims(events, frames.incident_figures(events, table, parts=True))


def test_each_side_says_its_own_number_of_one_fact():
    table = claimed(
        row(article_id="a", **WHOLE, **RUSSIA, value=117, reported_by="Russian defence ministry", sentence="ru"),
        row(article_id="b", **WHOLE, **RUSSIA, value=120, reported_by="Ukrainian General Staff", sentence="ua"),
        row(article_id="c", **WHOLE, **RUSSIA, value=119, reported_by="", sentence="wire"),
    )
    said = table.set_index("role")[["value", "sentence", "article_id"]].to_dict("index")
    assert said == {
        "attacking": {"value": 120, "sentence": "ua", "article_id": "b"},
        "defending": {"value": 117, "sentence": "ru", "article_id": "a"},
        "neither": {"value": 119, "sentence": "wire", "article_id": "c"},
    }
    assert table["incident_id"].nunique() == 1


def test_an_official_without_a_side_word_speaks_for_the_country_it_reports_on():
    table = claimed(row(value=3, category="casualty", metric="killed", weapon="", reported_by="Governor Oleh Kiper"))
    assert table["role"].tolist() == ["defending"]


def test_a_part_follows_its_whole():
    table = claimed(
        row(**WHOLE, **RUSSIA, value=117, reported_by="Russian defence ministry"),
        row(
            **WHOLE,
            place="Moscow Oblast",
            place_type="region",
            country="RU",
            value=30,
            reported_by="Russian defence ministry",
        ),
        row(
            **WHOLE, place="Belgorod Oblast", place_type="region", country="RU", value=8, reported_by="Governor Gladkov"
        ),
    )
    assert table["value"].tolist() == [117, 8, 30]
    assert (table["parent_id"] != "").tolist() == [False, True, True]


def test_the_html_table_links_each_value_to_its_evidence_and_escapes_text():
    table = claimed(row(**WHOLE, **RUSSIA, value=117, reported_by="<b>Russian</b> MoD", sentence='He said "117" <x>'))
    html = claims.as_html(table, lambda article, record: f"./sources?article={article}&record={record}")
    assert f'href="./sources?article=a1&amp;record={table["record_id"].iloc[0]}"' in html
    assert 'title="He said &quot;117&quot; &lt;x&gt;"' in html
    assert "<b>Russian" not in html and "&lt;b&gt;Russian&lt;/b&gt; MoD" in html
    assert "Ukraine (attacking side) says" in html and "Russia (defending side) says" in html


def test_both_sides_keeps_the_nights_both_speak_of():
    table = claimed(
        row(article_id="a", **WHOLE, **RUSSIA, value=117, reported_by="Russian defence ministry"),
        row(
            article_id="b",
            **{**WHOLE, "metric": "launched", "category": "strike"},
            **RUSSIA,
            value=5,
            reported_by="SBU",
        ),
        row(article_id="c", value=10, reported_by="Ukrainian air force", event_date="2025-07-22"),
    )
    assert set(claims.both_sides(table)["value"]) == {117, 5}
