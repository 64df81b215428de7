"""Who reported a figure: an official body or not, the Ukrainian air force or not, and which side speaks.

Wording is data: ``data/reference/sources.csv`` lists the words of official sources (and which of them are the
air force, whose counts the official tally publishes), ``data/lexicon/sides.csv`` the words that name a side
("Russian", "Kyiv's") and ``data/reference/speakers.csv`` named speakers that carry no such word
("Sobyanin", "Ukrenergo", "TASS").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import config

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
COUNTRY_SIDE = {"UA": "ukraine", "RU": "russia"}
OPPOSITE = {"russia": "ukraine", "ukraine": "russia"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _phrases(terms: list[str]) -> re.Pattern | None:
    if not terms:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{alternation})(?![a-z])")


@dataclass(frozen=True)
class Speakers:
    official: re.Pattern | None
    air_force: re.Pattern | None
    side_words: dict[str, str]
    named: dict[str, str]
    named_pattern: re.Pattern | None

    def is_official(self, reported_by: str) -> bool:
        """'Ukrainian air force', 'Governor Oleh Syniehubov', 'city officials': an official body or office."""
        return bool(self.official and self.official.search(reported_by.lower()))

    def is_air_force(self, reported_by: str) -> bool:
        """The Ukrainian air force (or its spokesman): the source the official tally is compiled from."""
        text = reported_by.lower()
        return bool(self.air_force and self.air_force.search(text)) and "russia" not in self.named_sides(text)

    def named_sides(self, reported_by: str) -> set[str]:
        """The sides the words of a source name: {'russia'} for 'Russia's defence ministry'."""
        text = reported_by.lower().replace("’", "'")
        sides = {self.side_words[w] for w in WORD.findall(text) if w in self.side_words}
        if self.named_pattern:
            sides |= {self.named[name] for name in self.named_pattern.findall(text)}
        return sides

    def side(self, reported_by: str, country: str) -> str:
        """The side a source speaks for: the one side its words name, else, for an official with no side word
        ('Defense Ministry', 'Governor Oleh Kiper'), the side of the country the figure is about (officials report
        on their own country). '' when it cannot be told (unattributed, foreign media, both sides named)."""
        sides = self.named_sides(reported_by)
        if sides:
            return sides.pop() if len(sides) == 1 else ""
        return COUNTRY_SIDE.get(country, "") if self.is_official(reported_by) else ""


@lru_cache(maxsize=4)
def load_speakers(reference: Path = config.REFERENCE, lexicon: Path = config.LEXICON) -> Speakers:
    sources = _rows(reference / "sources.csv")
    named = {r["name"]: r["side"] for r in _rows(reference / "speakers.csv")}
    return Speakers(
        official=_phrases([r["pattern"] for r in sources if r["official"] == "1"]),
        air_force=_phrases([r["pattern"] for r in sources if r["air_force"] == "1"]),
        side_words={r["term"].replace("’", "'"): r["side"] for r in _rows(lexicon / "sides.csv")},
        named=named,
        named_pattern=_phrases(list(named)),
    )
