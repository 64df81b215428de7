"""The extraction lexicons under data/lexicon, loaded into lookup tables.

Wording lives in those CSV files, not in code: adding a weapon, a verb of
interception or a source cue is an edit to data. The trigger, exclusion and
date-cue patterns are written in lower case and run on lower-cased text
(``lower_text``), which is several times faster than case-insensitive regexes.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import config


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / name).open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def lower_text(text: str) -> str:
    """Lower case with the same length, so match offsets stay valid ('İ' lowers to two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Lexicon:
    weapons: list[tuple[re.Pattern, str, str]]
    heads: list[tuple[re.Pattern, str]]
    triggers: list[tuple[re.Pattern, tuple[str, ...]]]
    metrics: dict[tuple[str, str], tuple[str, str]]
    qualifiers: dict[str, str]
    units: set[str]
    vague: set[str]
    number_phrases: dict[str, int]
    speech_verbs: set[str]
    source_words: set[str]
    documents: set[str]  # "according to the post": a document stands for whoever issued it
    sides: dict[str, str]
    date_cues: list[tuple[re.Pattern, str]]
    any_exclusion: re.Pattern  # war-long tallies, prisoner exchanges, crashes (reasons kept in exclusions.csv)
    any_date_cue: re.Pattern
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def head_class(self, phrase: str) -> tuple[str, str, str] | None:
        """(head class, weapon, weapon_model) when ``phrase`` starts with a countable head (memoised)."""
        key = ("head", phrase)
        if len(self._memo) > 500_000:  # bounded: long runs see ever new n-grams
            self._memo.clear()
        if key not in self._memo:
            self._memo[key] = self._head_class(phrase)
        return self._memo[key]

    def trigger_classes(self, word: str) -> tuple[str, ...]:
        """Verb classes of a lower-case trigger word ("killed" -> kill), empty if it is none."""
        for pattern, classes in self.triggers:
            if pattern.fullmatch(word):
                return classes
        return ()

    def starts_with_trigger(self, text: str) -> bool:
        """Whether lower-case ``text`` opens with a trigger (memoised)."""
        key = ("trigger", text)
        if key not in self._memo:
            self._memo[key] = any(pattern.match(text) for pattern, _ in self.triggers)
        return self._memo[key]

    def _head_class(self, phrase: str) -> tuple[str, str, str] | None:
        for pattern, weapon, model in self.weapons:
            if pattern.match(phrase):
                return "weapon", weapon, model
        for pattern, head in self.heads:
            if pattern.match(phrase):
                return head, "", ""
        return None

    @property
    def quantity_starters(self) -> set[str]:
        """First words of the multi-word quantity phrases ("dozens of", "a dozen")."""
        if "starters" not in self._memo:
            self._memo["starters"] = {p.split()[0] for p in self.vague | set(self.number_phrases)}
        return self._memo["starters"]

    @property
    def qualifier_ends(self) -> set[str]:
        """Last words of the qualifier phrases ("at least", "about"): only these can precede one."""
        if "qualifier_ends" not in self._memo:
            self._memo["qualifier_ends"] = {p.split()[-1] for p in self.qualifiers}
        return self._memo["qualifier_ends"]

    def metric(self, head: str, verb: str) -> tuple[str, str] | None:
        return self.metrics.get((head, verb))


def _word_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"(?:{pattern})(?![\w-])", re.IGNORECASE)


def _lower_regex(pattern: str) -> re.Pattern:
    """A lower-case pattern ending at a word end; the caller checks that it starts at a word start."""
    return re.compile(rf"(?:{pattern})(?![\w-])")


def _bounded_regex(pattern: str) -> re.Pattern:
    return re.compile(rf"\b(?:{pattern})\b")


@lru_cache(maxsize=2)
def load_lexicon(folder: Path = config.LEXICON) -> Lexicon:
    quantities = _rows(folder, "quantities.csv")
    sources = _rows(folder, "sources.csv")
    triggers = sorted(_rows(folder, "triggers.csv"), key=lambda r: 0 if "or" in r["classes"] else 1)
    exclusions = _rows(folder, "exclusions.csv")
    date_cues = _rows(folder, "dates.csv")
    return Lexicon(
        weapons=[(_word_regex(r["pattern"]), r["weapon"], r["weapon_model"]) for r in _rows(folder, "weapons.csv")],
        heads=[(_word_regex(r["pattern"]), r["head"]) for r in _rows(folder, "heads.csv")],
        triggers=[(_lower_regex(r["pattern"]), tuple(r["classes"].split(";"))) for r in triggers],
        metrics={(r["head"], r["verb"]): (r["category"], r["metric"]) for r in _rows(folder, "metrics.csv")},
        qualifiers={r["phrase"]: r["kind"] for r in quantities if r["kind"] in ("at_least", "approx", "at_most")},
        units={r["phrase"] for r in quantities if r["kind"] == "unit"},
        vague={r["phrase"] for r in quantities if r["kind"] == "vague"},
        number_phrases={r["phrase"]: int(r["value"]) for r in quantities if r["kind"] == "number"},
        speech_verbs={r["term"] for r in sources if r["kind"] == "verb"},
        source_words={r["term"] for r in sources if r["kind"] == "noun"},
        documents={r["term"] for r in sources if r["kind"] == "document"},
        sides={r["term"]: r["side"] for r in _rows(folder, "sides.csv")},
        date_cues=[(_bounded_regex(r["pattern"]), r["resolution"]) for r in date_cues],
        any_exclusion=_bounded_regex(_alternation([r["pattern"] for r in exclusions])),
        any_date_cue=_bounded_regex(_alternation([r["pattern"] for r in date_cues])),
    )
