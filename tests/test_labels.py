import pytest

from app.labels import label, series


@pytest.mark.parametrize(
    "kind, code, words",
    [
        pytest.param("metric", "intercepted_or_suppressed", "shot down or jammed (one count)", id="lumped-metric"),
        pytest.param("weapon", "drone_or_missile", "drones and missiles (one count)", id="lumped-weapon"),
        pytest.param("attacker", "russia", "Russia", id="side"),
        pytest.param("direction", "ukraine", "Ukraine → Russia", id="direction"),
        pytest.param("metric", "new_metric_code", "new metric code", id="unknown-code-readable"),
        pytest.param("nonsense", "x_y", "x y", id="unknown-kind"),
        pytest.param("metric", None, "", id="none"),
    ],
)
def test_label(kind, code, words):
    assert label(kind, code) == words


@pytest.mark.parametrize(
    "metric, weapon, words",
    [
        pytest.param("launched", "drone", "drones launched", id="with-weapon"),
        pytest.param("killed", "", "killed", id="no-weapon"),
    ],
)
def test_series(metric, weapon, words):
    assert series(metric, weapon) == words


@pytest.mark.parametrize(
    "key, words",
    [
        pytest.param("launched:drone", "drones launched", id="drones"),
        pytest.param("intercepted:missile", "missiles shot down", id="missiles"),
        pytest.param("killed", "people killed", id="people"),
        pytest.param("power_outages", "households without power", id="households"),
        pytest.param("flights_cancelled", "flights cancelled", id="flights"),
        pytest.param("brand_new", "brand new", id="unknown"),
    ],
)
def test_measure(key, words):
    from app.labels import measure

    assert measure(key) == words


def test_measure_of_a_figure_groups_missile_types():
    from app.labels import measure_of

    assert measure_of("launched", "cruise_missile") == "missiles launched"
    assert measure_of("injured", "") == "people injured"


def test_humanise_puts_codes_and_headers_in_words_on_a_copy():
    import pandas as pd

    from app.labels import humanise

    frame = pd.DataFrame({"metric": ["intercepted_or_suppressed"], "attacker": ["russia"], "value": [3]})
    assert humanise(frame).to_dict("records") == [
        {"Metric": "shot down or jammed (one count)", "Attacker": "Russia", "Value": 3}
    ]
    assert list(frame.columns) == ["metric", "attacker", "value"]


def test_column_note_names_each_code():
    from app.labels import column_note

    assert column_note(["record_id", "source"]) == "record_id = Record id · source = Outlet"
