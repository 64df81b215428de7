"""AppTest: every page renders on the bundled table and on an empty one; filters and downloads work."""

import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app.frames import Filters, Highlight, apply_filters, highlight_html, spreadsheet_safe, to_csv_bytes
from etl import config
from etl.load import COLUMNS, read_events

PAGES = ["overview", "map", "timeline", "disruptions", "sources", "data", "add_articles"]


def app(page: str, table_dir=None) -> AppTest:
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    if table_dir is not None:
        at.session_state["table_dir"] = str(table_dir)
    at.run()  # the frame (sidebar filters) runs first, as in a browser
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    return at


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_bundled_data(page):
    at = app(page)
    assert not at.exception, at.exception
    assert at.title[0].value


@pytest.fixture
def empty_table(tmp_path):
    pd.DataFrame(columns=COLUMNS).to_csv(tmp_path / config.EVENTS_CSV, index=False)
    return tmp_path


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_an_empty_table(page, empty_table):
    at = app(page, empty_table)
    assert not at.exception, at.exception


# AppTest drops sidebar widgets from its element tree after the first run of an st.navigation app
# (Streamlit 1.67), so these tests set widget state before the run; the browser test clicks for real.
def test_overview_numbers_follow_the_country_filter():
    before = {m.label: m.value for m in app("overview").metric}
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["filter_countries"] = ["RU"]
    at.run()
    after = {m.label: m.value for m in at.metric}
    assert before["Weapons launched"] == "450" and after["Weapons launched"] == "0"
    assert after["Intercepted"] == str(117 + 30 + 172)


def test_filters_hold_across_pages_and_reach_the_url():
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["filter_places"] = ["Kyiv"]
    at.run()
    assert at.query_params["places"] in ("Kyiv", ["Kyiv"])
    at.switch_page("pages/data.py").run()
    assert at.session_state["filters"].places == ("Kyiv",)
    assert set(at.dataframe[0].value["place"]) == {"Kyiv"}


def test_link_with_query_parameters_reopens_the_view():
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["countries"] = ["RU"]
    at.run()
    assert at.multiselect(key="filter_countries").value == ["RU"]
    at.switch_page("pages/data.py").run()
    assert set(at.dataframe[0].value["country"]) == {"RU"}


def test_csv_download_equals_the_filtered_rows():
    events = read_events(config.PROCESSED / config.EVENTS_CSV)
    shown = apply_filters(events, Filters(categories=("interception",)))
    downloaded = pd.read_csv(pd.io.common.BytesIO(to_csv_bytes(shown)), dtype=str, keep_default_na=False)
    assert downloaded["record_id"].tolist() == shown["record_id"].tolist()
    assert len(downloaded) == (events["category"] == "interception").sum() > 0


INJECTIONS = [
    pytest.param('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")', id="equals"),
    pytest.param("+1+1", "'+1+1", id="plus"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
    pytest.param("\tcmd", "'\tcmd", id="tab"),
    pytest.param("plain text", "plain text", id="harmless"),
]


@pytest.mark.parametrize("cell, expected", INJECTIONS)
def test_csv_cells_are_neutralised(cell, expected):
    assert spreadsheet_safe(pd.DataFrame({"sentence": [cell]}))["sentence"][0] == expected


def test_article_html_is_escaped_and_evidence_marked():
    html = highlight_html("<script>x</script> 12 drones", [Highlight(19, 28, "launched")])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<mark title="launched">12 drones</mark>' in html


def test_add_article_preview_save_and_rebuild(tmp_path, monkeypatch):
    from app import intake

    articles, out = tmp_path / "articles", tmp_path / "processed"
    shutil.copytree(config.ARTICLES, articles)
    monkeypatch.setattr(config, "ARTICLES", articles)
    article = intake.from_form(
        "Overnight, Russia launched 55 drones at Odesa, the air force said.",
        "Odesa raid",
        "2025-08-01",
        "Wire",
        "http://example.org/a",
    )
    first = intake.save(article, articles)
    second = intake.save(article, articles)
    assert first != second and first.read_text().startswith("---\ntitle: Odesa raid")
    line = intake.rebuild(articles, out)
    assert "3 articles read" in line
    events = read_events(out / config.EVENTS_CSV)
    assert (events["value"] == 55).sum() == 2


def test_oversized_upload_is_refused():
    from app import intake
    from etl.errors import InputError

    with pytest.raises(InputError, match="uploads are limited"):
        intake.from_form("", "", None, "", "", ("big.txt", b"a" * (config.MAX_UPLOAD_BYTES + 1)))


def test_failed_rebuild_leaves_the_table_as_it_was(tmp_path, monkeypatch):
    from app import intake

    out = tmp_path / "processed"
    shutil.copytree(config.PROCESSED, out)
    before = (out / config.EVENTS_CSV).read_bytes()
    articles = tmp_path / "articles"
    shutil.copytree(config.ARTICLES, articles)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(intake, "run", broken)
    article = intake.from_form("Two drones were shot down.", "Short", "2025-08-02", "", "")
    with pytest.raises(RuntimeError):
        intake.add([article], articles, out)
    assert (out / config.EVENTS_CSV).read_bytes() == before
    assert sorted(p.name for p in articles.iterdir()) == ["seed.txt"]
