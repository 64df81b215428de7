"""The whole ETL: paths in, the events table and its companions out, one article's fault kept to it."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from tqdm import tqdm

from . import config, dates, geocode, incidents, load
from .budget import Limits, can_time_out, size_problem, time_limit
from .errors import BudgetError, NothingReadError, SchemaError
from .extract import extract
from .ingest import Article, Rejection, read_articles
from .workers import map_in_workers


@dataclass
class Summary:
    articles: int = 0
    rejected: int = 0
    figures: int = 0
    ungeocoded: int = 0
    warned: int = 0
    bytes_read: int = 0
    output: Path | None = None  # the generation folder written
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def line(self) -> str:
        return (
            f"{self.articles} articles read, {self.rejected} rejected; {self.figures} figures extracted; "
            f"{self.ungeocoded} places left ungeocoded; {self.warned} articles with warnings"
        )


@dataclass(frozen=True)
class Outcome:
    """What became of one article: its rows and warnings, or the reason it was rejected."""

    rows: list[dict]
    warnings: tuple[str, ...] = ()
    reason: str = ""
    seconds: dict[str, float] = field(default_factory=dict)


def article_rows(article: Article) -> tuple[list[dict], dict[str, float], tuple[str, ...]]:
    """Extracted, dated rows of one article (no geocoding yet), the time each stage took, and the sentences the
    extractor had to skip (warnings)."""
    started = time.perf_counter()
    extraction = extract(article.text, article.title, article.source)
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
    return rows, {"extract": extracted - started, "dates": time.perf_counter() - extracted}, extraction.faults


def _plausible(row: dict) -> bool:
    value = row.get("value")
    return not isinstance(value, int | float) or isinstance(value, bool) or abs(value) <= config.MAX_PLAUSIBLE_VALUE


def _magnitude(value: int | float) -> str:
    return f"{value:.3g}" if isinstance(value, float) or abs(value) >= 10**15 else f"{value:,}"


def checked_rows(rows: list[dict], text: str) -> tuple[list[dict], list[str]]:
    """Rows fit for the table, and warnings for figures dropped as implausible; SchemaError for a row that
    cannot be a row of the table at all (wrong types, an evidence span outside the text)."""
    kept, warnings = [], []
    for row in rows:
        if not _plausible(row):
            value = row["value"]
            warnings.append(
                f"implausible {row.get('category')}/{row.get('metric')} value {_magnitude(value)} dropped "
                f"(above {config.MAX_PLAUSIBLE_VALUE:,}; characters {row.get('char_start')}-{row.get('char_end')})"
            )
            continue
        load.check_row(row)
        if not 0 <= row["char_start"] <= row["char_end"] <= len(text):
            raise SchemaError(f"evidence span {row['char_start']}-{row['char_end']} lies outside the article text")
        kept.append(row)
    return kept, warnings


def process_article(article: Article, limits: Limits) -> Outcome:
    """One article's rows within its budget; whatever goes wrong becomes the reason it is rejected."""
    problem = size_problem(article.text, limits)
    if problem:
        return Outcome([], reason=problem)
    try:
        with time_limit(limits.seconds, "extraction"):
            rows, seconds, faults = article_rows(article)
            rows, warnings = checked_rows(rows, article.text)
    except BudgetError as err:
        return Outcome([], reason=str(err))
    except SchemaError as err:
        return Outcome([], reason=f"a row breaks the schema: {err}")
    except Exception as err:  # an extractor bug on this input must not stop the batch
        return Outcome([], reason=f"extraction failed ({err.__class__.__name__}: {str(err)[:200]})")
    return Outcome(rows, (*faults, *warnings), "", seconds)


def _crashed(article: Article, reason: str) -> Outcome:
    return Outcome([], reason=reason)


