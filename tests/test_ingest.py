import json
import os
import time
from pathlib import Path

import pytest

from etl import config
from etl.errors import InputError
from etl.ingest import Rejection, decode_bytes, parse_published, read_articles, read_file, split_front_matter


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


PAGE_DATES = [  # (where the page shows a day, the day read as published)
    pytest.param('<meta name="date" content="2025-03-14">', "", "2025-03-14", id="meta-tag"),
    pytest.param("", "<p class='date'>Tuesday, 24 February 2026, 06:12</p>", "2026-02-24", id="day-in-text"),
    pytest.param("", "<footer><p>© 2014–2026 Example News</p></footer>", "", id="copyright-years-no-day"),
    pytest.param("", "<img src='/i/2026/11/port.jpg' alt=''><p>November 2026</p>", "", id="month-alone-no-day"),
]


@pytest.mark.parametrize(("head", "shown", "published"), PAGE_DATES)
def test_an_html_pages_day_is_read_from_its_markup_or_a_full_date_in_its_text(tmp_path, head, shown, published):
    page = f"""<html><head><title>Port hit</title>{head}</head><body><article><h1>Port hit</h1>{shown}
    <p>Two sea drones struck the grain terminal overnight, the regional governor said in a statement.</p>
    <p>One crane was damaged and a fire broke out, which rescuers put out by the early morning hours.</p>
    </article></body></html>"""
    (article,) = read_file(write(tmp_path, "page.html", page))
    assert article.published == published


@pytest.mark.parametrize("opening", ["<!DOCTYPE html>\n<html>", "<html lang='en'>", "  <!doctype html><html>"])
def test_html_page_saved_as_text_is_read_as_html(tmp_path, opening):
    page = f"""---
title: Depot hit
---
{opening}<head><title>Depot hit | News</title></head><body><nav>Home</nav><article>
<p>Three drones struck a fuel depot overnight, the regional governor said on Friday morning.</p>
<p>Firefighters put out the blaze by dawn, and no one was hurt, the emergency service added.</p>
</article><footer>Cookies</footer></body></html>"""
    (article,) = read_file(write(tmp_path, "page.txt", page))
    assert article.title == "Depot hit"
    assert "Three drones struck a fuel depot" in article.text
    assert "<p>" not in article.text and "Cookies" not in article.text


def test_text_that_only_mentions_html_stays_text(tmp_path):
    (article,) = read_file(write(tmp_path, "note.txt", "Drones hit the port.\n\n<html> tags are not a page here.\n"))
    assert article.text.startswith("Drones hit the port.")


def test_html_page_past_its_time_limit_is_rejected_with_why(tmp_path, monkeypatch):
    import trafilatura

    def slow(*args, **kwargs):
        time.sleep(2)

    monkeypatch.setattr(trafilatura, "bare_extraction", slow)
    monkeypatch.setattr(config, "HTML_SECONDS", 0.2)
    (rejection,) = read_file(write(tmp_path, "page.html", "<html><body><p>Text.</p></body></html>"))
    assert isinstance(rejection, Rejection)
    assert "took longer than" in rejection.reason


def test_front_matter_before_an_html_page_names_what_it_gives(tmp_path):
    page = """---
title: "Port hit: two injured"
published: 06.10.2025, 16:05
source: Regional Prosecutor's Office
---
<html><head><title>News | Office</title><meta name="date" content="2024-05-02"></head>
<body><article><h1>Port hit</h1><p>Two people were injured when a drone struck the port area in the evening.</p>
<p>Investigators opened proceedings into the attack, the office added in its statement to the press.</p>
</article></body></html>"""
    (article,) = read_file(write(tmp_path, "page.html", page))
    assert (article.title, article.published, article.source) == (
        "Port hit: two injured",
        "2025-10-06",
        "Regional Prosecutor's Office",
    )
    assert "Two people were injured" in article.text and "source:" not in article.text


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


REJECTED = [
    pytest.param("empty.txt", b"", "empty file", id="empty"),
    pytest.param("blank.txt", b"  \n\t\n", "empty file", id="only-whitespace"),
    pytest.param("bom-only.txt", b"\xef\xbb\xbf", "empty file", id="only-a-bom"),
    pytest.param("blob.txt", b"\x89PNG\x00\x00\x01binary", "binary file", id="binary"),
    pytest.param("broken.html", b"<html><body><div><p></div></html>", "no article text", id="html-without-text"),
    pytest.param("fm-only.md", b"---\ntitle: Only a title\n---\n", "no article text", id="front-matter-only"),
    pytest.param("table.xlsx", b"PK...", "unsupported file type .xlsx", id="unsupported"),
    pytest.param("bad-utf16.txt", b"\xff\xfe\x00\xd8", "not valid utf-16-le", id="utf16-bom-broken-body"),
]


