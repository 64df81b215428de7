import json

import pytest

from etl import config
from etl.ingest import parse_published, read_articles, read_file


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_is_metadata_and_body_follows(tmp_path):
    path = write(
        tmp_path,
        "a.txt",
        "---\ntitle: Night raid\npublished: 2025-07-21\nsource: Wire\nurl: http://x\n---\nBody line one.\n",
    )
    (article,) = read_file(path)
    assert (article.id, article.title, article.published, article.source, article.url) == (
        "a",
        "Night raid",
        "2025-07-21",
        "Wire",
        "http://x",
    )
    assert article.text == "Body line one.\n"


def test_text_without_front_matter_takes_first_line_as_headline(tmp_path):
    path = write(tmp_path, "raw.txt", "Drones Hit The Port City\n\nOvernight, drones hit the port.\n")
    (article,) = read_file(path)
    assert article.title == "Drones Hit The Port City"
    assert article.published == ""


def test_front_matter_id_overrides_the_file_stem(tmp_path):
    (article,) = read_file(write(tmp_path, "x.md", "---\nid: custom\n---\nText.\n"))
    assert article.id == "custom"


def test_html_page_gives_text_title_and_site(tmp_path):
    html = """<html><head><title>Drones downed over the region</title>
    <meta property="og:site_name" content="Example News"><meta name="date" content="2024-05-02"></head>
    <body><nav>Home | World</nav><article><h1>Drones downed over the region</h1>
    <p>Air defence units shot down 12 drones over the region overnight, the governor said on Thursday.</p>
    <p>Nobody was hurt, officials added, and the power supply was restored by the morning crews.</p>
    </article><footer>Cookie settings</footer></body></html>"""
    (article,) = read_file(write(tmp_path, "page.html", html))
    assert "shot down 12 drones" in article.text
    assert article.title == "Drones downed over the region"
    assert article.source == "Example News"
    assert article.published == "2024-05-02"


def test_jsonl_collection_rejects_only_the_broken_line(tmp_path):
    good = {"id": "n1", "title": "T", "published": "2024-01-02", "source": "S", "url": "u", "text": "Two drones fell."}
    path = write(tmp_path, "c.jsonl", json.dumps(good) + "\n{not json\n" + json.dumps({**good, "id": "n2"}) + "\n")
    articles, rejected = read_articles([path])
    assert [a.id for a in articles] == ["n1", "n2"]
    assert len(rejected) == 1 and rejected[0].path.endswith(":2") and "malformed JSON" in rejected[0].reason


def test_csv_collection(tmp_path):
    path = write(tmp_path, "c.csv", "id,title,published,source,url,text\nk1,T,2024-03-01,S,u,Five missiles.\n")
    articles, rejected = read_articles([path])
    assert [(a.id, a.published, a.text) for a in articles] == [("k1", "2024-03-01", "Five missiles.")]
    assert rejected == []


BAD_INPUTS = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blob.txt", b"\x89PNG\x00\x00\x01binary", "binary file", id="binary"),
    pytest.param("latin.txt", "Kiev - caf\u00e9 bar".encode("latin-1"), "not UTF-8", id="not-utf8"),
    pytest.param("broken.html", b"<html><body><div><p></div></html>", "no article text", id="broken-html"),
    pytest.param(
        "date.txt", b"---\npublished: the day after tomorrow-ish\n---\nText.\n", "is not a date", id="bad-date"
    ),
    pytest.param("open.txt", b"---\ntitle: never closed\nText.\n", "never closed", id="unclosed-front-matter"),
    pytest.param("table.xlsx", b"PK...", "unsupported file type", id="unsupported"),
]


@pytest.mark.parametrize("name, content, reason", BAD_INPUTS)
def test_bad_input_is_rejected_with_its_reason(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    articles, rejected = read_articles([path])
    assert articles == []
    assert len(rejected) == 1 and reason in rejected[0].reason


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    articles, rejected = read_articles([path])
    assert articles == [] and "file too large (52.4 MB" in rejected[0].reason
    assert config.MAX_FILE_BYTES < 50 * 1024 * 1024


def test_duplicate_ids_and_missing_paths_are_rejected(tmp_path):
    write(tmp_path, "a.txt", "---\nid: same\n---\nOne.\n")
    write(tmp_path, "b.txt", "---\nid: same\n---\nTwo.\n")
    articles, rejected = read_articles([tmp_path, tmp_path / "nope"])
    assert [a.id for a in articles] == ["same"]
    assert sorted(r.reason for r in rejected) == ["duplicate article id 'same'", "no such file or folder"]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-07-21", "2025-07-21"),
        ("21 July 2025", "2025-07-21"),
        ("", ""),
        (None, ""),
        ("2024-02-03T10:00:00Z", "2024-02-03"),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected
