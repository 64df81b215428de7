"""End to end: the command line over real files, as a user runs it."""

import json
import shutil
import subprocess
import sys

import pandas as pd
import pytest

from etl import config
from etl.cli import main
from etl.load import read_events

ROOT = config.ROOT
SEED = ROOT / "data" / "articles" / "seed.txt"

# The seed's figures with a number, as SCHEMA.md and the annotation conventions read them.
SEED_FIGURES = {
    ("strike", "launched", "drone", 426, "Kyiv"),
    ("strike", "launched", "missile", 24, "Kyiv"),
    ("interception", "intercepted_or_suppressed", "drone_or_missile", 224, "Kyiv"),
    ("interception", "suppressed", "drone", 203, "Kyiv"),
    ("casualty", "killed", "", 1, "Kyiv"),
    ("damage", "districts_affected", "", 4, "Kyiv"),
    ("interception", "intercepted", "drone", 117, "Russia"),
    ("interception", "intercepted", "drone", 30, "Moscow Oblast"),
    ("interception", "intercepted", "drone", 172, "Russia"),
}


def test_seed_article_end_to_end(tmp_path):
    assert main(["run", str(SEED), "--out", str(tmp_path), "--no-progress"]) == 0
    events = read_events(tmp_path / "events.csv")
    numbered = events[events["value"].notna()]
    got = {(r.category, r.metric, r.weapon, int(r.value), r.place) for r in numbered.itertuples()}
    assert got == SEED_FIGURES
    by_value = numbered.set_index("value")
    assert by_value.loc[426, "reported_by"] == "local officials"
    assert by_value.loc[224, "reported_by"] == "Ukrainian air force"
    assert by_value.loc[117, "attacker"] == "ukraine" and by_value.loc[426, "attacker"] == "russia"
    assert by_value.loc[426, "event_date"] == "2025-07-21" and by_value.loc[172, "event_date"] == ""
    assert by_value.loc[30, "place_type"] == "region" and by_value.loc[30, "country"] == "RU"
    text = SEED.read_text().split("---\n", 2)[2]
    for row in events.itertuples():
        assert row.sentence in text
        assert text[row.char_start : row.char_end] in row.sentence
    articles = pd.read_csv(tmp_path / "articles.csv")
    assert articles.loc[0, "article_id"] == "seed" and articles.loc[0, "figures"] == 9


def test_raw_seed_without_front_matter_still_works(tmp_path):
    raw = tmp_path / "in" / "000_raw.txt"
    raw.parent.mkdir()
    raw.write_text(SEED.read_text().split("---\n", 2)[2])
    assert main(["run", str(raw.parent), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    events = read_events(tmp_path / "out" / "events.csv")
    assert len(events[events["value"].notna()]) == 9
    assert set(events["event_date"]) == {""}  # no published date: nothing invented
    assert events.loc[0, "title"].startswith("Upcoming Russia-Ukraine Negotiations")


def test_same_input_twice_gives_identical_bytes_and_workers_do_not_matter(tmp_path):
    for name, workers in (("a", "1"), ("b", "1"), ("c", "2")):
        assert main(
            [
                "run",
                str(ROOT / "data" / "articles"),
                str(tmp_path / "extra.jsonl"),
                "--out",
                str(tmp_path / name),
                "--workers",
                workers,
                "--no-progress",
            ]
        ) in (0,)
    for file in ("events.csv", "articles.csv", "rejected.csv"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "c" / file).read_bytes()


@pytest.fixture(autouse=True)
def _collection(tmp_path):
    lines = [
        json.dumps(
            {
                "id": f"j{i}",
                "title": "t",
                "published": f"2024-03-0{i}",
                "source": "s",
                "url": "u",
                "text": f"Russia launched {10 + i} drones at Ukraine overnight. "
                f"Air defence shot down {5 + i} of them over Odesa.",
            }
        )
        for i in range(1, 8)
    ]
    (tmp_path / "extra.jsonl").write_text("\n".join(lines) + "\n")


def test_bad_inputs_are_listed_and_the_rest_of_the_batch_runs(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SEED, inbox / "seed.txt")
    (inbox / "empty.txt").write_text("")
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02")
    (inbox / "latin1.txt").write_bytes("Le drone a frappé la gare; deux blessés à Kharkiv.".encode("latin-1"))
    (inbox / "broken.html").write_text("<html><p></html")
    (inbox / "bad-date.md").write_text("---\npublished: someday\n---\nThree drones were shot down.\n")
    (inbox / "lines.jsonl").write_text('{"id": "ok", "text": "Two drones were shot down."}\n{oops\n')
    with (inbox / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert main(["run", str(inbox), "--out", str(tmp_path / "out"), "--no-progress"]) == 0
    rejected = pd.read_csv(tmp_path / "out" / "rejected.csv")
    reasons = dict(zip(rejected["path"].map(lambda p: p.split("/")[-1]), rejected["reason"], strict=True))
    assert set(reasons) == {"empty.txt", "binary.txt", "broken.html", "lines.jsonl:2", "huge.txt"}
    assert all(reasons.values())
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False).set_index("article_id")
    assert sorted(articles.index) == ["bad-date", "latin1", "ok", "seed"]
    assert articles.loc["bad-date", "published"] == ""


def test_nothing_readable_is_a_failure_exit(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    assert main(["run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "--no-progress"]) == 1
    assert (tmp_path / "out" / "rejected.csv").exists()


def test_cli_help_documents_every_option():
    result = subprocess.run(
        [sys.executable, "-m", "etl", "run", "--help"], capture_output=True, text=True, cwd=ROOT, check=True
    )
    for option in ("--out", "--geocoder", "--workers", "--no-progress", "paths"):
        assert option in result.stdout


def test_summary_line(tmp_path, capsys):
    main(["run", str(SEED), "--out", str(tmp_path), "--no-progress"])
    assert "1 articles read, 0 rejected; " in capsys.readouterr().out


def test_the_package_exports_its_public_names():
    import etl

    assert callable(etl.extract) and callable(etl.run) and callable(etl.read_articles)
    assert etl.Article.__name__ == "Article" and etl.Figure.__name__ == "Figure"
    with pytest.raises(AttributeError):
        etl.no_such_name  # noqa: B018
