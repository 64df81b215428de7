"""How long the map takes to redraw after a filter change, in a real browser.

    python benchmarks/map_redraw.py [--table DIR] [--changes 10]

Starts `streamlit run dashboard.py` (on the bundled table, or AIRWATCH_PROCESSED=DIR), opens the Map page in
Debian's headless chromium (Playwright), then flips the sidebar's Category filter between one category and
none, again and again. Each time it measures, in the page's own clock, from the keystroke that changes the
filter to the moment the map's plot holds the new figure (the page stamps each view on it as plotly's
``uirevision``) and a frame was painted. Also prints the size of the map figure the server sends per redraw.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SIGNATURE = """() => {
  const gd = document.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd._fullData) return null;
  const title = (gd._fullLayout.title && gd._fullLayout.title.text) || '';
  const traces = gd._fullData.map(t => (t.name || '') + ':' + ((t.x && t.x.length) || 0));
  return title + '|' + gd._fullLayout.uirevision + '|' + traces.join(',');
}"""
IDLE = """() => !document.querySelector('[data-testid="stStatusWidget"]')
  && !document.querySelector('[data-stale="true"]')"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, table: Path | None) -> subprocess.Popen:
    env = dict(os.environ, **({"AIRWATCH_PROCESSED": str(table)} if table else {}))
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port)]
    command += ["--server.headless", "true", "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"]
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("streamlit did not start")


def settle(page) -> None:
    quiet = 0
    while quiet < 4:
        page.wait_for_timeout(250)
        quiet = quiet + 1 if page.evaluate(IDLE) else 0


def first_category(page) -> str:
    """The label of the first option of the Category filter."""
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Category")
    box.locator("input").click()
    options = [text for text in page.locator('[role="option"]').all_inner_texts() if text != "Select all"]
    page.keyboard.press("Escape")
    return options[0]


def change_filter(page, category: str, chosen: bool) -> float:
    """Pick (or clear) the category; milliseconds until the map holds the new figure and a frame is painted."""
    before = page.evaluate(SIGNATURE)
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Category")
    box.locator("input").click()
    page.evaluate("() => { window.__changed = performance.now(); }")
    if chosen:
        page.keyboard.press("Backspace")
    else:
        page.keyboard.type(category)
        page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    handle = page.wait_for_function(
        """([signature, before]) => {
             const now = eval(signature)();
             if (!now || now === before) return false;
             return new Promise(done => requestAnimationFrame(() => done(performance.now() - window.__changed)));
           }""",
        arg=[SIGNATURE, before],
        timeout=60_000,
        polling="raf",
    )
    elapsed = float(handle.json_value())
    settle(page)
    return elapsed


def figure_bytes(table: Path | None) -> int:
    """Bytes of the map figure for the whole table, as the server serialises it."""
    if table:
        os.environ["AIRWATCH_PROCESSED"] = str(table)
    from app import charts, frames, frames_map, geometry
    from etl import config
    from etl.load import read_events

    folder = table or config.PROCESSED
    path = folder / config.EVENTS_PARQUET if (folder / config.EVENTS_PARQUET).exists() else folder / config.EVENTS_CSV
    events = frames.prepare(read_events(path, text_as_category=True))
    regions = json.loads((config.BOUNDARIES / "regions.geojson").read_text())
    countries = json.loads((config.BOUNDARIES / "countries.geojson").read_text())
    basemap = geometry.basemap(regions, countries)
    key = frames_map.measures(events, located=True)[0]
    points = frames_map.place_points(events, key)
    return len(charts.place_map(points, basemap, key, key).to_json().encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="folder of an events table (default: data/processed)")
    parser.add_argument("--changes", type=int, default=10, help="filter changes to time (default 10)")
    parser.add_argument("--page", default="map", help="page to time instead (its first chart), for comparison")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    port = free_port()
    server = start_server(port, args.table)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"http://127.0.0.1:{port}/{args.page}")
            page.wait_for_selector(".js-plotly-plot", timeout=60_000)
            settle(page)
            category = first_category(page)
            settle(page)
            times = [change_filter(page, category, chosen=index % 2 == 1) for index in range(args.changes)]
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)
    table = args.table or "data/processed (bundled seed)"
    print(f"table: {table}; page: {args.page or 'overview'}; filter flipped: Category = {category} / all")
    print(f"map figure sent per redraw: {figure_bytes(args.table) / 1024:,.0f} KB (bundled outlines: 3,400 KB)")
    ordered = sorted(times)
    print(
        f"redraw after a filter change, {len(times)} changes: median {statistics.median(times):,.0f} ms, "
        f"best {ordered[0]:,.0f} ms, worst {ordered[-1]:,.0f} ms (target: under 1,000 ms)"
    )


if __name__ == "__main__":
    main()
