"""A real browser: streamlit run + Debian's Chromium driven by Playwright.

Three servers, each started once for the module: the bundled seed, a generated corpus of 2,000 articles (one
.jsonl collection, built by the ETL in a temporary folder), and a scratch copy of the project whose articles
the tests may change (hostile input, adding an article). Every page is screenshotted to tests/artifacts.
"""

import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from app.frames import Filters, apply_filters
from etl import config
from etl.load import read_events
from etl.pipeline import run

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = config.ROOT / "tests" / "artifacts"
NAVIGATION = [  # (URL path, link text)
    ("", "Overview"),
    ("map", "Map"),
    ("timeline", "Timeline"),
    ("disruptions", "Disruptions"),
    ("claims", "Claims"),
    ("tallies", "Official tallies"),
    ("sources", "Sources"),
    ("data", "Data"),
    ("add_articles", "Add articles"),
]
CORPUS_ARTICLES = 2_000
IDLE = """() => !document.querySelector('[data-testid="stStatusWidget"]')
  && !document.querySelector('[data-testid="stSkeleton"]')
  && !document.querySelector('[data-stale="true"]')"""
TALLY = config.ROOT / "tests" / "fixtures" / "official_tally.csv"

pytestmark = pytest.mark.browser
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("chromium is missing: `make test` installs it (apt-get install chromium)")
    pytest.skip("Debian's chromium is not installed (make browser)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def official(tmp_path_factory):
    """An official tally imported from the test CSV (the real one is not shipped)."""
    from etl.reference import import_file

    path = tmp_path_factory.mktemp("official") / "official.parquet"
    import_file(TALLY, path)
    return path


def serve(root: Path, table: Path | None = None, official: Path | None = None):
    """`streamlit run dashboard.py` in ``root``; yields its URL, stops it afterwards."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key != "AIRWATCH_PROCESSED"}
    if table is not None:
        env["AIRWATCH_PROCESSED"] = str(table)
    if official is not None:
        env["AIRWATCH_OFFICIAL"] = str(official)
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port)]
        + ["--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.address", "127.0.0.1"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError("streamlit did not start")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def server(official):
    yield from serve(config.ROOT, config.PROCESSED, official)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """2,000 generated articles in one .jsonl collection, and the table the ETL builds from them."""
    sys.path.insert(0, str(config.ROOT / "benchmarks"))
    from make_corpus import make_articles

    folder = tmp_path_factory.mktemp("corpus")
    make_articles(CORPUS_ARTICLES, folder / "articles")
    run([folder / "articles"], folder / "out", workers=2, progress=False)
    return folder


@pytest.fixture(scope="module")
def corpus_server(corpus):
    yield from serve(config.ROOT, corpus / "out")


HOSTILE_TITLE = "![pixel](http://127.0.0.1:{port}/title.png) [log in here](http://127.0.0.1:{port}/phish) <b>bold</b>"
HOSTILE_SOURCE = "[Evil wire](http://127.0.0.1:{port}/source) ![s](http://127.0.0.1:{port}/source.png)"
HOSTILE_BODY = (
    "![body](http://127.0.0.1:{port}/body.png) Overnight, Russia launched 17 drones at Lviv, officials said.\n"
    "Read more at [this link](http://127.0.0.1:{port}/body-link) or <img src=http://127.0.0.1:{port}/html.png>."
)


class Canary(http.server.BaseHTTPRequestHandler):
    """Counts every request: a rendered image or a followed link in a hostile text would reach it."""

    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        Canary.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def canary():
    Canary.hits = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Canary)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()


@pytest.fixture(scope="module")
def scratch(tmp_path_factory, canary):
    """A copy of the project whose articles the tests change: the seed plus an article with hostile metadata."""
    root = tmp_path_factory.mktemp("project")
    for name in ("dashboard.py", ".streamlit", "app", "pages", "etl", "data"):
        source = config.ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "cache"))
        else:
            shutil.copy(source, root / name)
    front = {"id": "hostile", "published": "2025-07-20", "title": HOSTILE_TITLE, "source": HOSTILE_SOURCE}
    text = "---\n" + "".join(f"{k}: {json.dumps(v.format(port=canary))}\n" for k, v in front.items()) + "---\n"
    (root / "data" / "articles" / "hostile.txt").write_text(text + HOSTILE_BODY.format(port=canary))
    run([root / "data" / "articles"], root / "data" / "processed", workers=1, progress=False)
    return root


@pytest.fixture(scope="module")
def scratch_server(scratch):
    yield from serve(scratch)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


def settle(page, quiet_checks: int = 4) -> None:
    """Wait until the app has finished running and drawing (no spinner, no stale or skeleton element)."""
    page.wait_for_selector('[data-testid="stAppViewContainer"] h1', timeout=60_000)
    quiet = 0
    deadline = time.time() + 60
    while quiet < quiet_checks and time.time() < deadline:
        page.wait_for_timeout(250)
        quiet = quiet + 1 if page.evaluate(IDLE) else 0


def open_page(browser, url: str, **options):
    page = browser.new_page(viewport={"width": 1400, "height": 2400}, **options)  # tall: screenshots hold whole pages
    page.errors = []
    page.on("pageerror", lambda err: page.errors.append(str(err)))
    page.goto(url)
    settle(page)
    return page


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def assert_clean(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator('[data-testid="stException"]')
    assert not page.errors, page.errors


def body_text(page) -> str:
    """The main area's text as read (user text carries invisible zero-width spaces that keep URLs unlinked)."""
    return page.locator('[data-testid="stMain"]').inner_text().replace("\u200b", "")


def test_a_first_visit_by_a_bad_deep_link_runs_inside_the_frame(corpus_server, browser):
    page = open_page(browser, f"{corpus_server}/map?start=2031-01-01&places=Atlantis&categories=strike")
    assert_clean(page)
    assert page.locator('[data-testid="stSidebar"] h2').filter(has_text="Filters").count() == 1
    text = body_text(page)
    assert "start=2031-01-01 is after today" in text and "the table has no Atlantis" in text
    assert "categories=strike" in page.url and "start" not in page.url
    page.close()


def visit_every_page(browser, url: str, prefix: str, charted: tuple[str, ...]) -> dict[str, str]:
    """Open the app once and go through every page by its navigation link (as a reader does: plotly is loaded
    once); assert each is clean and screenshot it. Returns each page's main text."""
    page = open_page(browser, url)
    texts = {}
    for name, title in NAVIGATION:
        if name:
            page.locator('[data-testid="stSidebarNav"] a').filter(has_text=title).click()
            page.wait_for_url(f"**/{name}*", timeout=30_000)
        settle(page)
        assert_clean(page)
        filters = page.locator('[data-testid="stSidebar"] h2').filter(has_text="Filters").count()
        assert filters == (0 if name == "add_articles" else 1), name
        if name in charted:
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30_000)
        texts[name] = body_text(page)
        shot(page, f"{prefix}-{name or 'overview'}")
    page.close()
    return texts


