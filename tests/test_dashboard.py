"""AppTest: every page on the bundled table, an empty one, a broken one and bad links; the user paths."""

import datetime as dt
import json
import shutil

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app.exports import to_csv_bytes
from app.frames import Filters, apply_filters
from etl import config
from etl.load import COLUMNS, read_events
from etl.pipeline import run

PAGES = ["overview", "map", "timeline", "disruptions", "claims", "tallies", "sources", "data", "add_articles"]
OUTLETS = config.ROOT / "tests" / "fixtures" / "outlets"
TALLY = config.ROOT / "tests" / "fixtures" / "official_tally.csv"
DEV = config.ROOT.parent / "shared" / "eval" / "dev"  # ../shared beside the checkout, as in the README


@pytest.fixture(autouse=True)
def navigation_frame(monkeypatch):
    """Run as a live server does. Its first st.navigation call ends Streamlit's old pages/-folder mode for good;
    AppTest starts every run in that mode again, so each page would go through app.frame.require()'s rerun and
    lose the click that started the run."""
    from streamlit.runtime.pages_manager import PagesManager

    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


def app(page: str, table_dir=None, params: dict | None = None, state: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    if table_dir is not None:
        at.session_state["table_dir"] = str(table_dir)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()  # the frame (sidebar filters) runs first, as in a browser
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    return at


def messages(at: AppTest) -> str:
    return " ".join(str(m.value) for kind in (at.error, at.warning, at.info) for m in kind)


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


def seed_events() -> pd.DataFrame:
    return read_events(config.PROCESSED / config.EVENTS_CSV)


def corrupt_parquet(folder):
    (folder / config.EVENTS_PARQUET).write_bytes(b"PAR1 this is not a parquet file PAR1")


def truncated_parquet(folder):
    data = (config.PROCESSED / config.EVENTS_PARQUET).read_bytes()
    (folder / config.EVENTS_PARQUET).write_bytes(data[: len(data) // 2])


def corrupt_csv(folder):
    (folder / config.EVENTS_CSV).write_bytes(bytes(range(256)) * 40)


def truncated_csv(folder):
    text = (config.PROCESSED / config.EVENTS_CSV).read_text()
    (folder / config.EVENTS_CSV).write_text(text[: len(text) * 2 // 3])


def missing_columns(folder):
    seed_events().drop(columns=["value", "lat"]).to_csv(folder / config.EVENTS_CSV, index=False)


def wrong_types_csv(folder):
    seed_events().astype({"value": str}).assign(value="many").to_csv(folder / config.EVENTS_CSV, index=False)


def wrong_types_parquet(folder):
    seed_events().assign(value="many", char_start="x").to_parquet(folder / config.EVENTS_PARQUET, index=False)


def no_table(folder):
    (folder / "notes.txt").write_text("nothing was built here")


BROKEN = [
    pytest.param(corrupt_parquet, "events.parquet is not a readable Parquet file", id="corrupt-parquet"),
    pytest.param(truncated_parquet, "events.parquet is not a readable Parquet file", id="truncated-parquet"),
    pytest.param(corrupt_csv, "events.csv is not an events table", id="corrupt-csv"),
    pytest.param(truncated_csv, "events.csv cannot be read", id="truncated-csv"),
    pytest.param(missing_columns, "lacks the columns value, lat", id="missing-columns"),
    pytest.param(wrong_types_csv, "events.csv cannot be read", id="wrong-types-csv"),
    pytest.param(wrong_types_parquet, "wrong type in value, char_start", id="wrong-types-parquet"),
    pytest.param(no_table, "No events table has been built yet", id="no-table"),
]


@pytest.mark.parametrize("breaks, message", BROKEN)
def test_a_broken_table_gives_a_plain_message_on_every_page_and_adding_still_works(tmp_path, breaks, message):
    breaks(tmp_path)
    for page in PAGES:
        at = app(page, tmp_path)
        assert not at.exception, (page, at.exception)
        assert message in messages(at), (page, messages(at))
        assert at.title[0].value
    assert at.text_area and at.button, "the Add articles form is there"


BAD_LINKS = [
    pytest.param({"start": "2031-01-01"}, "after today", id="start-in-the-future"),
    pytest.param({"start": "garbage"}, "is not a date", id="start-garbage"),
    pytest.param({"start": "2010-01-01"}, "before the first figure", id="start-before-the-first-day"),
    pytest.param({"end": "2099-12-31"}, "after today", id="end-after-today"),
    pytest.param({"start": "2025-07-22", "end": "2025-07-01"}, "after its end", id="start-after-end"),
    pytest.param({"places": ["Kyiv", "Atlantis"]}, "the table has no Atlantis", id="unknown-place"),
    pytest.param({"categories": "nonsense"}, "the table has no nonsense", id="unknown-category"),
]


@pytest.mark.parametrize("params, notice", BAD_LINKS)
@pytest.mark.parametrize("page", ["overview", "map"])
def test_bad_link_parameters_are_ignored_with_a_notice(page, params, notice):
    at = app(page, params=params)
    assert not at.exception, at.exception
    assert notice in messages(at) or page != "overview"
    assert at.title[0].value


def test_unknown_article_in_the_link_is_ignored_with_a_notice():
    at = app("sources", params={"article": "nonexistent"})
    assert not at.exception
    assert "which the table does not hold" in messages(at)
    assert at.selectbox(key="source_article").value == "seed"


# AppTest drops sidebar widgets from its element tree after the first run of an st.navigation app
# (Streamlit 1.67), so these tests set widget state before the run; the browser test clicks for real.
def tiles(at: AppTest) -> dict[str, dict[str, str]]:
    """The overview's numbers per direction column: its tiles ('Killed') and its weapons table's cells
    ('Drones / Launched')."""
    out = {}
    for column in at.columns:
        if not len(column.subheader):
            continue
        shown = {m.label: m.value for m in column.metric}
        if len(column.table):
            table = column.table[0].value
            shown |= {
                f"{family} / {figure}": value for figure, row in table.iterrows() for family, value in row.items()
            }
        out[column.subheader[0].value] = shown
    return out


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def overview(table_dir=None, **state) -> AppTest:
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    if table_dir is not None:
        at.session_state["table_dir"] = str(table_dir)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def test_seed_overview_shows_what_an_analyst_can_quote():
    at = overview()
    shown = tiles(at)
    assert list(shown) == ["Russia → Ukraine", "Ukraine → Russia"]
    attack = shown["Russia → Ukraine"]
    assert attack["Drones / Launched"] == "426" and attack["Missiles / Launched"] == "24"
    assert attack["Drones and missiles (one count) / Shot down or jammed (one count)"] == "224"
    assert attack["Drones / Jammed / lost (EW)"] == "203"  # the lumped 224 is never counted as jammed
    assert attack["Drones / Shot down"] == "—"
    assert attack["Killed"] == "1"
    assert attack["Interception rate"] == "95%"  # (224 + 203) / (426 + 24)
    defence = shown["Ukraine → Russia"]
    assert defence["Drones / Shot down"] == "117"  # not 117 + 30, nor + the undated 172
    assert defence["Drones / Launched"] == "—" and defence["Interception rate"] == "n/a"
    assert "of which Moscow Oblast: 30 of the 117 drones shot down in Russia" in captions(at)
    assert at.expander[0].label == "Not in these totals: 1 figure with no resolvable date"


def test_overview_numbers_follow_the_country_filter():
    shown = tiles(overview(filter_countries=["RU"]))
    assert "Drones / Launched" not in shown["Russia → Ukraine"] and shown["Russia → Ukraine"]["Killed"] == "—"
    assert shown["Ukraine → Russia"]["Drones / Shot down"] == "117"


def test_the_direction_filter_shows_one_direction_and_reaches_the_url():
    at = overview(filter_direction="ukraine")
    assert list(tiles(at)) == ["Ukraine → Russia"]
    assert at.query_params["direction"] in ("ukraine", ["ukraine"])
    at.switch_page("pages/data.py").run()
    assert set(at.dataframe[0].value["Attacker"]) == {"Ukraine"}  # the Data page speaks words


def test_a_link_with_a_direction_reopens_it():
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.query_params["direction"] = "russia"
    at.run()
    assert at.radio(key="filter_direction").value == "russia"
    assert list(tiles(at)) == ["Russia → Ukraine"]


@pytest.fixture(scope="module")
def outlets(tmp_path_factory):
    """Ten articles of five outlets about two nights, both directions, built by the ETL."""
    from etl.pipeline import run

    out = tmp_path_factory.mktemp("outlets")
    run([OUTLETS], out, workers=1, progress=False)
    return out


# Read off the fixture articles by hand: each fact once, whoever reports it; a part never added.
NIGHTS = [
    pytest.param(
        "2025-09-14",
        {
            "Russia → Ukraine": {
                "Drones / Launched": "120",  # two outlets
                "Missiles / Launched": "8",
                "Drones / Shot down": "95",  # 95, 95 and 97: the most cited
                "Missiles / Shot down": "6",
                "Killed": "2",  # the governor's 2 before local media's 3
                "Interception rate": "79%",  # (95 + 6) / (120 + 8)
            },
            "Ukraine → Russia": {"Drones / Shot down": "40"},  # two outlets; Belgorod 15 and Moscow region 5 inside
        },
        ["of which Belgorod Oblast: 15 of the 40 drones shot down in Russia", "of which Moscow Oblast: 5 of the 40"],
        id="2025-09-14",
    ),
    pytest.param(
        "2025-09-20",
        {
            "Russia → Ukraine": {
                "Drones / Launched": "80",  # "at Ukraine" in one outlet, "at Kyiv" in another: one fact
                "Drones / Shot down": "60",  # the air force's 60 before local media's 62
                "Injured": "1",
                "Interception rate": "75%",
            },
            "Ukraine → Russia": {"Drones / Shot down": "25"},
        },
        ["of which Bryansk Oblast: 10 of the 25"],
        id="2025-09-20",
    ),
]


@pytest.mark.parametrize("night, expected, parts", NIGHTS)
def test_overview_adds_incident_figures_of_several_outlets(outlets, night, expected, parts):
    day = dt.date.fromisoformat(night)
    at = overview(outlets, filter_dates=(day, day))
    shown = tiles(at)
    for direction, numbers in expected.items():
        assert {k: shown[direction][k] for k in numbers} == numbers
    for part in parts:
        assert part in captions(at)
    raw = read_events(outlets / config.EVENTS_CSV)
    night_rows = raw[(raw["event_date"] == night) & (raw["metric"] == "launched") & (raw["attacker"] == "russia")]
    assert night_rows["value"].sum() > int(expected["Russia → Ukraine"]["Drones / Launched"])  # rows would overcount


def test_the_incidents_csv_opens_and_matches_the_events(outlets):
    table = pd.read_csv(outlets / config.INCIDENTS_CSV, dtype=str, keep_default_na=False)
    events = pd.read_csv(outlets / config.EVENTS_CSV, dtype=str, keep_default_na=False)
    assert set(events["incident_id"]) == set(table["incident_id"])
    behind = events.groupby("incident_id").agg(rows=("record_id", "size"), sources=("article_id", "nunique"))
    values = events.assign(value=pd.to_numeric(events["value"])).groupby("incident_id")["value"].agg(["min", "max"])
    for incident in table.itertuples():
        assert int(incident.rows) == behind.loc[incident.incident_id, "rows"]
        assert int(incident.sources) == behind.loc[incident.incident_id, "sources"]
        assert (float(incident.low), float(incident.high)) == tuple(values.loc[incident.incident_id])
        assert incident.parent_id == "" or incident.parent_id in set(table["incident_id"])
    top = table[(table["parent_id"] == "") & (table["event_date"] == "2025-09-14") & (table["attacker"] == "ukraine")]
    assert top["best"].astype(int).sum() == 40


@pytest.mark.skipif(not (DEV / "articles").exists(), reason="the shared dev set is not here")
def test_dev_set_nights_reported_by_several_outlets(tmp_path_factory):
    """Two nights of the gold file that several outlets report; the extraction improves in parallel, so what is
    asserted is the incidents' structure, and the figures the gold and today's extraction agree on."""
    from etl.pipeline import run

    out = tmp_path_factory.mktemp("dev")
    run([DEV / "articles"], out, workers=1, progress=False)
    table = pd.read_csv(out / config.INCIDENTS_CSV, dtype=str, keep_default_na=False)
    events = pd.read_csv(out / config.EVENTS_CSV, dtype=str, keep_default_na=False)
    for night, attacker, articles in (("2025-08-14", "ukraine", {"319"}), ("2026-01-09", "russia", {"223", "224"})):
        rows = events[(events["event_date"] == night) & (events["attacker"] == attacker)]
        assert articles <= set(rows["article_id"])
        mine = table[table["incident_id"].isin(rows["incident_id"])]
        assert set(mine["incident_id"]) == set(rows["incident_id"])
        day = dt.date.fromisoformat(night)
        shown = tiles(overview(out, filter_dates=(day, day)))
        killed = pd.to_numeric(rows.loc[rows["metric"] == "killed", "value"]).dropna()
        if len(killed):  # a sum of facts: at least the largest figure, never more than every figure added
            tile = int(shown["Russia → Ukraine" if attacker == "russia" else "Ukraine → Russia"]["Killed"])
            assert killed.max() <= tile <= killed.sum()
    night = tiles(overview(out, filter_dates=(dt.date(2025, 8, 14),) * 2))["Ukraine → Russia"]
    assert night["Drones / Shot down"] == "44"  # Russia's 44 over Russia; Volgograd region's 9 is inside it
    night = tiles(overview(out, filter_dates=(dt.date(2026, 1, 9),) * 2))["Russia → Ukraine"]
    assert (night["Drones / Launched"], night["Missiles / Launched"]) == ("226", "18")


def test_claims_page_sets_each_sides_figures_side_by_side(outlets):
    at = overview(outlets)
    at.switch_page("pages/claims.py").run()
    assert not at.exception, at.exception
    headings = [h.value for h in at.subheader]
    assert "2025-09-14 · Ukraine → Russia" in headings and "2025-09-20 · Russia → Ukraine" in headings
    night = at.markdown[headings.index("2025-09-14 · Ukraine → Russia")].value
    assert "Russia (defending side) says" in night and "Ukraine (attacking side) says" in night
    assert ">40</a>" in night and "↳ of which: Drones shot down" in night
    assert 'href="./sources?article=a' in night


def test_a_claims_link_opens_the_article_at_its_sentence(outlets):
    events = read_events(outlets / config.EVENTS_CSV)
    chosen = events[events["value"] == 15].iloc[0]
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["table_dir"] = str(outlets)
    at.query_params["article"] = chosen["article_id"]
    at.query_params["record"] = chosen["record_id"]
    at.switch_page("pages/sources.py").run()
    assert at.selectbox[0].value == chosen["article_id"]
    assert chosen["sentence"] in at.info[0].value.replace("\\", "")  # shown as text: Markdown escaped


@pytest.fixture(scope="module")
def official(tmp_path_factory):
    from etl.reference import import_file

    path = tmp_path_factory.mktemp("official") / "official.parquet"
    import_file(TALLY, path)
    return path


def test_tallies_page_compares_air_force_figures_with_the_official_tally(outlets, official):
    at = overview(outlets, official_path=str(official))
    at.switch_page("pages/tallies.py").run()
    assert not at.exception, at.exception
    counts = {m.label: m.value for m in at.metric}
    assert counts["Nights matching exactly"] == "1"  # 2025-09-14: 120, 8, 95, 6 all as posted
    assert counts["Within tolerance"] == "1"  # 2025-09-20: 80 launched against 84
    assert counts["Beyond tolerance"] == "0"
    at.slider[0].set_value(0).run()
    assert {m.label: m.value for m in at.metric}["Beyond tolerance"] == "1"
    differing = at.dataframe[0].value
    assert differing[["Night", "News (air force)", "Official tally"]].values.tolist() == [["2025-09-20", 80, 84]]
    assert differing["Evidence"].iloc[0].startswith("./sources?") and "article=b1" in differing["Evidence"].iloc[0]


def test_tallies_page_says_how_to_import_when_none_is(tmp_path):
    at = overview(official_path=str(tmp_path / "none.parquet"))
    at.switch_page("pages/tallies.py").run()
    assert not at.exception and "python -m etl reference" in at.info[0].value


def test_filters_hold_across_pages_and_reach_the_url():
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.session_state["filter_places"] = ["Kyiv"]
    at.run()
    assert at.query_params["places"] in ("Kyiv", ["Kyiv"])
    at.switch_page("pages/data.py").run()
    assert at.session_state["filters"].places == ("Kyiv",)
    assert set(at.dataframe[0].value["Place"]) == {"Kyiv"}


def test_link_with_query_parameters_reopens_the_view():
    at = app("data", params={"countries": ["RU"]})
    assert set(at.dataframe[0].value["Country"]) == {"RU"}


def test_page_parameters_survive_the_filters_writing_the_url():
    at = app("sources", params={"article": "seed", "places": "Kyiv"})
    assert at.query_params["article"] in ("seed", ["seed"]) and at.query_params["places"] in ("Kyiv", ["Kyiv"])


def test_data_page_speaks_words_and_links_each_row_to_its_sentence():
    at = app("data")
    shown = at.dataframe[0].value
    assert {"Metric", "Weapon", "Attacker", "Evidence"} <= set(shown.columns)
    assert "shot down or jammed (one count)" in set(shown["Metric"]) and "russia" not in set(shown["Attacker"])
    first = shown.iloc[0]
    assert first["Evidence"] == f"sources?article=seed&record={first['Record id']}"


def test_map_page_draws_a_measure_per_place_and_per_region():
    places = app("map")
    assert not places.exception and places.selectbox(key="map_measure").value == "launched:drone"
    regions = app("map", state={"map_mode": "regions", "map_measure": "killed"})
    assert not regions.exception
    assert "federal subject" in regions.get("plotly_chart")[0].proto.spec


def test_online_tiles_that_cannot_be_reached_fall_back_with_a_note(monkeypatch):
    from app import data

    monkeypatch.setattr(data, "tiles_reachable", lambda *args, **kwargs: False)
    at = AppTest.from_file(str(config.ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/map.py").run()
    at.toggle[0].set_value(True).run()
    assert "cannot be reached from here; showing the bundled outlines" in messages(at)
    assert '"scattermap"' not in at.get("plotly_chart")[0].proto.spec


def test_online_tiles_that_can_be_reached_carry_the_same_map(monkeypatch):
    from app import data

    monkeypatch.setattr(data, "tiles_reachable", lambda *args, **kwargs: True)
    at = app("map", state={"map_mode": "regions"})
    at.toggle[0].set_value(True).run()
    spec = at.get("plotly_chart")[0].proto.spec
    assert not at.exception and '"choroplethmap"' in spec and '"open-street-map"' in spec


def test_timeline_bucket_can_be_overridden():
    at = app("timeline", state={"timeline_bucket": "month"})
    assert not at.exception
    assert "per month" in at.get("plotly_chart")[0].proto.spec


@pytest.fixture
def collection_table(tmp_path):
    """A table built from one .jsonl collection of three articles (each with its own text)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    records = [
        {"id": "first", "title": "First", "published": "2025-07-20", "text": "Russia launched 11 drones at Kyiv."},
        {"id": "second", "title": "Second", "published": "2025-07-21", "text": "In Odesa, 22 drones were shot down."},
        {"id": "third", "title": "Third", "published": "2025-07-22", "text": "Three people were injured in Lviv."},
    ]
    (articles / "wire.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    run([articles], tmp_path / "out", workers=1, progress=False)
    return tmp_path / "out"


def article_html(at: AppTest) -> str:
    return " ".join(str(element.proto.body) for element in at.get("html"))


def test_a_collection_article_shows_its_own_text(collection_table):
    at = app("sources", collection_table, params={"article": "second"})
    assert not at.exception
    body = article_html(at)
    assert "In Odesa, <mark" in body and "22 drones" in body and "Russia launched" not in body


def test_the_body_stored_with_the_table_is_shown_when_the_file_is_gone(tmp_path):
    out = tmp_path / "out"
    shutil.copytree(config.PROCESSED, out)
    listing = pd.read_csv(out / config.ARTICLES_CSV, dtype=str, keep_default_na=False)
    stored = (config.ARTICLES / "seed.txt").read_text().split("---\n", 2)[2]
    listing.assign(path="gone/seed.txt", text=stored, content_hash="x").to_parquet(out / "articles.parquet")
    at = app("sources", out)
    assert not at.exception and "Zelensky" in article_html(at)


def test_a_link_to_a_record_outlines_its_words():
    record = seed_events()["record_id"].iloc[0]
    at = app("sources", params={"article": "seed", "record": record})
    assert 'id="evidence-focus"' in article_html(at)
    assert "outlined below" in messages(at)


def test_csv_download_equals_the_filtered_rows():
    events = read_events(config.PROCESSED / config.EVENTS_CSV)
    shown = apply_filters(events, Filters(categories=("interception",)))
    downloaded = pd.read_csv(pd.io.common.BytesIO(to_csv_bytes(shown)), dtype=str, keep_default_na=False)
    assert downloaded["record_id"].tolist() == shown["record_id"].tolist()
    assert len(downloaded) == (events["category"] == "interception").sum() > 0


def test_add_page_has_no_filter_sidebar():
    at = app("add_articles")
    assert not at.exception
    assert "filters" not in at.session_state or not any(w.key.startswith("filter_") for w in at.sidebar.multiselect)


@pytest.fixture
def writable(tmp_path, monkeypatch):
    articles, out = tmp_path / "articles", tmp_path / "out"
    shutil.copytree(config.ARTICLES, articles)
    run([articles], out, workers=1, progress=False)
    monkeypatch.setattr(config, "ARTICLES", articles)
    return articles, out


NEW_ARTICLE = "Overnight, Russia launched 55 drones at Odesa, the air force said."


def add_article(at: AppTest, text: str, published: dt.date) -> AppTest:
    at.text_area[0].input(text)
    at.date_input[0].set_value(published)
    at.text_input[0].input("Odesa raid")
    at.button[0].click().run()  # preview
    return at


def test_add_then_overview_shows_the_new_article_without_clearing_filters(writable):
    articles, out = writable
    at = app("add_articles", out, state={"filter_countries": ["UA"], "filter_dates": (dt.date(2025, 7, 21),) * 2})
    at.switch_page("pages/overview.py").run()
    before = tiles(at)["Russia → Ukraine"]["Drones / Launched"]
    at.switch_page("pages/add_articles.py").run()
    add_article(at, NEW_ARTICLE, dt.date(2025, 8, 1))
    assert not at.exception and "1 row would be added" in " ".join(c.value for c in at.caption)
    at.button[1].click().run()  # save and rebuild
    assert not at.exception and "Saved 1 article" in at.success[0].value
    at.switch_page("pages/overview.py").run()
    after = tiles(at)["Russia → Ukraine"]["Drones / Launched"]
    assert int(after) == int(before) + 55
    assert at.session_state["filter_countries"] == ["UA"]
    assert at.session_state["filter_dates"][1] == dt.date(2025, 8, 1)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda folder: (folder / config.INCIDENTS_PARQUET).write_bytes(b"not parquet"), id="unreadable"),
        pytest.param(lambda folder: (folder / config.INCIDENTS_PARQUET).unlink(), id="missing"),
        pytest.param(
            lambda folder: (
                pd.read_parquet(folder / config.INCIDENTS_PARQUET)
                .iloc[:2]
                .to_parquet(folder / config.INCIDENTS_PARQUET)
            ),
            id="stale",
        ),
    ],
)
def test_a_broken_incidents_file_is_worked_out_again(outlets, tmp_path, damage):
    folder = tmp_path / "table"
    shutil.copytree(outlets, folder)
    (folder / config.INCIDENTS_CSV).unlink()
    damage(folder)
    day = dt.date(2025, 9, 14)
    shown = tiles(overview(folder, filter_dates=(day, day)))
    assert shown["Russia → Ukraine"]["Drones / Launched"] == "120"
    assert shown["Ukraine → Russia"]["Drones / Shot down"] == "40"


def test_the_same_text_is_refused_with_a_pointer(writable):
    articles, out = writable
    seed_body = (articles / "seed.txt").read_text().split("---\n", 2)[2]
    at = app("add_articles", out)
    add_article(at, seed_body, dt.date(2025, 7, 21))
    assert "already in the corpus as article seed" in messages(at)
    assert len(at.button) == 1  # nothing to save


def test_streamlit_upload_cap_is_the_apps_own_limit():
    import tomllib

    settings = tomllib.loads((config.ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["server"]["maxUploadSize"] * 1024 * 1024 == config.MAX_UPLOAD_BYTES