@pytest.mark.parametrize("name, content, reason", REJECTED)
def test_an_input_without_readable_text_is_rejected_with_its_reason(tmp_path, name, content, reason):
    path = write(tmp_path, name, content)
    articles, rejected = read_articles([path])
    assert articles == []
    assert len(rejected) == 1 and reason in rejected[0].reason


# Metadata never costs an article: each case is read, the field empty where it was bad, the reason a warning.
LENIENT = [
    pytest.param(
        "---\ntitle: Ukraine war: a million without power\npublished: 2024-11-17\n---\nBody.\n",
        {"title": "Ukraine war: a million without power", "published": "2024-11-17"},
        "not valid YAML",
        id="colon-in-title",
    ),
    pytest.param(
        "---\ntitle:\tTabbed title\n\tpublished: 2024-11-17\n---\nBody.\n",
        {"title": "Tabbed title", "published": "2024-11-17"},
        "not valid YAML",
        id="tabs",
    ),
    pytest.param(
        '---\ntitle: "Half quoted\npublished: 2024-11-17\n---\nBody.\n',
        {"published": "2024-11-17"},
        "not valid YAML",
        id="stray-quote",
    ),
    pytest.param(
        "---\ntitle: 'Quoted: fine'\npublished: 2024-11-17\n---\nBody.\n",
        {"title": "Quoted: fine", "published": "2024-11-17"},
        None,
        id="quoted-colon-is-yaml",
    ),
    pytest.param(
        "---\ntitle: T\npublished: someday soon-ish\n---\nBody.\n",
        {"title": "T", "published": ""},
        "is not a date",
        id="bad-published",
    ),
    pytest.param("---\ntitle: T\n---\nBody.\n", {"published": ""}, "no published date", id="no-published"),
    pytest.param(
        "---\ntitle: T\nauthor: Someone\npublished: 2024-01-02\n---\nBody.\n",
        {"title": "T"},
        "unknown key ignored: author",
        id="unknown-key",
    ),
    pytest.param("---\ntitle:\npublished: 2024-01-02\n---\nOne line.", {"title": ""}, "no title", id="empty-title"),
    pytest.param(
        "---\ntitle: [a, list]\npublished: 2024-01-02\n---\nOne line.",
        {"title": ""},
        "title is not text",
        id="title-not-text",
    ),
    pytest.param(
        "---\ntitle: Never closed\npublished: 2024-01-02\nThe body starts here.\n",
        {"title": "Never closed", "published": "2024-01-02", "text": "The body starts here.\n"},
        "never closed",
        id="unclosed-front-matter",
    ),
    pytest.param(
        "---\ntitle: &t Aliased\nsource: *t\npublished: 2024-01-02\n---\nBody.\n",
        {"title": "&t Aliased", "source": "*t"},
        "aliases are not allowed",
        id="alias",
    ),
    pytest.param(
        "---\nid: 2024-01-02\npublished: 2024-01-02\n---\nBody.\n",
        {"id": "2024-01-02", "published": "2024-01-02"},
        None,
        id="scalars-stay-text",
    ),
    pytest.param(
        "---\ntitle: T\npublished: 2024-01-02\n---\nBad \x1b[31m control.\n",
        {"text": "Bad  [31m control.\n"},
        "control characters",
        id="control-character",
    ),
]


@pytest.mark.parametrize("text, expected, warning", LENIENT)
def test_metadata_problems_are_warnings_not_rejections(tmp_path, text, expected, warning):
    (article,) = read_file(write(tmp_path, "a.md", text))
    for field, value in expected.items():
        assert getattr(article, field) == value
    if warning is None:
        assert not [w for w in article.warnings if "YAML" in w or "key" in w]
    else:
        assert any(warning in w for w in article.warnings), article.warnings


def test_alias_bomb_is_refused_without_building_it():
    layers = ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    layers += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    block = "\n".join(layers)
    assert len(block) < 400
    meta, body, notes = split_front_matter(f"---\n{block}\ntitle: Bomb\n---\nBody.\n")
    assert meta["title"] == "Bomb" and body == "Body.\n"
    assert "aliases are not allowed" in notes[0]
    assert max(len(str(v)) for v in meta.values()) < 400