def test_every_page_on_the_seed(server, browser):
    texts = visit_every_page(browser, server, "seed", charted=("", "map", "timeline"))
    assert "Kyiv 426" in texts["map"]  # the largest place is labelled on the map
    assert "Drones launched per place, by direction" in texts["map"]
    assert "Upcoming Russia-Ukraine Negotiations" in texts["sources"]
    assert "No report of airports restricted gives a number" in texts["disruptions"]


def test_every_page_on_two_thousand_articles(corpus_server, browser):
    texts = visit_every_page(browser, corpus_server, "corpus", charted=("", "map", "timeline", "disruptions"))
    assert "per month" in texts["timeline"]  # three years of reports: a bar per month, chosen automatically
    assert "other (" in texts["disruptions"]  # places past the top ones are folded


def test_a_collection_article_shows_its_own_text(corpus, corpus_server, browser):
    records = [json.loads(line) for line in (corpus / "articles" / "corpus.jsonl").read_text().splitlines()]
    chosen, first = records[123], records[0]
    page = open_page(browser, f"{corpus_server}/sources?article={chosen['id']}")
    assert_clean(page)
    shown = page.locator('[data-testid="stMain"]').inner_text()
    for line in chosen["text"].splitlines()[:3]:
        assert line in shown
    assert first["text"].splitlines()[0] not in shown
    assert page.locator("mark").count() >= 3
    shot(page, "corpus-sources-collection-article")
    page.close()


