"""End to end: the command line over real files, as a user runs it."""

import dataclasses
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from etl import config
from etl.budget import Limits
from etl.cli import main
from etl.load import current_outputs, read_events
from etl.pipeline import run

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
    assert "is not a date" in articles.loc["bad-date", "warnings"] and articles.loc["bad-date", "published"] == ""
    assert "encoding detected" in articles.loc["latin1", "warnings"]


def test_nothing_readable_changes_nothing_and_fails(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", str(SEED), "--out", str(out), "--no-progress"]) == 0
    before = {p.name: p.read_bytes() for p in current_outputs(out).iterdir()}
    (tmp_path / "empty.txt").write_text("")
    for given in (tmp_path / "empty.txt", tmp_path / "artciles"):
        assert main(["run", str(given), "--out", str(out), "--no-progress"]) == 1
        assert "Nothing was written" in capsys.readouterr().err
        assert {p.name: p.read_bytes() for p in current_outputs(out).iterdir()} == before
    assert main(["run", str(tmp_path / "artciles"), "--out", str(tmp_path / "new"), "--no-progress"]) == 1
    assert not (tmp_path / "new").exists()


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


FAULTS = {  # marker in the text -> (what the faulty extractor does, what becomes of the article)
    "raise": ("raises IndexError", "extraction failed (IndexError"),
    "duplicate": ("returns a figure twice", None),
    "badmetric": ("returns an unknown metric", "a row breaks the schema: metric"),
    "negative": ("returns -5", "a row breaks the schema: value"),
    "text-value": ("returns the value as text", "value '12' is not a whole number"),
    "outside": ("returns a span past the end", "lies outside the article text"),
    "huge": ("returns 2**70", None),
    "ceiling": ("returns 10**8", None),
    "hang": ("never returns", "took longer than the 2 s limit"),
    "die": ("kills its own process", "worker process died"),
}


def faulty(original):
    def extract(text, title="", publisher=""):
        result = original(text, title, publisher)
        marker = text.rsplit("FAULT-", 1)[-1].split(".")[0] if "FAULT-" in text else ""
        first = result.figures[0]
        change = {
            "badmetric": {"metric": "exploded"},
            "negative": {"value": -5},
            "text-value": {"value": "12"},
            "outside": {"char_end": len(text) + 10},
            "huge": {"value": 2**70},
            "ceiling": {"value": 10**8},
        }.get(marker)
        if marker == "raise":
            raise IndexError("list index out of range")
        if marker == "hang":
            while True:
                pass
        if marker == "die":
            os.kill(os.getpid(), signal.SIGKILL)
        if marker == "duplicate":
            return dataclasses.replace(result, figures=[*result.figures, first])
        if change:
            return dataclasses.replace(result, figures=[dataclasses.replace(first, **change), *result.figures[1:]])
        return result

    return extract


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "two-workers"])
def test_one_articles_fault_stays_with_that_article(tmp_path, monkeypatch, workers):
    import etl.pipeline
    from etl.ingest import Article

    etl.pipeline.article_rows(
        Article("warm-up", "Russia launched 5 drones at Kyiv on July 20.", published="2025-07-21")
    )
    monkeypatch.setattr(etl.pipeline, "extract", faulty(etl.pipeline.extract))  # lexicons loaded: 2 s is ample
    inbox = tmp_path / "in"
    inbox.mkdir()
    faults = [f for f in FAULTS if workers > 1 or f != "die"]  # in-process, a killed worker is the run itself
    names = ["good-a", *faults, "good-b", "long-sentence"]
    for number, name in enumerate(names, start=1):
        tail = f" FAULT-{name}." if name in FAULTS else ""
        (inbox / f"{name}.txt").write_text(
            f"Russia launched {10 + number} drones at Kharkiv overnight, the governor said.{tail}\n"
            + ("and then " * 100 if name == "long-sentence" else "")
        )
    limits = Limits(max_chars=5_000, max_sentence_chars=600, seconds=2)
    summary = run([inbox], tmp_path / "out", workers=workers, progress=False, limits=limits)
    rejected = pd.read_csv(tmp_path / "out" / "rejected.csv").set_index("path")["reason"]
    reasons = {Path(path).stem: reason for path, reason in rejected.items()}
    expected = {name: FAULTS[name][1] for name in faults if FAULTS[name][1]}
    expected["long-sentence"] = "a sentence of 900 characters"
    assert set(reasons) == set(expected)
    for name, reason in expected.items():
        assert reason in reasons[name], (name, reasons[name])
    events = read_events(tmp_path / "out" / "events.csv")
    values = events.groupby("article_id")["value"].apply(lambda v: sorted(int(x) for x in v.dropna()))
    assert values["good-a"] == [11] and values["good-b"] == [len(names) - 1 + 10]
    assert values["duplicate"] == [10 + names.index("duplicate") + 1]  # merged, not doubled
    assert "huge" not in values and "ceiling" not in values  # dropped, not summed...
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False).set_index("article_id")
    assert "implausible strike/launched value 1.18e+21 dropped" in articles.loc["huge", "warnings"]  # ...but said
    assert "implausible strike/launched value 100,000,000 dropped" in articles.loc["ceiling", "warnings"]
    assert summary.articles == len(articles) == len(names) - len(expected)


def test_a_sentence_the_extractor_fails_on_is_a_warning_not_a_rejection(tmp_path, monkeypatch):
    from etl.extract import extractor

    real = extractor.sentence_figures

    def failing(reading, ctx, grammar):
        if "FAULT" in reading.sentence.text:
            raise KeyError("broken")
        return real(reading, ctx, grammar)

    monkeypatch.setattr(extractor, "sentence_figures", failing)
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Russia launched 12 drones at Sumy overnight. FAULT 3 people were hurt.\n")
    run([inbox], tmp_path / "out", workers=1, progress=False)
    events = read_events(tmp_path / "out" / "events.csv")
    articles = pd.read_csv(tmp_path / "out" / "articles.csv", keep_default_na=False).set_index("article_id")
    assert list(events["value"]) == [12]
    assert articles.loc["a", "warnings"].endswith("; sentence at characters 45-70 skipped (KeyError: 'broken')")
