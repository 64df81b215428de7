import pandas as pd
import pytest

from etl import load
from etl.errors import SchemaError
from tests.conftest import row


def test_valid_rows_make_a_table_with_stable_ids():
    first = load.events_frame([row(), row(char_start=20, char_end=30, value=None, qualifier="unspecified")])
    second = load.events_frame([row(), row(char_start=20, char_end=30, value=None, qualifier="unspecified")])
    assert list(first.columns) == load.COLUMNS
    assert first["record_id"].tolist() == second["record_id"].tolist()
    assert first["value"].isna().tolist() == [False, True]


def test_a_rows_id_does_not_depend_on_the_rest_of_the_batch():
    alone = load.events_frame([row()])
    with_unnumbered = load.events_frame([row(), row(char_start=20, char_end=30, value=None, qualifier="unspecified")])
    assert alone["record_id"].iloc[0] == with_unnumbered["record_id"].iloc[0]


SCHEMA_BREAKS = [
    pytest.param({"metric": "exploded"}, id="unknown-metric"),
    pytest.param({"category": "casualty"}, id="metric-outside-its-category"),
    pytest.param({"weapon": "catapult"}, id="unknown-weapon"),
    pytest.param({"value": None}, id="empty-value-needs-unspecified"),
    pytest.param({"qualifier": "unspecified"}, id="unspecified-needs-empty-value"),
    pytest.param({"lat": 123.0}, id="latitude-out-of-range"),
    pytest.param({"event_date": "21/07/2025"}, id="date-not-iso"),
    pytest.param({"attacker": "martians"}, id="unknown-attacker"),
]


@pytest.mark.parametrize("change", SCHEMA_BREAKS)
def test_schema_violations_are_refused(change):
    with pytest.raises(SchemaError):
        load.events_frame([row(**change)])


def test_csv_round_trip_keeps_types(tmp_path):
    frame = load.events_frame([row(), row(char_start=5, value=None, qualifier="unspecified", lat=None, lon=None)])
    load.write_csv(frame, tmp_path / "events.csv")
    back = load.read_events(tmp_path / "events.csv")
    pd.testing.assert_frame_equal(back, frame, check_dtype=False)


def test_interrupted_write_leaves_the_previous_table(tmp_path, monkeypatch):
    frame = load.events_frame([row()])
    target = tmp_path / "events.csv"
    load.write_csv(frame, target)
    before = target.read_bytes()

    def crash(self, path, **kwargs):
        with open(path, "w") as handle:
            handle.write("record_id,arti")  # half a table, then the process dies
        raise KeyboardInterrupt

    monkeypatch.setattr(pd.DataFrame, "to_csv", crash)
    with pytest.raises(KeyboardInterrupt):
        load.write_csv(frame, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


@pytest.mark.parametrize("name", ["events.parquet", "events.csv"])
def test_a_table_can_be_read_with_text_as_categories(tmp_path, name):
    frame = load.events_frame([row(), row(char_start=20, char_end=30, place="Odesa")])
    path = tmp_path / name
    frame.to_parquet(path, index=False) if name.endswith("parquet") else load.write_csv(frame, path)
    compact = load.read_events(path, text_as_category=True)
    assert isinstance(compact["place"].dtype, pd.CategoricalDtype)
    assert not isinstance(compact["record_id"].dtype, pd.CategoricalDtype)
    assert not isinstance(compact["sentence"].dtype, pd.CategoricalDtype)
    assert compact.astype({c: "str" for c in compact.columns if c != "value"})["place"].tolist() == ["Kyiv", "Odesa"]
    assert compact["value"].tolist() == frame["value"].tolist()


@pytest.mark.parametrize("text_as_category", [False, True], ids=["plain", "categories"])
def test_a_broken_parquet_file_is_a_schema_error(tmp_path, text_as_category):
    path = tmp_path / "events.parquet"
    path.write_bytes(b"not parquet at all")
    with pytest.raises(SchemaError, match="not a readable Parquet file"):
        load.read_events(path, text_as_category=text_as_category)


def test_rows_identical_within_an_article_are_merged():
    frame = load.events_frame([row(), row(reported_by="someone else"), row(article_id="a2")])
    assert len(frame) == 2 and frame["record_id"].is_unique


@pytest.mark.parametrize("change", [*SCHEMA_BREAKS, pytest.param({"value": -5}, id="negative")])
def test_a_row_breaking_the_schema_takes_out_its_article_only(change):
    rows = [row(), row(char_start=20, char_end=30), row(article_id="bad", **change), row(article_id="bad", value=3)]
    frame, broken = load.events_table(rows)
    assert sorted(frame["article_id"].unique()) == ["a1"] and len(frame) == 2
    assert list(broken) == ["bad"] and broken["bad"].startswith("a row breaks the schema: ")


def test_a_table_wide_fault_is_not_blamed_on_an_article():
    with pytest.raises(SchemaError):
        load.events_table([{**row(), "value": "twelve"}])


def test_articles_table_keeps_text_out_of_its_csv(tmp_path):
    record = {c: "x" for c in load.ARTICLE_TEXT_COLUMNS} | {"published": "", "figures": 2, "content_hash": "a" * 64}
    articles = load.articles_frame([record])
    generation = load.write_outputs(tmp_path, {"articles": articles})
    assert list(pd.read_csv(generation / "articles.csv").columns) == load.ARTICLE_COLUMNS
    assert list(pd.read_parquet(generation / "articles.parquet").columns) == load.ARTICLE_TEXT_COLUMNS
    with pytest.raises(SchemaError, match="content_hash"):
        load.articles_frame([{**record, "content_hash": "not a hash"}])
