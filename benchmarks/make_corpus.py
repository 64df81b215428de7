"""Seeded synthetic corpora for benchmarks: articles from sentence templates, and large events tables.

    python benchmarks/make_corpus.py articles 1000 OUT_DIR [--seed 7]
    python benchmarks/make_corpus.py events 1000000 OUT.parquet [--seed 7]

The sentences are written here; figures, places, weapons, sources and dates are recombined at random,
so 10, 1,000 or 100,000 articles are reproducible from the seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from etl.load import COLUMNS  # noqa: E402
from etl.places import default_gazetteer  # noqa: E402

TEMPLATES = [
    "{side} launched {n} drones and {m} missiles at Ukraine overnight, {source} said on {weekday}.",
    "Air defence units shot down {k} of {n} drones over the {region} region, according to {source}.",
    "{source} said {k} drones were jammed by electronic warfare near {city}.",
    "At least {p} people were killed and {q} injured in {city}, the governor said.",
    "About {h} households in the {region} region were left without power after the attack.",
    "{f} flights were delayed at {airport}, while {c} were cancelled.",
    "The ministry said it destroyed {n} Ukrainian drones over the {region} region overnight.",
    "Rescuers put out {f} fires across {city}; {b} residential buildings were damaged.",
    "Talks on a ceasefire are expected to resume within {q} days, officials said.",
]
SOURCES = [
    "the Ukrainian air force",
    "the Russian defence ministry",
    "regional officials",
    "the city administration",
    "the emergency service",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def zipf_choice(rng: random.Random, items: list, a: float = 1.3):
    """Few items dominate, a long tail follows."""
    weights = [1 / (i + 1) ** a for i in range(len(items))]
    return rng.choices(items, weights=weights)[0]


def make_articles(count: int, out: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    gazetteer = default_gazetteer()
    cities = sorted(
        (p for p in gazetteer.places if p.place_type == "city" and p.country == "UA"), key=lambda p: -p.population
    )[:200]
    regions = [
        p.name.removesuffix(" Oblast")
        for p in gazetteer.places
        if p.place_type == "region" and p.name.endswith("Oblast")
    ]
    airports = [p.name for p in gazetteer.places if p.place_type == "facility" and p.country == "RU"][:30]
    out.mkdir(parents=True, exist_ok=True)
    start = dt.date(2023, 1, 1)
    with (out / "corpus.jsonl").open("w") as handle:
        for i in range(count):
            published = start + dt.timedelta(days=rng.randrange(0, 1000))
            lines = []
            for _ in range(rng.randint(4, 12)):
                n = rng.randint(5, 500)
                lines.append(
                    rng.choice(TEMPLATES).format(
                        side=rng.choice(["Russia", "Moscow"]),
                        n=n,
                        m=rng.randint(1, 40),
                        k=rng.randint(1, n),
                        source=rng.choice(SOURCES),
                        weekday=rng.choice(WEEKDAYS),
                        region=zipf_choice(rng, regions),
                        city=zipf_choice(rng, cities).name,
                        p=rng.randint(1, 30),
                        q=rng.randint(1, 80),
                        h=rng.randint(100, 90000),
                        f=rng.randint(2, 60),
                        c=rng.randint(1, 20),
                        b=rng.randint(1, 90),
                        airport=rng.choice(airports),
                    )
                )
            handle.write(
                json.dumps(
                    {
                        "id": f"gen-{i:06d}",
                        "title": f"Generated report {i}",
                        "published": published.isoformat(),
                        "source": "Generated",
                        "url": "",
                        "text": "\n".join(lines),
                    }
                )
                + "\n"
            )


def make_events(count: int, out: Path, seed: int = 7) -> None:
    """An events table shaped like a real one: Zipf places (capitals and countries first), years of dates,
    one article per ~8 rows, one sentence per ~1.5 rows (full-length text, so memory figures are honest)."""
    rng = np.random.default_rng(seed)
    gazetteer = default_gazetteer()
    places = sorted(
        (p for p in gazetteer.places if p.country in ("UA", "RU") and p.place_type != "facility"),
        key=lambda p: (p.place_type != "country", -p.population),
    )[:800]
    weights = 1 / np.arange(1, len(places) + 1) ** 1.1
    index = rng.choice(len(places), size=count, p=weights / weights.sum())
    metrics = [
        ("strike", "launched"),
        ("interception", "intercepted"),
        ("interception", "suppressed"),
        ("casualty", "killed"),
        ("casualty", "injured"),
        ("damage", "damaged"),
        ("disruption", "flights_delayed"),
    ]
    pick = rng.choice(len(metrics), size=count, p=[0.25, 0.3, 0.08, 0.1, 0.12, 0.1, 0.05])
    scale = np.array([60, 45, 15, 3, 6, 8, 20])[pick]  # typical size of each metric's figure
    value = np.maximum(1, rng.lognormal(0, 1, size=count) * scale).astype("int64")
    article = np.arange(count) // 8
    sentence = np.arange(count) * 2 // 3
    published = pd.Timestamp("2022-02-24") + pd.to_timedelta(rng.integers(0, 1400, size=count // 8 + 1), unit="D")
    day = published[article] - pd.to_timedelta(rng.integers(0, 2, size=count), unit="D")
    undated = rng.random(count) < 0.05
    sentences = [
        TEMPLATES[k % len(TEMPLATES)].format(
            side="Russia",
            n=k % 500 + 5,
            m=k % 40 + 1,
            k=k % 97 + 1,
            source=SOURCES[k % len(SOURCES)],
            weekday=WEEKDAYS[k % 7],
            region="Kharkiv",
            city="Odesa",
            p=k % 30 + 1,
            q=k % 80 + 1,
            h=k * 7 % 90000 + 100,
            f=k % 60 + 2,
            c=k % 20 + 1,
            b=k % 90 + 1,
            airport="Sheremetyevo",
        )
        + f" Officials gave the figure in statement {k} on the regional administration's channel."
        for k in range(sentence[-1] + 1)
    ]
    frame = pd.DataFrame(
        {
            "record_id": [f"{i:016x}" for i in range(count)],
            "article_id": [f"article-{a:07d}" for a in article],
            "published": published[article].strftime("%Y-%m-%d"),
            "event_date": np.where(undated, "", day.strftime("%Y-%m-%d")),
            "date_precision": np.where(undated, "unknown", "day"),
            "category": [metrics[i][0] for i in pick],
            "metric": [metrics[i][1] for i in pick],
            "weapon": np.where(pick < 3, rng.choice(["drone", "missile", "cruise_missile"], size=count), ""),
            "weapon_model": "",
            "value": pd.array(value, dtype="Int64"),
            "qualifier": rng.choice(["exact", "at_least", "approx"], size=count, p=[0.8, 0.15, 0.05]),
            "location": [places[i].name for i in index],
            "place": [places[i].name for i in index],
            "place_type": [places[i].place_type for i in index],
            "country": [places[i].country for i in index],
            "lat": [places[i].lat for i in index],
            "lon": [places[i].lon for i in index],
            "attacker": rng.choice(["russia", "ukraine"], size=count, p=[0.8, 0.2]),
            "reported_by": rng.choice(SOURCES, size=count),
            "sentence": [sentences[k] for k in sentence],
            "char_start": (np.arange(count) % 8) * 120,
            "char_end": (np.arange(count) % 8) * 120 + 30,
            "source": rng.choice(["Wire A", "Wire B", "Paper C", "Broadcaster D"], size=count),
            "url": [f"https://news.example.org/{a // 1000}/report-{a:07d}.html" for a in article],
            "title": [f"Overnight attack report number {a:,} from the regions" for a in article],
            "incident_id": "",  # the ETL's incidents stage fills it (benchmarks/run_all.py times it)
        }
    )[COLUMNS]
    out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(out, index=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["articles", "events"])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    (make_articles if args.kind == "articles" else make_events)(args.count, args.out, args.seed)


if __name__ == "__main__":
    main()