def test_pick_a_city_see_the_map_and_download_what_is_shown(server, browser, tmp_path):
    page = open_page(browser, f"{server}/map", accept_downloads=True)
    place = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Place")
    place.locator("input").click()
    page.keyboard.type("Kyiv")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url("**places=Kyiv**", timeout=30_000)
    settle(page)
    assert page.locator(".js-plotly-plot").count() >= 2  # the map and the country-wide chart
    shot(page, "seed-map-kyiv")

    page.goto(page.url.replace("/map", "/data"))
    settle(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV", exact=True).click()
    target = tmp_path / "shown.csv"
    download.value.save_as(target)
    shown = pd.read_csv(target, dtype=str, keep_default_na=False)
    expected = apply_filters(read_events(config.PROCESSED / config.EVENTS_CSV), Filters(places=("Kyiv",)))
    assert shown["record_id"].tolist() == expected["record_id"].tolist()
    assert set(shown["place"]) == {"Kyiv"}
    page.close()


def test_pick_a_direction_and_see_only_its_numbers(server, browser):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(server)
    settle(page)
    assert page.get_by_role("heading", name="Russia → Ukraine").count() == 1
    option = page.locator('[data-testid="stSidebar"] [data-testid="stRadioOption"]', has_text="Ukraine → Russia")
    for _ in range(3):  # a click landing while the first run still settles can be dropped; a user clicks again
        option.click()
        try:
            page.wait_for_url("**direction=ukraine**", timeout=10_000)
            break
        except PlaywrightTimeout:
            continue
    assert "direction=ukraine" in page.url
    settle(page)
    page.wait_for_timeout(1000)
    assert page.get_by_role("heading", name="Ukraine → Russia").count() == 1
    assert page.get_by_role("heading", name="Russia → Ukraine").count() == 0
    assert "117" in page.locator('[data-testid="stTable"]').first.inner_text()  # the weapons table
    assert any(
        t.startswith("Interception rate") and "n/a" in t
        for t in page.locator('[data-testid="stMetric"]').all_inner_texts()
    )
    assert "of which Moscow Oblast: 30 of the 117" in page.content()
    page.screenshot(path=str(ARTIFACTS / "overview-ukraine-russia.png"), full_page=True)
    page.close()


def test_a_claim_links_to_its_sentence_in_the_article(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/claims")
    settle(page)
    table = page.locator("table.claims", has=page.locator("a", has_text="117"))
    assert table.locator("th").all_inner_texts()[2:4] == [
        "Ukraine (attacking side) says",
        "Russia (defending side) says",
    ]
    link = page.locator("table.claims a", has_text="117")
    assert "Russian defense ministry" in link.get_attribute("title") or "117 drones" in link.get_attribute("title")
    page.screenshot(path=str(ARTIFACTS / "claims.png"), full_page=True)
    link.click()
    page.wait_for_url("**/sources?**article=seed**", timeout=30_000)
    settle(page)
    page.wait_for_selector('[data-testid="stAlert"]', timeout=30_000)
    assert "downed 117 drones overnight" in page.locator('[data-testid="stAlert"]').inner_text()
    assert page.locator("mark").count() >= 10  # the article, every figure highlighted
    page.screenshot(path=str(ARTIFACTS / "claims-followed-to-sources.png"), full_page=True)
    page.close()


def test_official_tally_page_lists_the_disagreement(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/tallies")
    settle(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    tiles = page.locator('[data-testid="stMetric"]').all_inner_texts()
    assert any(t.startswith("Beyond tolerance") and t.endswith("1") for t in tiles)
    grid = page.locator('[data-testid="stDataFrame"]').first
    assert grid.is_visible()
    page.screenshot(path=str(ARTIFACTS / "tallies.png"), full_page=True)


def test_a_link_to_a_record_scrolls_to_its_words_and_outlines_them(server, browser):
    record = read_events(config.PROCESSED / config.EVENTS_CSV).sort_values("char_start")["record_id"].iloc[-1]
    page = open_page(browser, f"{server}/sources?article=seed&record={record}")
    assert_clean(page)
    mark = page.locator("#evidence-focus")
    assert mark.count() == 1 and "outline" in (mark.get_attribute("style") or "")
    page.wait_for_function(
        "() => { const r = document.getElementById('evidence-focus').getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        timeout=10_000,
    )
    shot(page, "seed-sources-record-link")
    page.close()


HOSTILE_LINKS = [  # (page, link, notice); every other kind of bad parameter is covered by test_dashboard.py
    ("", "?start=garbage&end=2999-12-31&places=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "is not a date"),
    ("sources", "?article=..%2F..%2Fetc%2Fpasswd", "which the table does not hold"),
    ("sources", "?article=hostile&record=%5Bx%5D(http%3A%2F%2Fevil)", "is not one of this article's"),
]


def test_hostile_links_and_markdown_payloads_render_as_text(scratch_server, canary, browser):
    for path, link, notice in HOSTILE_LINKS:
        page = open_page(browser, f"{scratch_server}/{path}{link}")
        assert_clean(page)
        assert notice in body_text(page)
        page.close()
    page = open_page(browser, f"{scratch_server}/sources?article=hostile")
    assert_clean(page)
    text = body_text(page)
    assert "![pixel](http://127.0.0.1:" in text and "<b>bold</b>" in text  # the title, as typed
    assert "[Evil wire](http://127.0.0.1:" in text and "![body](http://127.0.0.1:" in text
    shot(page, "scratch-sources-hostile")
    page.close()
    page = open_page(browser, f"{scratch_server}/add_articles")
    page.locator("textarea").fill(HOSTILE_BODY.format(port=canary) + " Pasted again, with one more sentence.")
    page.locator('input[type="file"]').set_input_files(
        [
            {"name": f"![u](http://127.0.0.1:{canary}/upload.png).jsonl", "mimeType": "text/plain", "buffer": b"{"},
            {"name": "[n](http://evil).txt", "mimeType": "text/plain", "buffer": b" "},
        ]
    )
    page.wait_for_timeout(1000)
    page.get_by_role("button", name="Preview the rows").click()
    settle(page)
    assert_clean(page)
    text = body_text(page)
    assert f"![u](http://127.0.0.1:{canary}/upload.png).jsonl: malformed JSON line" in text
    assert "[n](http://evil).txt: empty file" in text
    assert "![body](http://127.0.0.1:" in text
    shot(page, "scratch-add-hostile-preview")
    for selector in ("img", "a", "image", "iframe"):
        for element in page.locator(selector).all():
            target = (element.get_attribute("src") or "") + (element.get_attribute("href") or "")
            assert str(canary) not in target and "evil" not in target, (selector, target)
    page.close()
    assert Canary.hits == []


def drones_launched(page) -> int:
    """Russia → Ukraine drones launched, from the overview's first weapons table ("—" is none)."""
    row = page.locator('[data-testid="stTable"]').first.locator("tr").filter(has_text="Launched").first
    cell = row.locator("td").first.inner_text()
    return int(re.sub(r"\D", "", cell) or 0)


def test_add_an_article_then_the_overview_shows_it_without_clearing_filters(scratch_server, browser):
    page = open_page(browser, f"{scratch_server}/?countries=UA&start=2025-07-21&end=2025-07-21")
    before = drones_launched(page)
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Add articles").click()
    settle(page)
    page.get_by_label("Headline").fill("Odesa overnight")
    page.get_by_label("Article text").fill("Overnight, Russia launched 55 drones at Odesa, the air force said.")
    page.get_by_role("spinbutton", name="year, Published").click()
    page.keyboard.type("20250801")
    page.keyboard.press("Tab")
    page.get_by_role("button", name="Preview the rows").click()
    settle(page)
    assert "2025-08-01 · 1 row would be added" in body_text(page)
    page.get_by_role("button", name="Save and rebuild the table").click()
    page.wait_for_selector('[data-testid="stAlertContentSuccess"]', timeout=60_000)
    shot(page, "scratch-add-saved")
    page.locator('[data-testid="stSidebarNav"] a').filter(has_text="Overview").click()
    settle(page)
    assert_clean(page)
    assert drones_launched(page) == before + 55
    assert "countries=UA" in page.url and "end=2025-08-01" in page.url
    country = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Country")
    assert "UA" in country.inner_text()  # the widget still shows the filter it applies
    shot(page, "scratch-overview-after-add")
    page.close()
