"""Official tallies: import in the public format, weapons of each model, national against regional, comparison."""

import pandas as pd
import pytest

from etl import config, reference
from etl.cli import main
from etl.errors import InputError

TALLY = config.ROOT / "tests" / "fixtures" / "official_tally.csv"


@pytest.mark.parametrize(
    "model, parts",
    [
        pytest.param("Shahed-136/131", ["Shahed-136/131"], id="one-model-with-a-slash"),
        pytest.param("X-101/X-555 and Kalibr", ["X-101/X-555", "Kalibr"], id="two-models"),
        pytest.param("X-101/X-555 and Kalibr and Iskander-K", ["X-101/X-555", "Kalibr", "Iskander-K"], id="three"),
        pytest.param("", [], id="empty"),
    ],
)
def test_split_models(model, parts):
    assert reference.split_models(model) == parts


@pytest.mark.parametrize(
    "model, weapon",
    [
        pytest.param("Shahed-136/131", "drone", id="shahed"),
        pytest.param("Iskander-M", "ballistic_missile", id="ballistic"),
        pytest.param("kalibr", "cruise_missile", id="any-case"),
        pytest.param("X-101/X-555", "cruise_missile", id="pair-known-whole"),
        pytest.param("Kalibr/X-22", "cruise_missile", id="pair-known-by-parts"),
        pytest.param("Kalibr/Shahed-136/131", "", id="pair-of-different-weapons"),
        pytest.param("Brand-New-7", "", id="unknown"),
    ],
)
def test_model_weapon(model, weapon):
    assert reference.model_weapon(model, reference.model_weapons()) == weapon


@pytest.mark.parametrize(
    "weapons, combined",
    [
        pytest.param(["cruise_missile", "cruise_missile"], "cruise_missile", id="same-type"),
        pytest.param(["ballistic_missile", "cruise_missile"], "missile", id="missile-types"),
        pytest.param(["drone", "ballistic_missile"], "drone_or_missile", id="drones-with-missiles"),
        pytest.param(["drone", ""], "", id="one-unknown"),
        pytest.param(["guided_bomb", "drone"], "", id="bomb-with-drone"),
    ],
)
def test_combined_weapon(weapons, combined):
    assert reference.combined_weapon(weapons) == combined


def test_normalise_maps_models_scopes_and_nights():
    table, summary = reference.normalise(reference.read_csv(TALLY))
    assert (summary.rows, summary.skipped, summary.national, summary.regional) == (7, 1, 5, 2)
    by_source = table.set_index("source")
    assert by_source.loc["PvKPivden/posts/fixture-0920-south", "scope"] == "regional"
    kinzhal = by_source.loc["https://t.me/kpszsu/fixture-0721"]
    assert (kinzhal["night"], kinzhal["weapon"], kinzhal["scope"], kinzhal["models"]) == (
        "2025-07-21",
        "ballistic_missile",
        "national",
        "X-47 Kinzhal; Iskander-M",
    )
    unknown_launch = by_source.loc["PvKPivden/posts/fixture-0914-south"]
    assert pd.isna(unknown_launch["launched"]) and unknown_launch["destroyed"] == 3


def test_a_target_decides_the_scope_of_an_unknown_account():
    raw = reference.read_csv(TALLY).assign(source="someone/posts/1")
    table, _ = reference.normalise(raw)
    assert set(table.loc[table["target"] == "Ukraine", "scope"]) == {"national"}
    assert set(table.loc[table["target"] != "Ukraine", "scope"]) == {"regional"}


def test_import_writes_the_table_and_the_cli_reports(tmp_path, capsys):
    out = tmp_path / "official.parquet"
    assert main(["reference", str(TALLY), "--out", str(out)]) == 0
    assert "7 official rows imported (5 national, 2 regional)" in capsys.readouterr().out
    assert len(reference.read_official(out)) == 7


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param("time_start,model\n2025-01-01,Kalibr\n", "missing column", id="not-a-tally"),
        pytest.param(
            "time_start,time_end,model,target,launched,destroyed,not_reach_goal,source\nx,y,Kalibr,Ukraine,1,1,,s\n",
            "no row with a readable date",
            id="no-readable-row",
        ),
        pytest.param("", "not a readable CSV", id="empty-file"),
    ],
)
def test_bad_input_leaves_the_stored_tally_as_it_was(tmp_path, content, message):
    out = tmp_path / "official.parquet"
    reference.import_file(TALLY, out)
    before = out.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(content)
    with pytest.raises(InputError, match=message):
        reference.import_file(bad, out)
    assert out.read_bytes() == before
    assert main(["reference", str(bad), "--out", str(out)]) == 2


