"""A real browser: streamlit run + Debian's Chromium driven by Playwright."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from app.frames import Filters, apply_filters
from etl import config
from etl.load import read_events

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = config.ROOT / "tests" / "artifacts"
PAGES = ["", "map", "timeline", "disruptions", "claims", "tallies", "sources", "data", "add_articles"]
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


@pytest.fixture(scope="module")
def server(official):
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            "--server.address",
            "127.0.0.1",
        ],
        cwd=config.ROOT,
        env={**os.environ, "AIRWATCH_OFFICIAL": str(official)},
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


def wait_for_app(page) -> None:
    page.wait_for_selector('[data-testid="stAppViewContainer"] h1', timeout=30_000)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000)
    page.wait_for_timeout(800)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_in_chromium(server, browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(f"{server}/{path}")
    wait_for_app(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.locator("h1").count() >= 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"page-{path or 'overview'}.png"), full_page=True)
    page.close()
    assert not errors


def test_pick_a_city_see_the_map_and_download_what_is_shown(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(f"{server}/map")
    wait_for_app(page)
    place = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Place")
    place.locator("input").click()
    page.keyboard.type("Kyiv")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_url("**places=Kyiv**", timeout=30_000)
    wait_for_app(page)
    page.wait_for_timeout(1500)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    assert page.locator(".js-plotly-plot").count() >= 2  # the map and the country-wide chart
    assert page.locator("canvas").count() >= 1  # MapLibre drew the offline basemap
    page.screenshot(path=str(ARTIFACTS / "map-kyiv.png"), full_page=True)

    page.goto(page.url.replace("/map", "/data"))
    wait_for_app(page)
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
    wait_for_app(page)
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
    wait_for_app(page)
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
    wait_for_app(page)
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
    wait_for_app(page)
    page.wait_for_selector('[data-testid="stAlert"]', timeout=30_000)
    assert "downed 117 drones overnight" in page.locator('[data-testid="stAlert"]').inner_text()
    assert page.locator("mark").count() >= 10  # the article, every figure highlighted
    page.screenshot(path=str(ARTIFACTS / "claims-followed-to-sources.png"), full_page=True)
    page.close()


def test_official_tally_page_lists_the_disagreement(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server}/tallies")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    tiles = page.locator('[data-testid="stMetric"]').all_inner_texts()
    assert any(t.startswith("Beyond tolerance") and t.endswith("1") for t in tiles)
    grid = page.locator('[data-testid="stDataFrame"]').first
    assert grid.is_visible()
    page.screenshot(path=str(ARTIFACTS / "tallies.png"), full_page=True)
    page.close()