def _outcomes(articles: list[Article], workers: int, progress: bool, limits: Limits) -> Iterator[Outcome]:
    bar = tqdm(total=len(articles), unit="article", disable=not progress or len(articles) < 50, leave=False)
    work = partial(process_article, limits=limits)
    # In this process when one worker is asked for (or the batch is small) and SIGALRM can keep time here;
    # else in worker processes, which also keep a crash to its article.
    if (workers <= 1 or len(articles) < 2 * workers) and can_time_out():
        for article in articles:
            yield work(article)
            bar.update()
    else:
        chunksize = max(1, min(64, len(articles) // (workers * 8)))
        for outcome in map_in_workers(work, articles, max(workers, 1), _crashed, chunksize):
            yield outcome
            bar.update()
    bar.close()


def _nothing_read(paths: Iterable[Path | str], out: Path, rejected: list[Rejection], extracted: bool) -> str:
    where = ", ".join(str(p) for p in paths) or "(no paths)"
    reasons = "; ".join(f"{r.path}: {r.reason}" for r in rejected[:5]) + (" …" if len(rejected) > 5 else "")
    what = "no article could be extracted" if extracted else "no article read"
    return f"{what} from {where}{f' ({reasons})' if reasons else ''}. Nothing was written; {out} is unchanged."


def _extracted(
    articles: list[Article], workers: int, progress: bool, limits: Limits, summary: Summary
) -> tuple[list[tuple[Article, Outcome]], list[Rejection]]:
    """Each article with its outcome, or its rejection; stage times added to ``summary``."""
    kept, rejected = [], []
    for article, outcome in zip(articles, _outcomes(articles, workers, progress, limits), strict=True):
        for stage, spent in outcome.seconds.items():
            summary.seconds[stage] += spent
        if outcome.reason:
            rejected.append(Rejection(article.path, outcome.reason))
        else:
            kept.append((article, outcome))
    return kept, rejected


def _article_records(kept: list[tuple[Article, Outcome]], events) -> Iterator[dict]:
    figures = events.loc[events["value"].notna(), "article_id"].value_counts().to_dict()
    for article, outcome in kept:
        yield {
            "article_id": article.id,
            "title": article.title,
            "published": article.published,
            "source": article.source,
            "url": article.url,
            "path": article.path,
            "figures": figures.get(article.id, 0),
            "warnings": "; ".join((*article.warnings, *outcome.warnings)),
            "content_hash": article.content_hash,
            "text": article.text,
        }


def run(
    paths: Iterable[Path | str],
    out: Path,
    geocoder: str = "offline",
    workers: int | None = None,
    progress: bool = True,
    limits: Limits | None = None,
    lock_wait: float | None = None,
) -> Summary:
    """Read, extract, date, geocode and write a new output set; return what happened.

    NothingReadError when no article is left to write (the previous set stays); LockError when another run
    keeps writing ``out``; OutputError when the set cannot be written (the previous set stays whole).
    """
    paths, out, limits = list(paths), Path(out), limits or Limits.from_config()
    summary = Summary()
    started = time.perf_counter()
    articles, rejected = read_articles(paths)
    summary.seconds["ingest"] = time.perf_counter() - started
    if not articles:
        raise NothingReadError(_nothing_read(paths, out, rejected, extracted=False))
    lookup = geocode.make_geocoder(geocoder)
    with load.output_lock(out, lock_wait):
        kept, failed = _extracted(articles, workers or os.cpu_count() or 1, progress, limits, summary)
        rejected += failed
        started = time.perf_counter()
        located = geocode.geocode_rows((row for _, outcome in kept for row in outcome.rows), lookup)
        summary.seconds["geocode"] = time.perf_counter() - started
        started = time.perf_counter()
        events, broken = load.events_table(located)
        events, incident_table = incidents.build(events)
        rejected += [Rejection(article.path, broken[article.id]) for article, _ in kept if article.id in broken]
        kept = [(article, outcome) for article, outcome in kept if article.id not in broken]
        if not kept:
            raise NothingReadError(_nothing_read(paths, out, rejected, extracted=True))
        article_table = load.articles_frame(_article_records(kept, events))
        rejected_table = load.rejected_frame({"path": r.path, "reason": r.reason} for r in rejected)
        summary.output = load.write_outputs(
            out, {"events": events, "articles": article_table, "rejected": rejected_table, "incidents": incident_table}
        )
    summary.seconds["load"] = time.perf_counter() - started
    summary.articles, summary.rejected, summary.figures = len(kept), len(rejected), len(events)
    summary.warned = int((article_table["warnings"] != "").sum())
    summary.bytes_read = sum(len(article.text.encode()) for article, _ in kept)
    summary.ungeocoded = int(((events["location"] != "") & (events["lat"].isna())).sum()) if len(events) else 0
    return summary
