"""Run every benchmark and print one table: figure, value, unit, plus machine info.

    python benchmarks/run_all.py [--quick]

Scripts, not tests: CI does not run them. Peak RSS is read from each child process.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


PEAK = (
    "\nimport resource as _r\n"
    "print('PEAK', max(_r.getrusage(_r.RUSAGE_SELF).ru_maxrss, _r.getrusage(_r.RUSAGE_CHILDREN).ru_maxrss) / 1024)"
)


def child(code: str) -> tuple[float, float, str]:
    """Run python code in a fresh process: (wall seconds, its peak RSS in MB incl. its workers, its stdout)."""
    started = time.perf_counter()
    result = subprocess.run([PY, "-c", code + PEAK], cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    lines = result.stdout.splitlines()
    peak = float(lines[-1].split()[1])
    return wall, peak, "\n".join(lines[:-1])


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


def dashboard_data_path(n: int, rows: list, quick: bool) -> None:
    """The dashboard's own path: read as it reads (categories), filter and build every page's frames."""
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "events.parquet"
        subprocess.run([PY, "benchmarks/make_corpus.py", "events", str(n), str(table)], cwd=ROOT, check=True)
        code = f"""
import time
from etl.load import read_events
from etl.incidents import best_first, build
from pathlib import Path
from app import frames
t = time.perf_counter()
located, incidents = build(read_events(Path({str(table)!r})))  # the ETL's incidents stage
build_seconds = time.perf_counter() - t
located.to_parquet({str(table)!r}, index=False)
incidents.to_parquet({str(table.parent / "incidents.parquet")!r}, index=False)  # beside it, as the ETL writes
del located
t = time.perf_counter()
events = frames.prepare(read_events(Path({str(table)!r}), text_as_category=True))
indexed = incidents.set_index("incident_id")  # as app/data.py holds it
rank = best_first(events)
load = time.perf_counter() - t
chosen = frames.Filters(countries=("UA",), categories=("strike", "interception", "casualty"), start="2023-01-01",
                        end="2024-12-31")
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    shown = frames.incident_figures(frames.apply_filters(events, chosen), indexed, parts=True, rank=rank)
    figures = frames.top_level(shown)
    frames.totals(figures)
    frames.rate_summary(figures)
    frames.parts_within(shown)
    frames.daily(figures, ["launched", "intercepted", "suppressed"], by="weapon")
    frames.interception_rate_by_day(figures)
    frames.daily(figures, ["killed", "injured"])
    frames.by_place(shown.loc[shown["lat"].notna().to_numpy(), ["place", "category", "lat", "lon", "value"]])
    frames.latest(figures, 25)
    best = min(best, time.perf_counter() - t)
print(load, best, len(shown), build_seconds)
"""
        _, peak, out = child(code)
        load, aggregate, shown, build_seconds = out.split()
        rows.append((f"incidents stage (etl/incidents/ build), {n:,} rows", f"{float(build_seconds):,.1f}", "s"))
        rows.append((f"dashboard load table and rank its rows, {n:,} rows", f"{float(load) * 1000:,.0f}", "ms"))
        rows.append(
            (
                f"dashboard filter + incident figures + every page's frames, {n:,} rows ({int(shown):,} figures)",
                f"{float(aggregate) * 1000:,.0f}",
                "ms (best of 3)",
            )
        )
        rows.append((f"dashboard data path peak RSS, {n:,} rows", f"{peak:,.0f}", "MB"))
        if not quick and n >= 1_000_000:
            cold_start(rows, Path(tmp))


def cold_start(rows: list, table: Path | None = None) -> None:
    command = [PY, "benchmarks/cold_start.py"] + (["--table", str(table), "--repeat", "1"] if table else [])
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        rows.append(("app cold start", "failed", result.stderr.strip().splitlines()[-1] if result.stderr else ""))
        return
    rows.extend(tuple(line.split("\t")) for line in result.stdout.splitlines())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    sizes = [200] if args.quick else [1_000, 10_000]
    extraction = subprocess.run(
        [PY, "benchmarks/extract_only.py", str(sizes[0])], cwd=ROOT, capture_output=True, text=True, check=True
    )
    rows.extend(tuple(line.split("\t")) for line in extraction.stdout.splitlines())
    for n in sizes:
        etl_throughput(n, 1, rows)
    etl_throughput(sizes[-1], os.cpu_count() or 1, rows)
    for n in [10_000] if args.quick else [100_000, 1_000_000]:
        dashboard_data_path(n, rows, args.quick)
    cold_start(rows)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    width = max(len(r[0]) for r in rows)
    for figure, value, unit in rows:
        print(f"{figure:<{width}}  {value:>10}  {unit}")


if __name__ == "__main__":
    main()
