"""Extraction alone (no start-up, no I/O): articles per second on one core; run it under a profiler to find hot spots.

python benchmarks/extract_only.py [N]
python -m pyinstrument benchmarks/extract_only.py 1000     # `make profile`
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.make_corpus import make_articles  # noqa: E402
from etl.extract import extract  # noqa: E402
from etl.ingest import read_articles  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        make_articles(count, Path(tmp))
        articles, _ = read_articles([Path(tmp) / "corpus.jsonl"])
    extract(articles[0].text, articles[0].title)  # lexicon and gazetteer loaded outside the timing
    started = time.perf_counter()
    for article in articles:
        extract(article.text, article.title)
    seconds = time.perf_counter() - started
    megabytes = sum(len(a.text.encode()) for a in articles) / 1e6
    print(f"extraction alone, {count:,} articles\t{count / seconds:,.0f}\tarticles/s")
    print(f"extraction alone, {count:,} articles\t{megabytes / seconds:.2f}\tMB/s")


if __name__ == "__main__":
    main()