def test_no_tally_imported_is_none(tmp_path):
    assert reference.read_official(tmp_path / "none.parquet") is None


def news(*figures: tuple) -> pd.DataFrame:
    """Incident figures as app.frames.incident_figures gives them (only the columns compare reads)."""
    rows = [
        {
            "event_date": night,
            "weapon": weapon,
            "metric": metric,
            "value": value,
            "place": "Ukraine",
            "place_type": "country",
            "reported_by": "Ukrainian air force",
            "source": "Outlet",
            "sentence": f"{value} {weapon} {metric}",
            "article_id": "a",
            "record_id": f"r{i}",
        }
        for i, (night, weapon, metric, value) in enumerate(figures)
    ]
    return pd.DataFrame(rows).astype({"value": "Int64"})


@pytest.fixture(scope="module")
def official():
    return reference.normalise(reference.read_csv(TALLY))[0]


COMPARISONS = [
    pytest.param(("2025-09-14", "drone", "launched", 120), 120, "exact", id="exact"),
    pytest.param(("2025-09-20", "drone", "launched", 80), 84, "within", id="within-5-percent-regional-left-out"),
    pytest.param(("2025-09-20", "drone", "intercepted", 50), 60, "differs", id="beyond-tolerance"),
    pytest.param(("2025-09-14", "missile", "launched", 8), 8, "exact", id="missiles-of-a-two-model-row"),
    pytest.param(("2025-09-14", "cruise_missile", "intercepted", 6), 6, "exact", id="cruise-type"),
    pytest.param(("2025-07-21", "drone_or_missile", "intercepted_or_suppressed", 224), 224, "exact", id="lumped"),
    pytest.param(("2025-07-21", "drone", "suppressed", 203), 180, "differs", id="lost-from-radar"),
    pytest.param(("2025-07-21", "ballistic_missile", "launched", 24), 24, "exact", id="ballistic-pair-row"),
    pytest.param(("2025-08-01", "drone", "launched", 50), None, "no official figure", id="night-not-in-tally"),
    pytest.param(("2025-09-14", "guided_bomb", "launched", 5), None, "no official figure", id="weapon-not-posted"),
]


@pytest.mark.parametrize("figure, expected, status", COMPARISONS)
def test_compare(official, figure, expected, status):
    compared = reference.compare(news(figure), official, tolerance=0.05).iloc[0]
    assert (None if pd.isna(compared["official"]) else int(compared["official"])) == expected
    assert compared["status"] == status


def test_compare_sums_the_figures_of_a_night_and_keeps_the_largest_as_evidence(official):
    compared = reference.compare(
        news(("2025-09-14", "drone", "launched", 100), ("2025-09-14", "drone", "launched", 20)), official
    )
    assert compared[["news", "official", "status", "figures", "record_id"]].values.tolist() == [
        [120, 120, "exact", 2, "r0"]
    ]


def test_night_verdicts_take_the_worst_figure(official):
    compared = reference.compare(
        news(
            ("2025-09-14", "drone", "launched", 120),
            ("2025-09-14", "missile", "launched", 8),
            ("2025-09-20", "drone", "launched", 80),
            ("2025-07-21", "drone", "suppressed", 203),
            ("2025-07-21", "drone", "launched", 426),
            ("2025-08-01", "drone", "launched", 50),
        ),
        official,
    )
    verdicts = reference.night_verdicts(compared).set_index("night")["verdict"].to_dict()
    assert verdicts == {
        "2025-07-21": "differs",
        "2025-08-01": "no official figure",
        "2025-09-14": "exact",
        "2025-09-20": "within",
    }


def test_air_force_rows():
    events = pd.DataFrame(
        {
            "attacker": ["russia", "russia", "russia", "ukraine", "russia"],
            "metric": ["launched", "launched", "intercepted", "intercepted", "killed"],
            "reported_by": ["Ukraine's Air Force", "Russian air force", "local officials", "air force", "air force"],
        }
    )
    assert reference.air_force_rows(events).index.tolist() == [0]
