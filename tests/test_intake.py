"""Adding articles: the same reader as the ETL, the same text refused, all-or-nothing saves."""

import errno
import json
import os

import pytest

from app import intake
from etl import config
from etl.errors import InputError
from etl.ingest import Article, Rejection, read_file

BODY = "Overnight, Russia launched 55 drones at Odesa, the air force said.\nTwo people were injured."


def test_content_hash_is_that_of_the_body_the_etl_reads_back(tmp_path):
    article = intake.from_form(BODY + "\r\n", "Odesa raid", "2025-08-01", "Wire", "")
    [path] = intake.save_all([article], tmp_path)
    [read] = list(read_file(path))
    assert read.text == article.text and intake.content_hash(read.text) == intake.content_hash(article.text)
    assert read.title == "Odesa raid" and read.published == "2025-08-01" and read.id == path.stem


UPLOADS = [
    pytest.param(
        "a.txt", f"---\ntitle: From front matter\npublished: 2025-08-02\n---\n{BODY}", 1, id="txt-front-matter"
    ),
    pytest.param(
        "c.jsonl",
        "\n".join(json.dumps({"id": f"c{i}", "title": f"T{i}", "text": f"{BODY} ({i})"}) for i in range(3)),
        3,
        id="jsonl-collection",
    ),
    pytest.param("c.csv", f'id,title,text\nx1,First,"{BODY}"\nx2,Second,"{BODY}!"\n', 2, id="csv-collection"),
    pytest.param(
        "p.html",
        f"<html><head><title>Odesa</title></head><body><article><h1>Odesa</h1><p>{BODY}</p></article></body></html>",
        1,
        id="html",
    ),
]


@pytest.mark.parametrize("name, content, count", UPLOADS)
def test_uploads_are_read_by_the_etl_reader(name, content, count):
    items = intake.from_upload(name, content.encode())
    articles = [item for item in items if isinstance(item, Article)]
    assert len(articles) == count and all("55 drones" in a.text for a in articles)
    assert all(a.path == "" for a in articles)


def test_upload_frontmatter_title_is_kept():
    [article] = intake.from_upload("a.txt", f"---\ntitle: Kept\n---\n{BODY}".encode())
    assert intake.filled(article, "Form title", None, "Form source", "").title == "Kept"
    assert intake.filled(article, "Form title", None, "Form source", "").source == "Form source"


@pytest.mark.parametrize(
    "name, raw, reason",
    [
        pytest.param("big.txt", b"a" * (config.MAX_UPLOAD_BYTES + 1), "over the limit of 1 MB", id="too-big"),
        pytest.param("x.exe", b"MZ", "unsupported file type .exe", id="wrong-type"),
        pytest.param("e.txt", b"   ", "empty file", id="empty"),
        pytest.param("bad.jsonl", b'{"text": "fine"}\n{not json', "malformed JSON line", id="broken-record"),
    ],
)
def test_bad_uploads_come_back_with_their_reason(name, raw, reason):
    rejected = [item for item in intake.from_upload(name, raw) if isinstance(item, Rejection)]
    assert rejected and reason in rejected[0].reason and rejected[0].path == name


def test_upload_names_never_reach_the_disk(tmp_path, monkeypatch):
    monkeypatch.setattr(intake.tempfile, "tempdir", str(tmp_path))
    intake.from_upload("../../etc/evil name.txt", BODY.encode())
    assert not list(tmp_path.rglob("*evil*"))


def test_pasted_text_over_the_limit_is_refused_with_the_stated_limit():
    with pytest.raises(InputError, match=f"over the limit of {intake.limit_words()}"):
        intake.from_form("a" * (config.MAX_UPLOAD_BYTES + 1), "", None, "", "")


def test_the_same_text_is_refused_with_a_pointer_to_the_article():
    known = {intake.content_hash(BODY): "seed-article"}
    fresh, refused = intake.refuse_known(
        [
            intake.from_form(BODY, "Again", None, "", ""),
            intake.from_form(BODY + " More.", "New", None, "", ""),
            intake.from_form(BODY + " More.", "Twice in one go", None, "", ""),
        ],
        known,
    )
    assert [a.title for a in fresh] == ["New"]
    assert refused == [
        "Again: the same text is already in the corpus as article seed-article",
        "Twice in one go: the same text is already in the corpus as article New",
    ]


def articles(count: int) -> list[Article]:
    return [intake.from_form(f"{BODY} Number {i}.", f"Raid {i}", "2025-08-01", "", "") for i in range(count)]


def test_a_full_disk_while_saving_two_leaves_none(tmp_path, monkeypatch):
    real_fsync, calls = os.fsync, []

    def fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(intake.os, "fsync", fsync)
    with pytest.raises(OSError, match="No space left"):
        intake.save_all(articles(2), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rename_takes_back_the_ones_placed(tmp_path, monkeypatch):
    real_place, placed = intake._place, []

    def place(staged, final):
        if placed:
            raise OSError(errno.EIO, "I/O error")
        real_place(staged, final)
        placed.append(final)

    monkeypatch.setattr(intake, "_place", place)
    with pytest.raises(OSError):
        intake.save_all(articles(2), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_saving_never_overwrites_and_names_a_batch_apart(tmp_path):
    first = intake.save_all(articles(1), tmp_path)
    again = intake.save_all(articles(1) + articles(1), tmp_path)
    assert len({p.name for p in first + again}) == 3
    assert first[0].read_text().endswith("Number 0.")


def test_add_rebuilds_and_a_failed_rebuild_takes_the_files_back(tmp_path, monkeypatch):
    folder, out = tmp_path / "articles", tmp_path / "out"
    added = intake.add(articles(2), folder, out)
    assert len(added.paths) == 2 and "2 articles read" in added.summary
    assert (out / config.EVENTS_CSV).exists()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(intake, "run", broken)
    with pytest.raises(RuntimeError):
        intake.add([intake.from_form(BODY + " Later.", "Later", None, "", "")], folder, out)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in added.paths)
