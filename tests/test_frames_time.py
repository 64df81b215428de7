import pandas as pd
import pytest

from app import frames_time
from tests.conftest import dashboard_table as table
from tests.conftest import row


@pytest.mark.parametrize(
    "first, last, bucket",
    [
        pytest.param("2025-07-21", "2025-07-21", "day", id="one-day"),
        pytest.param("2025-07-01", "2025-08-31", "day", id="two-months"),
        pytest.param("2025-01-01", "2025-12-31", "week", id="a-year"),
        pytest.param("2022-02-24", "2025-07-21", "month", id="years"),
    ],
)
def test_auto_bucket_follows_the_span(first, last, bucket):
    assert frames_time.auto_bucket(pd.Series(pd.to_datetime([first, last]))) == bucket


def test_auto_bucket_of_nothing_is_day():
    assert frames_time.auto_bucket(pd.Series([], dtype="datetime64[ns]")) == "day"


@pytest.mark.parametrize(
    "bucket, start, label",
    [
        pytest.param("day", "2025-07-23", "23 Jul 2025", id="day"),
        pytest.param("week", "2025-07-21", "week of 21 Jul 2025", id="week-starts-monday"),
        pytest.param("month", "2025-07-01", "Jul 2025", id="month"),
    ],
)
def test_period_start_and_label(bucket, start, label):
    starts = frames_time.period_start(pd.Series(pd.to_datetime(["2025-07-23"])), bucket)
    assert starts.iloc[0] == pd.Timestamp(start)
    assert frames_time.period_label(starts, bucket).iloc[0] == label


def test_sums_per_bucket_and_measure_skip_undated_and_unnumbered():
    events = table(
        row(value=10, event_date="2025-07-21"),
        row(value=5, event_date="2025-07-23"),
        row(value=3, weapon="missile", event_date="2025-07-23"),
        row(value=None, qualifier="unspecified"),
        row(value=99, event_date="", published="", date_precision="unknown"),
    )
    weekly = frames_time.sums(events, ["launched"], "week")
    assert weekly[["series", "value", "figures"]].values.tolist() == [
        ["launched:drone", 15.0, 2],
        ["launched:missile", 3.0, 1],
    ]
    lumped = frames_time.sums(events, ["launched"], "week", split_weapons=False)
    assert lumped[["series", "value"]].values.tolist() == [["launched", 18.0]]


def test_rates_from_nights_with_both_figures_and_never_past_a_hundred_percent():
    events = table(
        row(value=100, article_id="a"),
        row(category="interception", metric="intercepted", value=80, article_id="a"),
        row(category="interception", metric="suppressed", value=10, article_id="a"),
        row(value=50, article_id="b", event_date="2025-07-22"),
        row(category="interception", metric="intercepted", value=30, article_id="c", event_date="2025-07-22"),
        row(value=40, article_id="d", event_date="2025-07-30"),  # launched only: no rate that night
        row(value=40, article_id="e", event_date="2025-08-05"),
        row(category="interception", metric="intercepted", value=60, article_id="e", event_date="2025-08-05"),
    )
    table_ = frames_time.rates(events, "month")
    assert table_["period"].dt.strftime("%Y-%m").tolist() == ["2025-07"]  # August's 60 of 40 is n/a
    assert table_["rate"].tolist() == pytest.approx([(90 + 30) / (100 + 50)])
    assert table_["nights"].tolist() == [2]


def test_rates_work_on_an_incident_table_without_article_ids():
    events = table(row(value=10), row(category="interception", metric="intercepted", value=5)).drop(
        columns=["article_id"]
    )
    assert frames_time.rates(events, "day")["rate"].tolist() == [0.5]


def test_counts_per_bucket_and_category():
    events = table(row(), row(category="casualty", metric="killed", weapon="", value=1), row(event_date="2025-08-01"))
    counted = frames_time.counts(events, "category", "month")
    assert counted[["series", "figures"]].values.tolist() == [["casualty", 1], ["strike", 1], ["strike", 1]]
