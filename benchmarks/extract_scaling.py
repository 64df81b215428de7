"""How extraction time grows with article length and sentence length (it should grow linearly).

    python benchmarks/extract_scaling.py

Prints seconds and seconds per KB for generated articles of growing size, and for one sentence holding a
growing list. A per-KB figure that stays flat means linear work.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.extract import extract  # noqa: E402

PARAGRAPH = (
    "Russia launched 40 drones at Kharkiv overnight, and air defences shot down 35 of them, the governor said. "
    "Two people were injured in the city, officials said."
)


def timed(text: str) -> float:
    started = time.perf_counter()
    extract(text)
    return time.perf_counter() - started


def main() -> None:
    extract(PARAGRAPH)  # lexicons and gazetteer loaded outside the timings
    print(f"{'input':<36}{'KB':>8}{'seconds':>10}{'s per KB':>10}")
    for paragraphs in (64, 256, 1024, 1600):
        text = "\n".join([PARAGRAPH] * paragraphs)
        seconds = timed(text)
        size = len(text.encode()) / 1024
        print(f"{f'{paragraphs} paragraphs':<36}{size:>8.0f}{seconds:>10.2f}{seconds / size:>10.4f}")
    for items in (50, 200, 400):
        text = "Air defences destroyed " + ", ".join("12 drones over the Kursk region" for _ in range(items)) + "."
        seconds = timed(text)
        size = len(text.encode()) / 1024
        print(f"{f'one sentence of {items} list items':<36}{size:>8.1f}{seconds:>10.2f}{seconds / size:>10.4f}")


if __name__ == "__main__":
    main()
