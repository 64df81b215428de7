"""The whole ETL: paths in, the events table and its companions out."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from . import dates, geocode, incidents, load
from .extract import extract
from .ingest import Article, read_articles


@dataclass
class Summary:
    articles: int = 0
    rejected: int = 0
    figures: int = 0
    ungeocoded: int = 0
    bytes_read: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def line(self) -> str:
        return (
            f"{self.articles} articles read, {self.rejected} rejected; {self.figures} figures extracted; "
            f"{self.ungeocoded} places left ungeocoded"
        )


def article_rows(article: Article) -> tuple[list[dict], dict[str, float]]:
    """Extracted, dated rows of one article (no geocoding yet) and the time each stage took."""
    started = time.perf_counter()
    extraction = extract(article.text, article.title)
    extracted = time.perf_counter()
    reference = dates.reference_date(article.published, extraction.dateline)
    rows = []
    for figure in extraction.figures:
        event_date, precision = dates.resolve(figure.date_cue, reference)
        rows.append(
            {
                "article_id": article.id,
                "published": article.published,
                "event_date": event_date,
                "date_precision": precision,
                "category": figure.category,
                "metric": figure.metric,
                "weapon": figure.weapon,
                "weapon_model": figure.weapon_model,
                "value": figure.value,
                "qualifier": figure.qualifier,
                "location": figure.location,
                "place": figure.place,
                "attacker": figure.attacker,
                "reported_by": figure.reported_by,
                "sentence": figure.sentence,
                "char_start": figure.char_start,
                "char_end": figure.char_end,
                "source": article.source,
                "url": article.url,
                "title": article.title,
            }
        )
    return rows, {"extract": extracted - started, "dates": time.perf_counter() - extracted}


def _rows_in_order(articles: list[Article], workers: int, progress: bool) -> Iterator[tuple[list[dict], dict]]:
    bar = tqdm(total=len(articles), unit="article", disable=not progress or len(articles) < 50, leave=False)
    if workers <= 1 or len(articles) < 2 * workers:
        for article in articles:
            yield article_rows(article)
            bar.update()
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            for result in pool.map(article_rows, articles, chunksize=max(1, min(64, len(articles) // (workers * 8)))):
                yield result
                bar.update()
    bar.close()


def run(
    paths: Iterable[Path | str], out: Path, geocoder: str = "offline", workers: int | None = None, progress: bool = True
) -> Summary:
    """Read, extract, date, geocode and write; return what happened."""
    summary = Summary()
    started = time.perf_counter()
    articles, rejected = read_articles(paths)
    summary.seconds["ingest"] = time.perf_counter() - started
    summary.articles, summary.rejected = len(articles), len(rejected)
    summary.bytes_read = sum(len(a.text.encode()) for a in articles)
    lookup = geocode.make_geocoder(geocoder)
    rows: list[dict] = []
    counts: dict[str, int] = {}
    results = _rows_in_order(articles, workers or os.cpu_count() or 1, progress)
    for article, (article_rows_, seconds) in zip(articles, results, strict=True):
        for stage, spent in seconds.items():
            summary.seconds[stage] += spent
        counts[article.id] = sum(1 for r in article_rows_ if r["value"] is not None)
        rows.extend(article_rows_)
    started = time.perf_counter()
    located = geocode.geocode_rows(rows, lookup)
    summary.seconds["geocode"] = time.perf_counter() - started
    started = time.perf_counter()
    events, incident_table = incidents.build(load.events_frame(located))
    article_table = [
        {
            "article_id": a.id,
            "title": a.title,
            "published": a.published,
            "source": a.source,
            "url": a.url,
            "path": a.path,
            "figures": counts.get(a.id, 0),
        }
        for a in articles
    ]
    load.write_outputs(
        events, article_table, [{"path": r.path, "reason": r.reason} for r in rejected], Path(out), incident_table
    )
    summary.seconds["load"] = time.perf_counter() - started
    summary.figures = len(events)
    summary.ungeocoded = int(((events["location"] != "") & (events["lat"].isna())).sum()) if len(events) else 0
    return summary
