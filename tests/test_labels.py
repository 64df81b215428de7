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
