"""Command line: ``python -m etl run PATHS --out DIR``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from . import config, reference
from .errors import AirwatchError, NothingReadError
from .pipeline import run


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m etl",
        description="Turn news articles about aerial attacks into the events table of SCHEMA.md.",
    )
    commands = main.add_subparsers(dest="command", required=True)
    command = commands.add_parser(
        "run",
        help="read articles and write the events table",
        description="Read every article under PATHS (files or folders, recursively: .txt/.md with optional front "
        "matter, .html, .jsonl/.csv collections) and write events.csv, events.parquet, articles.csv, "
        "articles.parquet and rejected.csv to --out as one new output set (--out/current points at it). "
        "Exit status: 0 written, 1 no article to write (nothing changed), 2 error (nothing changed).",
    )
    command.add_argument("paths", nargs="+", type=Path, help="article files or folders")
    command.add_argument("--out", type=Path, default=config.PROCESSED, help="output folder (default: %(default)s)")
    command.add_argument(
        "--geocoder",
        choices=["offline", "nominatim"],
        default="offline",
        help="offline gazetteer (default, no network) or OpenStreetMap Nominatim "
        "(opt-in, rate-limited, cached under data/cache, falls back to offline)",
    )
    command.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="processes for extraction (default: all cores, %(default)s); output is identical",
    )
    command.add_argument("--no-progress", action="store_true", help="no progress bar")
    tally = commands.add_parser(
        "reference",
        help="import the Ukrainian air force's official daily tallies",
        description="Import a CSV in the public 'Massive Missile Attacks on Ukraine' format (Kaggle, piterfm) for "
        "the dashboard's Official tallies page.",
    )
    tally.add_argument("path", type=Path, help="missile_attacks_daily.csv or a file in its format")
    tally.add_argument("--out", type=Path, default=config.OFFICIAL, help="where to store it (default: %(default)s)")
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    if args.command == "reference":
        try:
            print(reference.import_file(args.path, args.out).line())
        except AirwatchError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        return 0
    try:
        summary = run(
            args.paths,
            args.out,
            geocoder=args.geocoder,
            workers=args.workers,
            progress=not args.no_progress and sys.stderr.isatty(),
        )
    except NothingReadError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except AirwatchError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(summary.line())
    if summary.rejected:
        print(f"rejected inputs and their reasons: {args.out / config.REJECTED_CSV}", file=sys.stderr)
    return 0
