"""Run every benchmark and print one table: figure, value, unit, plus machine info.

    python benchmarks/run_all.py [--quick]

Scripts, not tests: CI does not run them. Peak RSS is read from each child process.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def child(code: str) -> tuple[float, float, str]:
    """Run python code in a fresh process: (wall seconds, peak RSS MB, its stdout)."""
    started = time.perf_counter()
    result = subprocess.run([PY, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return wall, peak, result.stdout


def etl_throughput(n: int, workers: int, rows: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([PY, "benchmarks/make_corpus.py", "articles", str(n), tmp], cwd=ROOT, check=True)
        size_mb = (Path(tmp) / "corpus.jsonl").stat().st_size / 1e6
        code = (
            f"from etl.pipeline import run; s = run([{tmp!r} + '/corpus.jsonl'], {tmp!r} + '/out', "
            f"workers={workers}, progress=False); print(dict(s.seconds)); print(s.figures)"
        )
        wall, peak, out = child(code)
        stages = eval(out.splitlines()[0])  # noqa: S307 - our own child's repr of a dict of floats
        rows.append((f"ETL {n:,} articles, {workers} worker(s)", f"{n / wall:,.0f}", "articles/s"))
        rows.append((f"ETL {n:,} articles, {workers} worker(s)", f"{size_mb / wall:.2f}", "MB/s"))
        rows.append((f"ETL {n:,} articles, {workers} worker(s) peak RSS", f"{peak:,.0f}", "MB"))
        for stage, seconds in stages.items():
            rows.append((f"  stage {stage} ({n:,} articles)", f"{seconds:.2f}", "s (CPU time in workers summed)"))


def dashboard_data_path(n: int, rows: list) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "events.parquet"
        subprocess.run([PY, "benchmarks/make_corpus.py", "events", str(n), str(table)], cwd=ROOT, check=True)
        code = f"""
import time
from etl.load import read_events
from pathlib import Path
from app import frames
t = time.perf_counter()
events = read_events(Path({str(table)!r}))
load = time.perf_counter() - t
chosen = frames.Filters(countries=("UA",), categories=("strike", "interception", "casualty"), start="2023-01-01",
                        end="2024-12-31")
t = time.perf_counter()
shown = frames.apply_filters(events, chosen)
frames.headline_numbers(shown)
frames.daily(shown, ["launched", "intercepted", "suppressed"], by="weapon")
frames.interception_rate_by_day(shown)
frames.daily(shown, ["killed", "injured"])
aggregate = time.perf_counter() - t
print(load, aggregate, len(shown))
"""
        _, peak, out = child(code)
        load, aggregate, shown = out.split()
        rows.append((f"dashboard load table, {n:,} rows", f"{float(load) * 1000:,.0f}", "ms"))
        rows.append(
            (f"dashboard filter + overview/timeline frames, {n:,} rows", f"{float(aggregate) * 1000:,.0f}", "ms")
        )
        rows.append((f"dashboard data path peak RSS, {n:,} rows", f"{peak:,.0f}", "MB"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    sizes = [200] if args.quick else [1_000, 10_000]
    for n in sizes:
        etl_throughput(n, 1, rows)
    etl_throughput(sizes[-1], os.cpu_count() or 1, rows)
    for n in [10_000] if args.quick else [100_000, 1_000_000]:
        dashboard_data_path(n, rows)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    width = max(len(r[0]) for r in rows)
    for figure, value, unit in rows:
        print(f"{figure:<{width}}  {value:>10}  {unit}")


if __name__ == "__main__":
    main()