@pytest.mark.parametrize(
    "block",
    [pytest.param("x: " + "[" * 20_000 + "]" * 20_000, id="flow"), pytest.param("x: " + "{a: " * 20_000, id="map")],
)
def test_deep_yaml_nesting_is_refused(block):
    meta, body, notes = split_front_matter(f"---\ntitle: Deep\n{block}\n---\nBody.\n")
    assert meta["title"] == "Deep" and body == "Body.\n" and notes


IMPOSSIBLE_DATES = [
    pytest.param("2024-02-30", id="feb-30"),
    pytest.param("2023-02-29", id="not-a-leap-year"),
    pytest.param("2024-13-01", id="month-13"),
    pytest.param("2024-00-10", id="month-0"),
    pytest.param("2024-05-02T10:00:00+25:00", id="offset-25h"),
    pytest.param("2024-05-02T24:30:00", id="hour-24"),
    pytest.param("2024-05-02 25:10 CET", id="hour-25-with-a-zone-name"),
    pytest.param("0001-01-01", id="year-1"),
    pytest.param("9999-12-31", id="year-9999"),
    pytest.param("30 February 2024", id="words-feb-30"),
    pytest.param("1" * 500, id="500-digits"),
    pytest.param("someday", id="not-a-date"),
]


@pytest.mark.parametrize("value", IMPOSSIBLE_DATES)
def test_impossible_dates_are_refused_never_rolled_over(value):
    with pytest.raises(InputError):
        parse_published(value)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-07-21", "2025-07-21"),
        ("2025-7-1", "2025-07-01"),
        ("21 July 2025", "2025-07-21"),
        ("", ""),
        (None, ""),
        ("null", ""),
        ("2024-02-03T10:00:00Z", "2024-02-03"),
        ("2024-02-03 23:30:00-05:00", "2024-02-03"),
        ("2024-02-29", "2024-02-29"),
        ("02.06.2024", "2024-06-02"),
        ("2.6.2024 10:15", "2024-06-02"),
        ("2025-01-14 09:20 CET", "2025-01-14"),
        ("2025-01-14 09:20 GMT+3", "2025-01-14"),
        ("Friday 15 May 2026 10:41, UK", "2026-05-15"),
        ("Friday 15 May 2026 10:41 UK time", "2026-05-15"),
        ("Updated 6:14 AM EST, February 17, 2026", "2026-02-17"),
        ("Published: 3 May 2026", "2026-05-03"),
        ("Last updated on 2026-02-01 08:00", "2026-02-01"),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


LATIN = "Les drones ont frappé la centrale électrique près de Kharkiv; à Odesa, trois blessés. Café."
ENCODINGS = [
    pytest.param(LATIN.encode("utf-8"), LATIN, "utf-8", id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + LATIN.encode("utf-8"), LATIN, "bom", id="utf-8-bom"),
    pytest.param(LATIN.encode("utf-16"), LATIN, "bom", id="utf-16-bom"),
    pytest.param(b"\xfe\xff" + LATIN.encode("utf-16-be"), LATIN, "bom", id="utf-16-be-bom"),
    pytest.param(LATIN.encode("utf-32"), LATIN, "bom", id="utf-32-bom"),
    pytest.param(LATIN.encode("utf-16-le"), LATIN, "zero bytes", id="utf-16-le-no-bom"),
    pytest.param(LATIN.encode("utf-16-be"), LATIN, "zero bytes", id="utf-16-be-no-bom"),
    pytest.param(LATIN.encode("latin-1"), LATIN, "detected", id="latin-1"),
    pytest.param(
        f'<html><head><meta charset="iso-8859-1"></head><body>{LATIN}</body></html>'.encode("latin-1"),
        LATIN,
        "declared",
        id="html-meta-charset",
    ),
    pytest.param(
        f'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>{"Киев"}</p>'.encode("cp1251"),
        "Киев",
        "declared",
        id="http-equiv-charset",
    ),
    pytest.param(
        f'<?xml version="1.0" encoding="ISO-8859-1"?><p>{LATIN}</p>'.encode("latin-1"), LATIN, "declared", id="xml"
    ),
]


@pytest.mark.parametrize("raw, contains, how", ENCODINGS)
def test_bytes_are_decoded_by_what_they_are(raw, contains, how):
    decoded = decode_bytes(raw)
    assert contains in decoded.text and decoded.how == how


def test_a_mislabelled_page_is_still_read_with_a_note():
    decoded = decode_bytes(f'<meta charset="utf-8"><p>{LATIN}</p>'.encode("latin-1"))
    assert LATIN in decoded.text and "does not fit" in decoded.note


