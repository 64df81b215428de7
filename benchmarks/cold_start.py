"""Cold start of the dashboard to its first rendered chart, in headless Chromium; and the app's peak memory.

    python benchmarks/cold_start.py [--table DIR]

Starts `streamlit run dashboard.py` on DIR's events table (default: the bundled data/processed), opens it
in Debian's chromium through Playwright, and times server launch -> first plotly chart drawn. Then it
visits the map and timeline pages and reads the server's peak resident memory (VmHWM).
Prints `figure<TAB>value<TAB>unit` lines.
"""

from __future__ import annotations

import argparse
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
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHART = '[data-testid="stPlotlyChart"] .main-svg'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of a running process (Linux VmHWM)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(table: Path | None) -> list[tuple[str, str, str]]:
    from playwright.sync_api import sync_playwright

    env = dict(os.environ, **({"AIRWATCH_PROCESSED": str(table)} if table else {}))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port)]
    command += ["--server.headless", "true", "--browser.gatherUsageStats", "false", "--server.address", "127.0.0.1"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        started = time.perf_counter()
        server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while True:
                try:
                    urllib.request.urlopen(f"{url}/_stcore/health", timeout=1)
                    break
                except OSError:
                    if time.perf_counter() - started > 120:
                        raise RuntimeError("streamlit did not start") from None
                    time.sleep(0.05)
            healthy = time.perf_counter()
            page.goto(url)
            page.wait_for_selector(CHART, timeout=180_000)
            drawn = time.perf_counter()
            page.goto(f"{url}/map")
            page.wait_for_selector(CHART, timeout=180_000)
            page.goto(f"{url}/timeline")
            page.wait_for_selector(CHART, timeout=180_000)
            peak = peak_rss_mb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=30)
            browser.close()
    label = f"({table.name if table else 'bundled data'})"
    return [
        (f"app cold start to first chart {label}", f"{drawn - started:.2f}", "s"),
        (f"  of which server start to health {label}", f"{healthy - started:.2f}", "s"),
        (f"  of which page open to first chart {label}", f"{drawn - healthy:.2f}", "s"),
        (f"app peak RSS after overview, map, timeline {label}", f"{peak:,.0f}", "MB"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, help="folder holding events.parquet or events.csv")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the median of each figure is printed")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit("chromium is not installed: make browser")
    if args.table and not any((args.table / name).exists() for name in ("events.parquet", "events.csv")):
        sys.exit(f"no events.parquet or events.csv in {args.table}")
    runs = [measure(args.table) for _ in range(args.repeat)]
    for k, (figure, _, unit) in enumerate(runs[0]):
        values = [float(run[k][1].replace(",", "")) for run in runs]
        shown = f"{statistics.median(values):,.2f}" if unit == "s" else f"{statistics.median(values):,.0f}"
        print(f"{figure}\t{shown}\t{unit} (median of {len(runs)})")


if __name__ == "__main__":
    main()