def test_jsonl_splits_on_newline_only(tmp_path):
    text = "First line\u2028still the same record\u2029and this.\x85 Even this."
    record = {"id": "ls", "title": "T", "published": "2024-01-02", "text": text}
    path = write(tmp_path, "c.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    articles, rejected = read_articles([path])
    assert [a.text for a in articles] == [text] and rejected == []


def test_csv_field_larger_than_the_csv_default(tmp_path):
    body = "Drones were shot down. " * 8_000  # 184 KB, over csv's 128 KB default
    path = write(tmp_path, "c.csv", f'id,text\nbig,"{body}"\nsmall,Two drones.\n')
    articles, rejected = read_articles([path])
    assert [len(a.text) for a in articles] == [len(body), len("Two drones.")] and rejected == []


def test_lone_surrogate_in_json_is_replaced_keeping_offsets(tmp_path):
    path = write(tmp_path, "c.jsonl", '{"id": "s", "title": "T\\ud800", "text": "Bad \\udc00 char, 5 drones."}\n')
    (article,) = read_articles([path])[0]
    assert article.text == "Bad \ufffd char, 5 drones." and article.title == "T\ufffd"
    assert any("surrogate" in w for w in article.warnings)


def test_deep_json_is_one_rejected_line(tmp_path):
    deep = "[" * 100_000 + "]" * 100_000
    path = write(tmp_path, "c.jsonl", f'{deep}\n{{"id": "ok", "text": "Two drones."}}\n')
    articles, rejected = read_articles([path])
    assert [a.id for a in articles] == ["ok"]
    assert rejected[0].path.endswith(":1") and "nested" in rejected[0].reason


def test_oversized_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    articles, rejected = read_articles([path])
    assert articles == [] and "file too large (52.4 MB" in rejected[0].reason
    assert config.MAX_FILE_BYTES < 50 * 1024 * 1024


def test_same_id_same_text_is_a_duplicate_other_text_is_renamed(tmp_path):
    write(tmp_path, "a.txt", "---\nid: same\n---\nOne.\n")
    write(tmp_path, "b.txt", "---\nid: same\n---\nTwo.\n")
    write(tmp_path, "c.txt", "---\nid: same\n---\nOne.\n")
    articles, rejected = read_articles([tmp_path, tmp_path / "nope"])
    assert [(a.id, a.text) for a in articles] == [("same", "One.\n"), ("same-2", "Two.\n")]
    assert "renamed 'same-2'" in articles[1].warnings[-1]
    assert sorted(r.reason for r in rejected) == [
        "duplicate of article 'same' (same id and text)",
        "no such file or folder",
    ]


def test_every_file_passed_over_is_listed_with_why(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    write(folder, "good.txt", "Two drones were shot down.")
    write(folder, "notes.pdf", b"%PDF-1.4")
    write(folder, "Makefile", "all:")
    write(folder, ".hidden.txt", "Hidden by its name.")
    write(folder, "README.md", "About this folder.")
    (folder / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub" / "up").symlink_to(folder)
    (folder / "linked.txt").symlink_to(folder / "good.txt")
    os.mkfifo(folder / "pipe.txt")
    articles, rejected = read_articles([folder])
    reasons = {Path(r.path).name: r.reason for r in rejected}
    assert reasons == {
        "Makefile": "unsupported file type (no extension)",
        "notes.pdf": "unsupported file type .pdf",
        "dangling.txt": f"dangling symbolic link (its target {tmp_path / 'gone.txt'} does not exist)",
        "loop.txt": "symbolic link loop (the link leads back to itself)",
        "up": "symbolic link to a folder already read (a loop or a second path)",
        "pipe.txt": "not a regular file (a pipe, socket or device)",
        "linked.txt": f"a second path to a file already read ({folder / 'good.txt'})",
    }
    assert [a.id for a in articles] == ["good"]


STORY = "https://news.example/story/481516"  # an address that carries no day


@pytest.mark.parametrize(
    "published, url, body, expected",
    [
        pytest.param("09/05/2026 - 07:12", "https://news.example/eu/20260509-live", "", "2026-05-09", id="url-day"),
        pytest.param("09/05/2026", "https://news.example/2026/09/05/drones", "", "2026-09-05", id="url-month-first"),
        pytest.param("09/05/2026", STORY, "", "2026-09-05", id="no-day-anywhere-month-first"),
        pytest.param("09/25/2026", "https://news.example/2026/09/25/drones", "", "2026-09-25", id="only-one-reading"),
        pytest.param("09/05/2026", STORY, "Drones hit Lviv on 8 May.", "2026-05-09", id="body-day-before-day-first"),
        pytest.param("09/05/2026", STORY, "Drones hit Lviv on May 9th.", "2026-05-09", id="body-same-day-day-first"),
        pytest.param("09/05/2026", STORY, "Drones hit Lviv on Sept. 4.", "2026-09-05", id="body-before-month-first"),
        pytest.param("09/05/2026", STORY, "Stamp: 08.05.2026 21:40. Drones hit Lviv.", "2026-05-09", id="dotted-stamp"),
        pytest.param("09/05/2026", STORY, "Drones hit Lviv at 9:30 May time.", "2026-09-05", id="a-clock-is-no-day"),
        pytest.param("09/05/2026", STORY, "The talks of 20 April failed.", "2026-09-05", id="a-day-long-before"),
        pytest.param("09/05/2026", STORY, "On 8 May and on Sept. 4 drones hit Lviv.", "2026-09-05", id="both-fit"),
        pytest.param("02/01/2026", STORY, "The attack of 31 December killed two.", "2026-01-02", id="across-new-year"),
    ],
)
def test_an_ambiguous_numeric_published_day_is_read_as_the_page_tells_it(tmp_path, published, url, body, expected):
    text = f"---\ntitle: Drones\npublished: {published}\nsource: Example\nurl: {url}\n---\nTwo drones fell. {body}\n"
    (article,) = read_file(write(tmp_path, "a.txt", text))
    assert article.published == expected


@pytest.mark.parametrize(
    "written, day",
    [
        pytest.param("09:51 05.08.2026", "2026-08-05", id="a-clock-before-a-dotted-day"),
        pytest.param("09:51 23.08.2026 (updated: 11:26 24.08.2026)", "2026-08-23", id="an-update-in-parentheses"),
        pytest.param("2026-05-03 (Sunday)", "2026-05-03", id="a-weekday-in-parentheses"),
    ],
)
def test_page_stamps_as_published(written, day):
    assert parse_published(written) == day


LEAD_PAGE = """<html><head><title>Strike on the port</title></head><body>
<header><nav><a href="/">Home</a> <a href="/war/">War</a></nav></header>
<main><article class="c-article">
<h1>Strike on the port</h1>
<div class="c-article__meta"><time>5 December 2026</time> <span>By A. Writer</span></div>
{lead}
<div class="c-article__body">
<h2>What is known</h2>
<p>At about one in the morning, a drone hit a grain terminal in the port, the regional governor wrote.</p>
<p>Firefighters put out the blaze by dawn; the terminal's owner said the damage was still being counted.</p>
<p>Prosecutors opened proceedings into the attack, which came a week after the last strike on the port.</p>
</div></article>
<aside><div class="teaser-lead">Read also: another story about a different city and its power supply</div></aside>
<footer>Cookie settings and the site's terms of use</footer>
</main></body></html>"""


@pytest.mark.parametrize(
    "lead, kept",
    [
        pytest.param(
            '<div class="c-article__lead"><p>Two people were killed in the attack, officials said.</p></div>',
            True,
            id="a-lead-block-by-class-part",
        ),
        pytest.param(
            '<p class="standfirst">Two people were killed in the attack, officials said</p>',
            True,
            id="a-standfirst-paragraph",
        ),
        pytest.param(
            '<h2 class="article-subtitle">Two people were killed in the attack, officials said</h2>',
            True,
            id="a-subtitle-heading",
        ),
        pytest.param('<div class="lead">Updated 5 December</div>', False, id="too-short-to-be-a-lead"),
    ],
)
def test_an_html_pages_lead_set_apart_from_its_body_is_read_before_it(tmp_path, lead, kept):
    (article,) = read_file(write(tmp_path, "page.html", LEAD_PAGE.format(lead=lead)))
    assert ("Two people were killed in the attack" in article.text) is kept
    assert article.text.count("a drone hit a grain terminal") == 1
    assert "Read also" not in article.text


def test_a_lead_the_html_extractor_already_kept_is_not_read_twice():
    from etl.ingest.formats import lead_blocks

    page = LEAD_PAGE.format(lead='<div class="lead">Two people were killed in the attack, officials said.</div>')
    extracted = "Two people were killed in the attack, officials said.\nAt about one in the morning, ..."
    assert lead_blocks(page, extracted) == []


def test_a_class_that_only_begins_with_a_lead_word_is_no_lead():
    from etl.ingest.formats import lead_blocks

    page = LEAD_PAGE.format(
        lead='<div class="leading-image"><p>Two people were killed, officials said today.</p></div>'
    )
    assert lead_blocks(page, "At about one in the morning, ...") == []
